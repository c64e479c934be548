// Romanian (ro): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Ciornă de traducere — încă nerevizuită',
    detail: 'Această traducere nu a fost încă revizuită de un editor și poate conține erori. Textul original este cel de referință.',
  },
  released: 'Traducere revizuită după textul original ({{date}})',
  language: 'Limbă',
  otherLanguages: 'Alte limbi',
  formats: {
    label: 'Descărcare',
    html: 'Pagină web',
    pdf: 'PDF',
    txt: 'Text simplu',
  },
  footer: {
    page: 'Pagina {{page}} din {{pages}}',
  },
  published: 'Publicat: {{date}}',
  links: 'Linkuri',
  notes: {
    title: 'Note',
    back: 'Înapoi la text',
  },
  status: {
    source: 'Original',
    approved: 'Revizuită',
    draft: 'Ciornă, nerevizuită',
    pending: 'Traducere în așteptare',
  },
  index: {
    title: 'Ediții',
    statement: 'Declarație',
    language: 'Limbă',
    status: 'Stare',
    files: 'Fișiere',
  },
  review: {
    title: 'Revizuire',
    approve: 'Aprobă',
    save: 'Salvează',
    revert: 'Revino',
    source: 'Sursă',
    translation: 'Traducere',
    search: 'Caută',
    progress: 'Progres',
    needsReview: 'De revizuit',
    stale: 'Învechită',
    untranslated: 'Netradus',
    all: 'Toate',
  },
} satisfies UiWords;
