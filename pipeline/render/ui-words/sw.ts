// Swahili (sw): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Rasimu ya tafsiri — bado haijakaguliwa',
    detail: 'Tafsiri hii bado haijakaguliwa na mhariri na huenda ina makosa. Maandishi asilia ndiyo yenye mamlaka.',
  },
  released: 'Tafsiri imekaguliwa dhidi ya maandishi asilia ({{date}})',
  language: 'Lugha',
  otherLanguages: 'Lugha nyingine',
  formats: {
    label: 'Pakua',
    html: 'Ukurasa wa wavuti',
    pdf: 'PDF',
    txt: 'Maandishi matupu',
  },
  footer: {
    page: 'Ukurasa {{page}} kati ya {{pages}}',
  },
  published: 'Imechapishwa: {{date}}',
  links: 'Viungo',
  notes: {
    title: 'Maelezo',
    back: 'Rudi kwenye maandishi',
  },
  status: {
    source: 'Asilia',
    approved: 'Imekaguliwa',
    draft: 'Rasimu, haijakaguliwa',
    pending: 'Tafsiri inasubiriwa',
  },
  index: {
    title: 'Matoleo',
    statement: 'Taarifa',
    language: 'Lugha',
    status: 'Hali',
    files: 'Faili',
  },
  review: {
    title: 'Ukaguzi',
    approve: 'Idhinisha',
    save: 'Hifadhi',
    revert: 'Rejesha',
    source: 'Asilia',
    translation: 'Tafsiri',
    search: 'Tafuta',
    progress: 'Maendeleo',
    needsReview: 'Inahitaji ukaguzi',
    stale: 'Imepitwa na wakati',
    untranslated: 'Haijatafsiriwa',
    all: 'Zote',
  },
} satisfies UiWords;
