// Hindi (hi): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'अनुवाद का मसौदा — अभी समीक्षा नहीं हुई',
    detail: 'इस अनुवाद की अभी किसी संपादक ने समीक्षा नहीं की है और इसमें त्रुटियाँ हो सकती हैं। मूल पाठ ही प्रामाणिक है।',
  },
  released: 'अनुवाद की समीक्षा मूल पाठ ({{date}}) से मिलाकर की गई',
  language: 'भाषा',
  otherLanguages: 'अन्य भाषाएँ',
  formats: {
    label: 'डाउनलोड करें',
    html: 'वेब पेज',
    pdf: 'PDF',
    txt: 'सादा पाठ',
  },
  footer: {
    page: 'पृष्ठ {{page}} / {{pages}}',
  },
  published: 'प्रकाशित: {{date}}',
  links: 'लिंक',
  notes: {
    title: 'टिप्पणियाँ',
    back: 'पाठ पर वापस जाएँ',
  },
  status: {
    source: 'मूल',
    approved: 'समीक्षित',
    draft: 'मसौदा, समीक्षा बाकी',
    pending: 'अनुवाद बाकी',
  },
  index: {
    title: 'संस्करण',
    statement: 'वक्तव्य',
    language: 'भाषा',
    status: 'स्थिति',
    files: 'फ़ाइलें',
  },
  review: {
    title: 'समीक्षा',
    approve: 'स्वीकृत करें',
    save: 'सहेजें',
    revert: 'वापस लाएँ',
    source: 'स्रोत',
    translation: 'अनुवाद',
    search: 'खोजें',
    progress: 'प्रगति',
    needsReview: 'समीक्षा बाकी',
    stale: 'पुराना',
    untranslated: 'अनूदित नहीं',
    all: 'सभी',
  },
} satisfies UiWords;
