// Indonesian (id): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Draf terjemahan — belum ditinjau',
    detail: 'Terjemahan ini belum ditinjau oleh editor dan mungkin mengandung kesalahan. Teks aslilah yang berlaku.',
  },
  released: 'Terjemahan ditinjau berdasarkan teks asli ({{date}})',
  language: 'Bahasa',
  otherLanguages: 'Bahasa lain',
  formats: {
    label: 'Unduh',
    html: 'Halaman web',
    pdf: 'PDF',
    txt: 'Teks biasa',
  },
  footer: {
    page: 'Halaman {{page}} dari {{pages}}',
  },
  published: 'Diterbitkan: {{date}}',
  links: 'Tautan',
  notes: {
    title: 'Catatan',
    back: 'Kembali ke teks',
  },
  status: {
    source: 'Asli',
    approved: 'Sudah ditinjau',
    draft: 'Draf, belum ditinjau',
    pending: 'Menunggu terjemahan',
  },
  index: {
    title: 'Edisi',
    statement: 'Pernyataan',
    language: 'Bahasa',
    status: 'Status',
    files: 'Berkas',
  },
  review: {
    title: 'Tinjauan',
    approve: 'Setujui',
    save: 'Simpan',
    revert: 'Kembalikan',
    source: 'Sumber',
    translation: 'Terjemahan',
    search: 'Cari',
    progress: 'Kemajuan',
    needsReview: 'Perlu ditinjau',
    stale: 'Usang',
    untranslated: 'Belum diterjemahkan',
    all: 'Semua',
  },
} satisfies UiWords;
