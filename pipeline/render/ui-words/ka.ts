// Georgian (ka): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'თარგმანის სამუშაო ვერსია — ჯერ არ არის გადამოწმებული',
    detail: 'ეს თარგმანი რედაქტორს ჯერ არ გადაუმოწმებია და შეიძლება შეიცავდეს შეცდომებს. ავთენტურია ორიგინალი ტექსტი.',
  },
  released: 'თარგმანი გადამოწმებულია ორიგინალთან ({{date}})',
  language: 'ენა',
  otherLanguages: 'სხვა ენები',
  formats: {
    label: 'ჩამოტვირთვა',
    html: 'ვებგვერდი',
    pdf: 'PDF',
    txt: 'უბრალო ტექსტი',
  },
  footer: {
    page: 'გვერდი {{page}} / {{pages}}',
  },
  published: 'გამოქვეყნდა: {{date}}',
  links: 'ბმულები',
  notes: {
    title: 'შენიშვნები',
    back: 'ტექსტზე დაბრუნება',
  },
  status: {
    source: 'ორიგინალი',
    approved: 'გადამოწმებული',
    draft: 'სამუშაო ვერსია, გადაუმოწმებელი',
    pending: 'თარგმანი მოლოდინშია',
  },
  index: {
    title: 'გამოცემები',
    statement: 'განცხადება',
    language: 'ენა',
    status: 'სტატუსი',
    files: 'ფაილები',
  },
  review: {
    title: 'გადამოწმება',
    approve: 'დამტკიცება',
    save: 'შენახვა',
    revert: 'დაბრუნება',
    source: 'ორიგინალი',
    translation: 'თარგმანი',
    search: 'ძიება',
    progress: 'პროგრესი',
    needsReview: 'საჭიროებს გადამოწმებას',
    stale: 'მოძველებული',
    untranslated: 'უთარგმნელი',
    all: 'ყველა',
  },
} satisfies UiWords;
