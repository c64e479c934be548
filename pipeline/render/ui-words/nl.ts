// Dutch (nl): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Conceptvertaling — nog niet nagekeken',
    detail: 'Deze vertaling is nog niet door een redacteur nagekeken en kan fouten bevatten. De oorspronkelijke tekst is leidend.',
  },
  released: 'Vertaling nagekeken aan de hand van de brontekst ({{date}})',
  language: 'Taal',
  otherLanguages: 'Andere talen',
  formats: {
    label: 'Downloaden',
    html: 'Webpagina',
    pdf: 'PDF',
    txt: 'Platte tekst',
  },
  footer: {
    page: 'Pagina {{page}} van {{pages}}',
  },
  published: 'Gepubliceerd: {{date}}',
  links: 'Links',
  notes: {
    title: 'Noten',
    back: 'Terug naar de tekst',
  },
  status: {
    source: 'Origineel',
    approved: 'Nagekeken',
    draft: 'Concept, niet nagekeken',
    pending: 'Vertaling volgt',
  },
  index: {
    title: 'Edities',
    statement: 'Verklaring',
    language: 'Taal',
    status: 'Status',
    files: 'Bestanden',
  },
  review: {
    title: 'Controle',
    approve: 'Goedkeuren',
    save: 'Opslaan',
    revert: 'Terugzetten',
    source: 'Bron',
    translation: 'Vertaling',
    search: 'Zoeken',
    progress: 'Voortgang',
    needsReview: 'Te controleren',
    stale: 'Verouderd',
    untranslated: 'Niet vertaald',
    all: 'Alle',
  },
} satisfies UiWords;
