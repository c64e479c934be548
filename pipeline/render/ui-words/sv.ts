// Swedish (sv): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Utkast till översättning — ännu inte granskat',
    detail: 'Den här översättningen har ännu inte granskats av en redaktör och kan innehålla fel. Originaltexten gäller.',
  },
  released: 'Översättningen granskad mot originaltexten ({{date}})',
  language: 'Språk',
  otherLanguages: 'Andra språk',
  formats: {
    label: 'Ladda ned',
    html: 'Webbsida',
    pdf: 'PDF',
    txt: 'Oformaterad text',
  },
  footer: {
    page: 'Sida {{page}} av {{pages}}',
  },
  published: 'Publicerad: {{date}}',
  links: 'Länkar',
  notes: {
    title: 'Noter',
    back: 'Tillbaka till texten',
  },
  status: {
    source: 'Original',
    approved: 'Granskad',
    draft: 'Utkast, ej granskat',
    pending: 'Översättning väntar',
  },
  index: {
    title: 'Utgåvor',
    statement: 'Uttalande',
    language: 'Språk',
    status: 'Status',
    files: 'Filer',
  },
  review: {
    title: 'Granskning',
    approve: 'Godkänn',
    save: 'Spara',
    revert: 'Återställ',
    source: 'Källa',
    translation: 'Översättning',
    search: 'Sök',
    progress: 'Förlopp',
    needsReview: 'Behöver granskas',
    stale: 'Inaktuell',
    untranslated: 'Inte översatt',
    all: 'Alla',
  },
} satisfies UiWords;
