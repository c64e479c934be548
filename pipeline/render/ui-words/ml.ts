// Malayalam (ml): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'വിവർത്തനത്തിന്റെ കരട് — ഇതുവരെ പരിശോധിച്ചിട്ടില്ല',
    detail: 'ഈ വിവർത്തനം ഇതുവരെ ഒരു എഡിറ്റർ പരിശോധിച്ചിട്ടില്ല, ഇതിൽ തെറ്റുകൾ ഉണ്ടാകാം. മൂലപാഠമാണ് ആധികാരികം.',
  },
  released: 'മൂലപാഠവുമായി ({{date}}) ഒത്തുനോക്കി വിവർത്തനം പരിശോധിച്ചു',
  language: 'ഭാഷ',
  otherLanguages: 'മറ്റ് ഭാഷകൾ',
  formats: {
    label: 'ഡൗൺലോഡ് ചെയ്യുക',
    html: 'വെബ് പേജ്',
    pdf: 'PDF',
    txt: 'സാധാരണ ടെക്സ്റ്റ്',
  },
  footer: {
    page: 'പേജ് {{page}} / {{pages}}',
  },
  published: 'പ്രസിദ്ധീകരിച്ചത്: {{date}}',
  links: 'ലിങ്കുകൾ',
  notes: {
    title: 'കുറിപ്പുകൾ',
    back: 'പാഠത്തിലേക്ക് മടങ്ങുക',
  },
  status: {
    source: 'മൂലം',
    approved: 'പരിശോധിച്ചു',
    draft: 'കരട്, പരിശോധിച്ചിട്ടില്ല',
    pending: 'വിവർത്തനം ബാക്കി',
  },
  index: {
    title: 'പതിപ്പുകൾ',
    statement: 'പ്രസ്താവന',
    language: 'ഭാഷ',
    status: 'നില',
    files: 'ഫയലുകൾ',
  },
  review: {
    title: 'പരിശോധന',
    approve: 'അംഗീകരിക്കുക',
    save: 'സംരക്ഷിക്കുക',
    revert: 'പഴയപടിയാക്കുക',
    source: 'മൂലപാഠം',
    translation: 'വിവർത്തനം',
    search: 'തിരയുക',
    progress: 'പുരോഗതി',
    needsReview: 'പരിശോധന ആവശ്യം',
    stale: 'കാലഹരണപ്പെട്ടത്',
    untranslated: 'വിവർത്തനം ചെയ്തിട്ടില്ല',
    all: 'എല്ലാം',
  },
} satisfies UiWords;
