// Spanish (es): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Borrador de traducción: aún no revisado',
    detail: 'Esta traducción todavía no ha sido revisada por un editor y puede contener errores. El texto original es el de referencia.',
  },
  released: 'Traducción revisada con respecto al texto original ({{date}})',
  language: 'Idioma',
  otherLanguages: 'Otros idiomas',
  formats: {
    label: 'Descargar',
    html: 'Página web',
    pdf: 'PDF',
    txt: 'Texto sin formato',
  },
  footer: {
    page: 'Página {{page}} de {{pages}}',
  },
  published: 'Publicado: {{date}}',
  links: 'Enlaces',
  notes: {
    title: 'Notas',
    back: 'Volver al texto',
  },
  status: {
    source: 'Original',
    approved: 'Revisada',
    draft: 'Borrador sin revisar',
    pending: 'Traducción pendiente',
  },
  index: {
    title: 'Ediciones',
    statement: 'Declaración',
    language: 'Idioma',
    status: 'Estado',
    files: 'Archivos',
  },
  review: {
    title: 'Revisión',
    approve: 'Aprobar',
    save: 'Guardar',
    revert: 'Revertir',
    source: 'Original',
    translation: 'Traducción',
    search: 'Buscar',
    progress: 'Progreso',
    needsReview: 'Por revisar',
    stale: 'Desactualizada',
    untranslated: 'Sin traducir',
    all: 'Todas',
  },
} satisfies UiWords;
