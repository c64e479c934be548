// Catalan (ca): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Esborrany de traducció: encara no revisat',
    detail: 'Aquesta traducció encara no ha estat revisada per un editor i pot contenir errors. El text original és el de referència.',
  },
  released: 'Traducció revisada a partir del text original ({{date}})',
  language: 'Idioma',
  otherLanguages: 'Altres llengües',
  formats: {
    label: 'Baixa',
    html: 'Pàgina web',
    pdf: 'PDF',
    txt: 'Text pla',
  },
  footer: {
    page: 'Pàgina {{page}} de {{pages}}',
  },
  published: 'Publicat: {{date}}',
  links: 'Enllaços',
  notes: {
    title: 'Notes',
    back: 'Torna al text',
  },
  status: {
    source: 'Original',
    approved: 'Revisada',
    draft: 'Esborrany sense revisar',
    pending: 'Traducció pendent',
  },
  index: {
    title: 'Edicions',
    statement: 'Declaració',
    language: 'Llengua',
    status: 'Estat',
    files: 'Fitxers',
  },
  review: {
    title: 'Revisió',
    approve: 'Aprova',
    save: 'Desa',
    revert: 'Reverteix',
    source: 'Original',
    translation: 'Traducció',
    search: 'Cerca',
    progress: 'Progrés',
    needsReview: 'Per revisar',
    stale: 'Desactualitzada',
    untranslated: 'Sense traduir',
    all: 'Totes',
  },
} satisfies UiWords;
