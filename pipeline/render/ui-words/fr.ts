// French (fr): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Traduction provisoire — pas encore relue',
    detail: 'Cette traduction n’a pas encore été relue par un éditeur et peut contenir des erreurs. Seul le texte original fait foi.',
  },
  released: 'Traduction relue sur la base du texte original ({{date}})',
  language: 'Langue',
  otherLanguages: 'Autres langues',
  formats: {
    label: 'Télécharger',
    html: 'Page web',
    pdf: 'PDF',
    txt: 'Texte brut',
  },
  footer: {
    page: 'Page {{page}} sur {{pages}}',
  },
  published: 'Publié : {{date}}',
  links: 'Liens',
  notes: {
    title: 'Notes',
    back: 'Retour au texte',
  },
  status: {
    source: 'Original',
    approved: 'Relue',
    draft: 'Brouillon non relu',
    pending: 'Traduction en attente',
  },
  index: {
    title: 'Éditions',
    statement: 'Déclaration',
    language: 'Langue',
    status: 'État',
    files: 'Fichiers',
  },
  review: {
    title: 'Relecture',
    approve: 'Approuver',
    save: 'Enregistrer',
    revert: 'Rétablir',
    source: 'Source',
    translation: 'Traduction',
    search: 'Rechercher',
    progress: 'Progression',
    needsReview: 'À relire',
    stale: 'Obsolète',
    untranslated: 'Non traduit',
    all: 'Tout',
  },
} satisfies UiWords;
