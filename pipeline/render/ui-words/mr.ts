// Marathi (mr): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'अनुवादाचा मसुदा — अद्याप पुनरावलोकन झालेले नाही',
    detail: 'या अनुवादाचे अद्याप कोणत्याही संपादकाने पुनरावलोकन केलेले नाही आणि त्यात चुका असू शकतात. मूळ मजकूरच अधिकृत आहे.',
  },
  released: 'मूळ मजकुराशी ({{date}}) ताडून अनुवादाचे पुनरावलोकन केले',
  language: 'भाषा',
  otherLanguages: 'इतर भाषा',
  formats: {
    label: 'डाउनलोड करा',
    html: 'वेब पृष्ठ',
    pdf: 'PDF',
    txt: 'साधा मजकूर',
  },
  footer: {
    page: 'पृष्ठ {{page}} / {{pages}}',
  },
  published: 'प्रकाशित: {{date}}',
  links: 'दुवे',
  notes: {
    title: 'टिपा',
    back: 'मजकुराकडे परत जा',
  },
  status: {
    source: 'मूळ',
    approved: 'पुनरावलोकन झाले',
    draft: 'मसुदा, पुनरावलोकन बाकी',
    pending: 'अनुवाद प्रलंबित',
  },
  index: {
    title: 'आवृत्त्या',
    statement: 'निवेदन',
    language: 'भाषा',
    status: 'स्थिती',
    files: 'फायली',
  },
  review: {
    title: 'पुनरावलोकन',
    approve: 'मंजूर करा',
    save: 'जतन करा',
    revert: 'पूर्ववत करा',
    source: 'मूळ मजकूर',
    translation: 'अनुवाद',
    search: 'शोधा',
    progress: 'प्रगती',
    needsReview: 'पुनरावलोकन आवश्यक',
    stale: 'कालबाह्य',
    untranslated: 'अनुवाद न झालेले',
    all: 'सर्व',
  },
} satisfies UiWords;
