// Punjabi (pa): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'ਅਨੁਵਾਦ ਦਾ ਖਰੜਾ — ਅਜੇ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ',
    detail: 'ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਕਿਸੇ ਸੰਪਾਦਕ ਨੇ ਸਮੀਖਿਆ ਨਹੀਂ ਕੀਤੀ ਅਤੇ ਇਸ ਵਿੱਚ ਗਲਤੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਮੂਲ ਲਿਖਤ ਹੀ ਪ੍ਰਮਾਣਿਕ ਹੈ।',
  },
  released: 'ਮੂਲ ਲਿਖਤ ({{date}}) ਅਨੁਸਾਰ ਅਨੁਵਾਦ ਦੀ ਸਮੀਖਿਆ ਕੀਤੀ ਗਈ',
  language: 'ਭਾਸ਼ਾ',
  otherLanguages: 'ਹੋਰ ਭਾਸ਼ਾਵਾਂ',
  formats: {
    label: 'ਡਾਊਨਲੋਡ ਕਰੋ',
    html: 'ਵੈੱਬ ਪੰਨਾ',
    pdf: 'PDF',
    txt: 'ਸਾਦੀ ਲਿਖਤ',
  },
  footer: {
    page: 'ਪੰਨਾ {{page}} / {{pages}}',
  },
  published: 'ਪ੍ਰਕਾਸ਼ਿਤ: {{date}}',
  links: 'ਲਿੰਕ',
  notes: {
    title: 'ਟਿੱਪਣੀਆਂ',
    back: 'ਲਿਖਤ ’ਤੇ ਵਾਪਸ ਜਾਓ',
  },
  status: {
    source: 'ਮੂਲ',
    approved: 'ਸਮੀਖਿਆ ਹੋ ਚੁੱਕੀ',
    draft: 'ਖਰੜਾ, ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ',
    pending: 'ਅਨੁਵਾਦ ਬਾਕੀ',
  },
  index: {
    title: 'ਐਡੀਸ਼ਨ',
    statement: 'ਬਿਆਨ',
    language: 'ਭਾਸ਼ਾ',
    status: 'ਸਥਿਤੀ',
    files: 'ਫ਼ਾਈਲਾਂ',
  },
  review: {
    title: 'ਸਮੀਖਿਆ',
    approve: 'ਮਨਜ਼ੂਰ ਕਰੋ',
    save: 'ਸੰਭਾਲੋ',
    revert: 'ਵਾਪਸ ਲਿਆਓ',
    source: 'ਮੂਲ ਲਿਖਤ',
    translation: 'ਅਨੁਵਾਦ',
    search: 'ਖੋਜੋ',
    progress: 'ਪ੍ਰਗਤੀ',
    needsReview: 'ਸਮੀਖਿਆ ਲੋੜੀਂਦੀ',
    stale: 'ਪੁਰਾਣਾ',
    untranslated: 'ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ',
    all: 'ਸਾਰੇ',
  },
} satisfies UiWords;
