// Gujarati (gu): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'અનુવાદનો મુસદ્દો — હજી સમીક્ષા થઈ નથી',
    detail: 'આ અનુવાદની હજી કોઈ સંપાદકે સમીક્ષા કરી નથી અને તેમાં ભૂલો હોઈ શકે છે. મૂળ લખાણ જ અધિકૃત છે.',
  },
  released: 'મૂળ લખાણ ({{date}}) સાથે અનુવાદની સમીક્ષા થઈ',
  language: 'ભાષા',
  otherLanguages: 'અન્ય ભાષાઓ',
  formats: {
    label: 'ડાઉનલોડ કરો',
    html: 'વેબ પેજ',
    pdf: 'PDF',
    txt: 'સાદું લખાણ',
  },
  footer: {
    page: 'પૃષ્ઠ {{page}} / {{pages}}',
  },
  published: 'પ્રકાશિત: {{date}}',
  links: 'લિંક્સ',
  notes: {
    title: 'નોંધો',
    back: 'લખાણ પર પાછા જાઓ',
  },
  status: {
    source: 'મૂળ',
    approved: 'સમીક્ષિત',
    draft: 'મુસદ્દો, સમીક્ષા બાકી',
    pending: 'અનુવાદ બાકી',
  },
  index: {
    title: 'આવૃત્તિઓ',
    statement: 'નિવેદન',
    language: 'ભાષા',
    status: 'સ્થિતિ',
    files: 'ફાઇલો',
  },
  review: {
    title: 'સમીક્ષા',
    approve: 'મંજૂર કરો',
    save: 'સાચવો',
    revert: 'પાછું લાવો',
    source: 'મૂળ લખાણ',
    translation: 'અનુવાદ',
    search: 'શોધો',
    progress: 'પ્રગતિ',
    needsReview: 'સમીક્ષા જરૂરી',
    stale: 'જૂનું',
    untranslated: 'અનુવાદ બાકી',
    all: 'બધા',
  },
} satisfies UiWords;
