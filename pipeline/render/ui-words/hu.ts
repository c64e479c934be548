// Hungarian (hu): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Fordítási piszkozat — még nincs ellenőrizve',
    detail: 'Ezt a fordítást szerkesztő még nem ellenőrizte, ezért hibákat tartalmazhat. Az eredeti szöveg a mérvadó.',
  },
  released: 'A fordítás az eredeti szöveg ({{date}}) alapján ellenőrizve',
  language: 'Nyelv',
  otherLanguages: 'Más nyelvek',
  formats: {
    label: 'Letöltés',
    html: 'Weboldal',
    pdf: 'PDF',
    txt: 'Egyszerű szöveg',
  },
  footer: {
    page: 'Oldal: {{page}}/{{pages}}',
  },
  published: 'Megjelent: {{date}}',
  links: 'Hivatkozások',
  notes: {
    title: 'Jegyzetek',
    back: 'Vissza a szöveghez',
  },
  status: {
    source: 'Eredeti',
    approved: 'Ellenőrizve',
    draft: 'Piszkozat, nincs ellenőrizve',
    pending: 'Fordításra vár',
  },
  index: {
    title: 'Kiadások',
    statement: 'Nyilatkozat',
    language: 'Nyelv',
    status: 'Állapot',
    files: 'Fájlok',
  },
  review: {
    title: 'Ellenőrzés',
    approve: 'Jóváhagyás',
    save: 'Mentés',
    revert: 'Visszaállítás',
    source: 'Forrás',
    translation: 'Fordítás',
    search: 'Keresés',
    progress: 'Haladás',
    needsReview: 'Ellenőrzendő',
    stale: 'Elavult',
    untranslated: 'Nincs lefordítva',
    all: 'Összes',
  },
} satisfies UiWords;
