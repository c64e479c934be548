// Burmese (my): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'ဘာသာပြန် မူကြမ်း — မစစ်ဆေးရသေးပါ',
    detail: 'ဤဘာသာပြန်ကို တည်းဖြတ်သူ မစစ်ဆေးရသေးသဖြင့် အမှားများ ပါနိုင်ပါသည်။ မူရင်းစာသားသာ အတည်ဖြစ်ပါသည်။',
  },
  released: 'မူရင်းစာသား ({{date}}) နှင့် တိုက်ဆိုင်စစ်ဆေးပြီး ဘာသာပြန်',
  language: 'ဘာသာစကား',
  otherLanguages: 'အခြားဘာသာစကားများ',
  formats: {
    label: 'ဒေါင်းလုဒ်',
    html: 'ဝဘ်စာမျက်နှာ',
    pdf: 'PDF',
    txt: 'ရိုးရိုးစာသား',
  },
  footer: {
    page: 'စာမျက်နှာ {{page}} / {{pages}}',
  },
  published: 'ထုတ်ဝေသည့်ရက် - {{date}}',
  links: 'လင့်ခ်များ',
  notes: {
    title: 'မှတ်စုများ',
    back: 'စာသားသို့ ပြန်သွားရန်',
  },
  status: {
    source: 'မူရင်း',
    approved: 'စစ်ဆေးပြီး',
    draft: 'မူကြမ်း၊ မစစ်ဆေးရသေး',
    pending: 'ဘာသာပြန်ရန် ကျန်',
  },
  index: {
    title: 'ထုတ်ဝေမှုများ',
    statement: 'ကြေညာချက်',
    language: 'ဘာသာစကား',
    status: 'အခြေအနေ',
    files: 'ဖိုင်များ',
  },
  review: {
    title: 'စစ်ဆေးခြင်း',
    approve: 'အတည်ပြုရန်',
    save: 'သိမ်းရန်',
    revert: 'ပြန်ပြောင်းရန်',
    source: 'မူရင်း',
    translation: 'ဘာသာပြန်',
    search: 'ရှာရန်',
    progress: 'တိုးတက်မှု',
    needsReview: 'စစ်ဆေးရန် လိုသည်',
    stale: 'ခေတ်နောက်ကျ',
    untranslated: 'ဘာသာမပြန်ရသေး',
    all: 'အားလုံး',
  },
} satisfies UiWords;
