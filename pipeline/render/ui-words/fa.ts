// Persian (fa): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'پیش‌نویس ترجمه — هنوز بازبینی نشده',
    detail: 'این ترجمه هنوز توسط ویراستار بازبینی نشده است و ممکن است خطا داشته باشد. متن اصلی معتبر است.',
  },
  released: 'ترجمه با متن اصلی ({{date}}) مطابقت داده شده است',
  language: 'زبان',
  otherLanguages: 'زبان‌های دیگر',
  formats: {
    label: 'دریافت',
    html: 'صفحهٔ وب',
    pdf: 'PDF',
    txt: 'متن ساده',
  },
  footer: {
    page: 'صفحهٔ {{page}} از {{pages}}',
  },
  published: 'تاریخ انتشار: {{date}}',
  links: 'پیوندها',
  notes: {
    title: 'یادداشت‌ها',
    back: 'بازگشت به متن',
  },
  status: {
    source: 'اصل',
    approved: 'بازبینی‌شده',
    draft: 'پیش‌نویس بازبینی‌نشده',
    pending: 'در انتظار ترجمه',
  },
  index: {
    title: 'نسخه‌ها',
    statement: 'بیانیه',
    language: 'زبان',
    status: 'وضعیت',
    files: 'پرونده‌ها',
  },
  review: {
    title: 'بازبینی',
    approve: 'تأیید',
    save: 'ذخیره',
    revert: 'بازگردانی',
    source: 'متن اصلی',
    translation: 'ترجمه',
    search: 'جستجو',
    progress: 'پیشرفت',
    needsReview: 'نیازمند بازبینی',
    stale: 'قدیمی',
    untranslated: 'ترجمه‌نشده',
    all: 'همه',
  },
} satisfies UiWords;
