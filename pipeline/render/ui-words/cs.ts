// Czech (cs): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Koncept překladu — zatím nezkontrolováno',
    detail: 'Tento překlad zatím nezkontroloval redaktor a může obsahovat chyby. Závazný je původní text.',
  },
  released: 'Překlad zkontrolován podle původního textu ({{date}})',
  language: 'Jazyk',
  otherLanguages: 'Další jazyky',
  formats: {
    label: 'Stáhnout',
    html: 'Webová stránka',
    pdf: 'PDF',
    txt: 'Prostý text',
  },
  footer: {
    page: 'Strana {{page}} z {{pages}}',
  },
  published: 'Zveřejněno: {{date}}',
  links: 'Odkazy',
  notes: {
    title: 'Poznámky',
    back: 'Zpět na text',
  },
  status: {
    source: 'Originál',
    approved: 'Zkontrolováno',
    draft: 'Koncept, nezkontrolováno',
    pending: 'Čeká na překlad',
  },
  index: {
    title: 'Vydání',
    statement: 'Prohlášení',
    language: 'Jazyk',
    status: 'Stav',
    files: 'Soubory',
  },
  review: {
    title: 'Kontrola',
    approve: 'Schválit',
    save: 'Uložit',
    revert: 'Vrátit',
    source: 'Zdroj',
    translation: 'Překlad',
    search: 'Hledat',
    progress: 'Průběh',
    needsReview: 'Ke kontrole',
    stale: 'Zastaralé',
    untranslated: 'Nepřeloženo',
    all: 'Vše',
  },
} satisfies UiWords;
