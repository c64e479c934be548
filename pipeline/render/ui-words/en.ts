// English (en): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Draft translation — not yet reviewed',
    detail: 'This translation has not yet been reviewed by an editor and may contain errors. The original text is authoritative.',
  },
  released: 'Translation reviewed against the source of {{date}}',
  language: 'Language',
  otherLanguages: 'Other languages',
  formats: {
    label: 'Download',
    html: 'Web page',
    pdf: 'PDF',
    txt: 'Plain text',
  },
  footer: {
    page: 'Page {{page}} of {{pages}}',
  },
  published: 'Published {{date}}',
  links: 'Links',
  notes: {
    title: 'Notes',
    back: 'Back to text',
  },
  status: {
    source: 'Original',
    approved: 'Reviewed',
    draft: 'Draft, not reviewed',
    pending: 'Pending translation',
  },
  index: {
    title: 'Editions',
    statement: 'Statement',
    language: 'Language',
    status: 'Status',
    files: 'Files',
  },
  review: {
    title: 'Review',
    approve: 'Approve',
    save: 'Save',
    revert: 'Revert',
    source: 'Source',
    translation: 'Translation',
    search: 'Search',
    progress: 'Progress',
    needsReview: 'Needs review',
    stale: 'Stale',
    untranslated: 'Untranslated',
    all: 'All',
  },
} satisfies UiWords;
