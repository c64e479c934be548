// Sinhala (si): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'පරිවර්තන කෙටුම්පත — තවමත් සමාලෝචනය කර නැත',
    detail: 'මෙම පරිවර්තනය තවමත් සංස්කාරකවරයෙකු විසින් සමාලෝචනය කර නැති අතර දෝෂ තිබිය හැක. මුල් පාඨය නිල පාඨයයි.',
  },
  released: 'මුල් පාඨය ({{date}}) සමඟ සසඳා පරිවර්තනය සමාලෝචනය කරන ලදී',
  language: 'භාෂාව',
  otherLanguages: 'වෙනත් භාෂා',
  formats: {
    label: 'බාගන්න',
    html: 'වෙබ් පිටුව',
    pdf: 'PDF',
    txt: 'සරල පෙළ',
  },
  footer: {
    page: 'පිටුව {{page}} / {{pages}}',
  },
  published: 'ප්‍රකාශිතයි: {{date}}',
  links: 'සබැඳි',
  notes: {
    title: 'සටහන්',
    back: 'පාඨයට ආපසු',
  },
  status: {
    source: 'මුල් පිටපත',
    approved: 'සමාලෝචිතයි',
    draft: 'කෙටුම්පත, සමාලෝචනය කර නැත',
    pending: 'පරිවර්තනය අපේක්ෂිතයි',
  },
  index: {
    title: 'සංස්කරණ',
    statement: 'ප්‍රකාශය',
    language: 'භාෂාව',
    status: 'තත්ත්වය',
    files: 'ගොනු',
  },
  review: {
    title: 'සමාලෝචනය',
    approve: 'අනුමත කරන්න',
    save: 'සුරකින්න',
    revert: 'ප්‍රතිවර්තනය කරන්න',
    source: 'මුල් පාඨය',
    translation: 'පරිවර්තනය',
    search: 'සොයන්න',
    progress: 'ප්‍රගතිය',
    needsReview: 'සමාලෝචනය අවශ්‍යයි',
    stale: 'යල් පැන ගිය',
    untranslated: 'පරිවර්තනය නොකළ',
    all: 'සියල්ල',
  },
} satisfies UiWords;
