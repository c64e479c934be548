// Filipino (fil): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Burador ng salin — hindi pa nasusuri',
    detail: 'Hindi pa nasusuri ng isang editor ang salin na ito at maaaring may mga mali. Ang orihinal na teksto ang masusunod.',
  },
  released: 'Sinuri ang salin batay sa orihinal na teksto ({{date}})',
  language: 'Wika',
  otherLanguages: 'Iba pang wika',
  formats: {
    label: 'I-download',
    html: 'Web page',
    pdf: 'PDF',
    txt: 'Payak na teksto',
  },
  footer: {
    page: 'Pahina {{page}} ng {{pages}}',
  },
  published: 'Inilathala: {{date}}',
  links: 'Mga link',
  notes: {
    title: 'Mga tala',
    back: 'Bumalik sa teksto',
  },
  status: {
    source: 'Orihinal',
    approved: 'Nasuri na',
    draft: 'Burador, hindi pa nasusuri',
    pending: 'Hinihintay ang salin',
  },
  index: {
    title: 'Mga edisyon',
    statement: 'Pahayag',
    language: 'Wika',
    status: 'Katayuan',
    files: 'Mga file',
  },
  review: {
    title: 'Pagsusuri',
    approve: 'Aprubahan',
    save: 'I-save',
    revert: 'Ibalik',
    source: 'Orihinal',
    translation: 'Salin',
    search: 'Maghanap',
    progress: 'Progreso',
    needsReview: 'Kailangang suriin',
    stale: 'Luma na',
    untranslated: 'Hindi pa naisasalin',
    all: 'Lahat',
  },
} satisfies UiWords;
