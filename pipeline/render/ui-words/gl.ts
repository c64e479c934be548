// Galician (gl): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Borrador de tradución: aínda sen revisar',
    detail: 'Esta tradución aínda non foi revisada por un editor e pode conter erros. O texto orixinal é o de referencia.',
  },
  released: 'Tradución revisada a partir do texto orixinal ({{date}})',
  language: 'Idioma',
  otherLanguages: 'Outras linguas',
  formats: {
    label: 'Descargar',
    html: 'Páxina web',
    pdf: 'PDF',
    txt: 'Texto simple',
  },
  footer: {
    page: 'Páxina {{page}} de {{pages}}',
  },
  published: 'Publicado: {{date}}',
  links: 'Ligazóns',
  notes: {
    title: 'Notas',
    back: 'Volver ao texto',
  },
  status: {
    source: 'Orixinal',
    approved: 'Revisada',
    draft: 'Borrador sen revisar',
    pending: 'Tradución pendente',
  },
  index: {
    title: 'Edicións',
    statement: 'Declaración',
    language: 'Lingua',
    status: 'Estado',
    files: 'Ficheiros',
  },
  review: {
    title: 'Revisión',
    approve: 'Aprobar',
    save: 'Gardar',
    revert: 'Reverter',
    source: 'Orixinal',
    translation: 'Tradución',
    search: 'Buscar',
    progress: 'Progreso',
    needsReview: 'Por revisar',
    stale: 'Desactualizada',
    untranslated: 'Sen traducir',
    all: 'Todas',
  },
} satisfies UiWords;
