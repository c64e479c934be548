// Hebrew (he): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'טיוטת תרגום — טרם נבדקה',
    detail: 'תרגום זה טרם נבדק בידי עורך ועלול להכיל שגיאות. הנוסח המקורי הוא המחייב.',
  },
  released: 'התרגום נבדק מול הנוסח המקורי ({{date}})',
  language: 'שפה',
  otherLanguages: 'שפות אחרות',
  formats: {
    label: 'הורדה',
    html: 'דף אינטרנט',
    pdf: 'PDF',
    txt: 'טקסט פשוט',
  },
  footer: {
    page: 'עמוד {{page}} מתוך {{pages}}',
  },
  published: 'פורסם: {{date}}',
  links: 'קישורים',
  notes: {
    title: 'הערות',
    back: 'חזרה לטקסט',
  },
  status: {
    source: 'מקור',
    approved: 'נבדק',
    draft: 'טיוטה שלא נבדקה',
    pending: 'ממתין לתרגום',
  },
  index: {
    title: 'מהדורות',
    statement: 'הצהרה',
    language: 'שפה',
    status: 'מצב',
    files: 'קבצים',
  },
  review: {
    title: 'סקירה',
    approve: 'אישור',
    save: 'שמירה',
    revert: 'שחזור',
    source: 'מקור',
    translation: 'תרגום',
    search: 'חיפוש',
    progress: 'התקדמות',
    needsReview: 'דורש סקירה',
    stale: 'לא עדכני',
    untranslated: 'לא מתורגם',
    all: 'הכול',
  },
} satisfies UiWords;
