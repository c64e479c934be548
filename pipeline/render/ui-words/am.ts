// Amharic (am): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'የትርጉም ረቂቅ — ገና አልተገመገመም',
    detail: 'ይህ ትርጉም ገና በአርታዒ አልተገመገመም፤ ስህተቶች ሊኖሩት ይችላሉ። ትክክለኛው ዋናው ጽሑፍ ነው።',
  },
  released: 'ትርጉሙ ከዋናው ጽሑፍ ({{date}}) ጋር ተገምግሟል',
  language: 'ቋንቋ',
  otherLanguages: 'ሌሎች ቋንቋዎች',
  formats: {
    label: 'አውርድ',
    html: 'ድረ-ገጽ',
    pdf: 'PDF',
    txt: 'ግልጽ ጽሑፍ',
  },
  footer: {
    page: 'ገጽ {{page}} / {{pages}}',
  },
  published: 'የታተመበት፦ {{date}}',
  links: 'አገናኞች',
  notes: {
    title: 'ማስታወሻዎች',
    back: 'ወደ ጽሑፉ ተመለስ',
  },
  status: {
    source: 'ዋና',
    approved: 'የተገመገመ',
    draft: 'ረቂቅ፣ ያልተገመገመ',
    pending: 'ትርጉም በመጠባበቅ ላይ',
  },
  index: {
    title: 'እትሞች',
    statement: 'መግለጫ',
    language: 'ቋንቋ',
    status: 'ሁኔታ',
    files: 'ፋይሎች',
  },
  review: {
    title: 'ግምገማ',
    approve: 'አጽድቅ',
    save: 'አስቀምጥ',
    revert: 'መልስ',
    source: 'ዋና ጽሑፍ',
    translation: 'ትርጉም',
    search: 'ፈልግ',
    progress: 'ሂደት',
    needsReview: 'ግምገማ ያስፈልገዋል',
    stale: 'ጊዜው ያለፈበት',
    untranslated: 'ያልተተረጎመ',
    all: 'ሁሉም',
  },
} satisfies UiWords;
