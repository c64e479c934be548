// German (de): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Übersetzungsentwurf – noch nicht geprüft',
    detail: 'Diese Übersetzung wurde noch nicht redaktionell geprüft und kann Fehler enthalten. Maßgeblich ist der Originaltext.',
  },
  released: 'Übersetzung geprüft anhand des Originaltexts ({{date}})',
  language: 'Sprache',
  otherLanguages: 'Andere Sprachen',
  formats: {
    label: 'Herunterladen',
    html: 'Webseite',
    pdf: 'PDF',
    txt: 'Nur-Text',
  },
  footer: {
    page: 'Seite {{page}} von {{pages}}',
  },
  published: 'Veröffentlicht: {{date}}',
  links: 'Links',
  notes: {
    title: 'Anmerkungen',
    back: 'Zurück zum Text',
  },
  status: {
    source: 'Original',
    approved: 'Geprüft',
    draft: 'Entwurf, ungeprüft',
    pending: 'Übersetzung ausstehend',
  },
  index: {
    title: 'Ausgaben',
    statement: 'Erklärung',
    language: 'Sprache',
    status: 'Status',
    files: 'Dateien',
  },
  review: {
    title: 'Prüfung',
    approve: 'Freigeben',
    save: 'Speichern',
    revert: 'Zurücksetzen',
    source: 'Ausgangstext',
    translation: 'Übersetzung',
    search: 'Suchen',
    progress: 'Fortschritt',
    needsReview: 'Zu prüfen',
    stale: 'Veraltet',
    untranslated: 'Nicht übersetzt',
    all: 'Alle',
  },
} satisfies UiWords;
