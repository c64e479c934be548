// Bangla (bn): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'অনুবাদের খসড়া — এখনও পর্যালোচিত নয়',
    detail: 'এই অনুবাদটি এখনও কোনো সম্পাদক পর্যালোচনা করেননি এবং এতে ভুল থাকতে পারে। মূল পাঠই প্রামাণ্য।',
  },
  released: 'মূল পাঠ ({{date}}) অনুযায়ী অনুবাদ পর্যালোচিত',
  language: 'ভাষা',
  otherLanguages: 'অন্যান্য ভাষা',
  formats: {
    label: 'ডাউনলোড',
    html: 'ওয়েব পৃষ্ঠা',
    pdf: 'PDF',
    txt: 'সাধারণ টেক্সট',
  },
  footer: {
    page: 'পৃষ্ঠা {{page}} / {{pages}}',
  },
  published: 'প্রকাশিত: {{date}}',
  links: 'লিঙ্ক',
  notes: {
    title: 'টীকা',
    back: 'লেখায় ফিরে যান',
  },
  status: {
    source: 'মূল',
    approved: 'পর্যালোচিত',
    draft: 'খসড়া, পর্যালোচিত নয়',
    pending: 'অনুবাদ বাকি',
  },
  index: {
    title: 'সংস্করণ',
    statement: 'বিবৃতি',
    language: 'ভাষা',
    status: 'অবস্থা',
    files: 'ফাইল',
  },
  review: {
    title: 'পর্যালোচনা',
    approve: 'অনুমোদন করুন',
    save: 'সংরক্ষণ করুন',
    revert: 'ফিরিয়ে আনুন',
    source: 'মূল পাঠ',
    translation: 'অনুবাদ',
    search: 'অনুসন্ধান',
    progress: 'অগ্রগতি',
    needsReview: 'পর্যালোচনা প্রয়োজন',
    stale: 'পুরনো',
    untranslated: 'অনূদিত নয়',
    all: 'সব',
  },
} satisfies UiWords;
