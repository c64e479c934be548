// Urdu (ur): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'ترجمے کا مسودہ — ابھی نظرثانی نہیں ہوئی',
    detail: 'اس ترجمے پر ابھی کسی مدیر نے نظرثانی نہیں کی اور اس میں غلطیاں ہو سکتی ہیں۔ اصل متن ہی مستند ہے۔',
  },
  released: 'ترجمے پر اصل متن ({{date}}) کے مطابق نظرثانی کی گئی',
  language: 'زبان',
  otherLanguages: 'دیگر زبانیں',
  formats: {
    label: 'ڈاؤن لوڈ',
    html: 'ویب صفحہ',
    pdf: 'PDF',
    txt: 'سادہ متن',
  },
  footer: {
    page: 'صفحہ {{page}} از {{pages}}',
  },
  published: 'تاریخِ اشاعت: {{date}}',
  links: 'روابط',
  notes: {
    title: 'حواشی',
    back: 'متن پر واپس جائیں',
  },
  status: {
    source: 'اصل',
    approved: 'نظرثانی شدہ',
    draft: 'مسودہ، نظرثانی نہیں ہوئی',
    pending: 'ترجمہ زیرِ التوا',
  },
  index: {
    title: 'ایڈیشن',
    statement: 'بیان',
    language: 'زبان',
    status: 'کیفیت',
    files: 'فائلیں',
  },
  review: {
    title: 'نظرثانی',
    approve: 'منظور کریں',
    save: 'محفوظ کریں',
    revert: 'واپس لائیں',
    source: 'اصل متن',
    translation: 'ترجمہ',
    search: 'تلاش',
    progress: 'پیش رفت',
    needsReview: 'نظرثانی درکار',
    stale: 'پرانا',
    untranslated: 'غیر ترجمہ شدہ',
    all: 'سب',
  },
} satisfies UiWords;
