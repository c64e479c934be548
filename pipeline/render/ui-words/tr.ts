// Turkish (tr): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Taslak çeviri — henüz gözden geçirilmedi',
    detail: 'Bu çeviri henüz bir editör tarafından gözden geçirilmedi ve hatalar içerebilir. Esas olan özgün metindir.',
  },
  released: 'Çeviri, özgün metne göre gözden geçirildi ({{date}})',
  language: 'Dil',
  otherLanguages: 'Diğer diller',
  formats: {
    label: 'İndir',
    html: 'Web sayfası',
    pdf: 'PDF',
    txt: 'Düz metin',
  },
  footer: {
    page: 'Sayfa {{page}} / {{pages}}',
  },
  published: 'Yayın tarihi: {{date}}',
  links: 'Bağlantılar',
  notes: {
    title: 'Notlar',
    back: 'Metne dön',
  },
  status: {
    source: 'Özgün',
    approved: 'Gözden geçirildi',
    draft: 'Taslak, gözden geçirilmedi',
    pending: 'Çeviri bekleniyor',
  },
  index: {
    title: 'Sürümler',
    statement: 'Bildiri',
    language: 'Dil',
    status: 'Durum',
    files: 'Dosyalar',
  },
  review: {
    title: 'İnceleme',
    approve: 'Onayla',
    save: 'Kaydet',
    revert: 'Geri al',
    source: 'Kaynak',
    translation: 'Çeviri',
    search: 'Ara',
    progress: 'İlerleme',
    needsReview: 'İnceleme gerekiyor',
    stale: 'Güncel değil',
    untranslated: 'Çevrilmemiş',
    all: 'Tümü',
  },
} satisfies UiWords;
