// Polish (pl): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Wersja robocza tłumaczenia — jeszcze niesprawdzona',
    detail: 'To tłumaczenie nie zostało jeszcze sprawdzone przez redaktora i może zawierać błędy. Wiążący jest tekst oryginalny.',
  },
  released: 'Tłumaczenie sprawdzone z tekstem oryginalnym ({{date}})',
  language: 'Język',
  otherLanguages: 'Inne języki',
  formats: {
    label: 'Pobierz',
    html: 'Strona internetowa',
    pdf: 'PDF',
    txt: 'Zwykły tekst',
  },
  footer: {
    page: 'Strona {{page}} z {{pages}}',
  },
  published: 'Opublikowano: {{date}}',
  links: 'Linki',
  notes: {
    title: 'Przypisy',
    back: 'Powrót do tekstu',
  },
  status: {
    source: 'Oryginał',
    approved: 'Sprawdzone',
    draft: 'Wersja robocza, niesprawdzona',
    pending: 'Oczekuje na tłumaczenie',
  },
  index: {
    title: 'Wydania',
    statement: 'Oświadczenie',
    language: 'Język',
    status: 'Stan',
    files: 'Pliki',
  },
  review: {
    title: 'Weryfikacja',
    approve: 'Zatwierdź',
    save: 'Zapisz',
    revert: 'Przywróć',
    source: 'Oryginał',
    translation: 'Tłumaczenie',
    search: 'Szukaj',
    progress: 'Postęp',
    needsReview: 'Do sprawdzenia',
    stale: 'Nieaktualne',
    untranslated: 'Nieprzetłumaczone',
    all: 'Wszystkie',
  },
} satisfies UiWords;
