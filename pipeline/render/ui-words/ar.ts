// Arabic (ar): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'مسودة ترجمة — لم تُراجَع بعد',
    detail: 'لم يراجع أي محرر هذه الترجمة بعد، وقد تحتوي على أخطاء. النص الأصلي هو المرجع المعتمد.',
  },
  released: 'رُوجعت الترجمة مقابل النص الأصلي ({{date}})',
  language: 'اللغة',
  otherLanguages: 'لغات أخرى',
  formats: {
    label: 'تنزيل',
    html: 'صفحة ويب',
    pdf: 'PDF',
    txt: 'نص عادي',
  },
  footer: {
    page: 'الصفحة {{page}} من {{pages}}',
  },
  published: 'تاريخ النشر: {{date}}',
  links: 'الروابط',
  notes: {
    title: 'الحواشي',
    back: 'العودة إلى النص',
  },
  status: {
    source: 'الأصل',
    approved: 'تمت مراجعتها',
    draft: 'مسودة غير مراجَعة',
    pending: 'الترجمة قيد الانتظار',
  },
  index: {
    title: 'الإصدارات',
    statement: 'البيان',
    language: 'اللغة',
    status: 'الحالة',
    files: 'الملفات',
  },
  review: {
    title: 'المراجعة',
    approve: 'اعتماد',
    save: 'حفظ',
    revert: 'تراجع',
    source: 'الأصل',
    translation: 'الترجمة',
    search: 'بحث',
    progress: 'التقدّم',
    needsReview: 'بحاجة إلى مراجعة',
    stale: 'قديمة',
    untranslated: 'غير مترجم',
    all: 'الكل',
  },
} satisfies UiWords;
