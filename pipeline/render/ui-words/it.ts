// Italian (it): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Bozza di traduzione — non ancora revisionata',
    detail: 'Questa traduzione non è ancora stata revisionata da un redattore e può contenere errori. Fa fede il testo originale.',
  },
  released: 'Traduzione revisionata sul testo originale ({{date}})',
  language: 'Lingua',
  otherLanguages: 'Altre lingue',
  formats: {
    label: 'Scarica',
    html: 'Pagina web',
    pdf: 'PDF',
    txt: 'Testo semplice',
  },
  footer: {
    page: 'Pagina {{page}} di {{pages}}',
  },
  published: 'Pubblicato: {{date}}',
  links: 'Link',
  notes: {
    title: 'Note',
    back: 'Torna al testo',
  },
  status: {
    source: 'Originale',
    approved: 'Revisionata',
    draft: 'Bozza non revisionata',
    pending: 'Traduzione in attesa',
  },
  index: {
    title: 'Edizioni',
    statement: 'Dichiarazione',
    language: 'Lingua',
    status: 'Stato',
    files: 'File',
  },
  review: {
    title: 'Revisione',
    approve: 'Approva',
    save: 'Salva',
    revert: 'Ripristina',
    source: 'Originale',
    translation: 'Traduzione',
    search: 'Cerca',
    progress: 'Avanzamento',
    needsReview: 'Da rivedere',
    stale: 'Obsoleta',
    untranslated: 'Non tradotto',
    all: 'Tutte',
  },
} satisfies UiWords;
