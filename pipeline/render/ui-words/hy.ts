// Armenian (hy): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Թարգմանության սևագիր — դեռ ստուգված չէ',
    detail: 'Այս թարգմանությունը դեռ չի ստուգվել խմբագրի կողմից և կարող է սխալներ պարունակել։ Վավերականը բնօրինակն է։',
  },
  released: 'Թարգմանությունը ստուգված է բնօրինակի ({{date}}) համեմատ',
  language: 'Լեզու',
  otherLanguages: 'Այլ լեզուներ',
  formats: {
    label: 'Ներբեռնել',
    html: 'Վեբ էջ',
    pdf: 'PDF',
    txt: 'Պարզ տեքստ',
  },
  footer: {
    page: 'Էջ {{page}} / {{pages}}',
  },
  published: 'Հրապարակված է՝ {{date}}',
  links: 'Հղումներ',
  notes: {
    title: 'Ծանոթագրություններ',
    back: 'Վերադառնալ տեքստին',
  },
  status: {
    source: 'Բնօրինակ',
    approved: 'Ստուգված',
    draft: 'Սևագիր, չստուգված',
    pending: 'Թարգմանությունը սպասվում է',
  },
  index: {
    title: 'Հրատարակություններ',
    statement: 'Հայտարարություն',
    language: 'Լեզու',
    status: 'Կարգավիճակ',
    files: 'Ֆայլեր',
  },
  review: {
    title: 'Ստուգում',
    approve: 'Հաստատել',
    save: 'Պահել',
    revert: 'Հետ բերել',
    source: 'Բնօրինակ',
    translation: 'Թարգմանություն',
    search: 'Որոնել',
    progress: 'Առաջընթաց',
    needsReview: 'Պետք է ստուգել',
    stale: 'Հնացած',
    untranslated: 'Չթարգմանված',
    all: 'Բոլորը',
  },
} satisfies UiWords;
