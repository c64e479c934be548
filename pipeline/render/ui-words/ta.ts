// Tamil (ta): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'மொழிபெயர்ப்பு வரைவு — இன்னும் சரிபார்க்கப்படவில்லை',
    detail: 'இந்த மொழிபெயர்ப்பை ஆசிரியர் ஒருவர் இன்னும் சரிபார்க்கவில்லை; இதில் பிழைகள் இருக்கலாம். மூல உரையே அதிகாரப்பூர்வமானது.',
  },
  released: 'மூல உரையுடன் ({{date}}) ஒப்பிட்டு மொழிபெயர்ப்பு சரிபார்க்கப்பட்டது',
  language: 'மொழி',
  otherLanguages: 'பிற மொழிகள்',
  formats: {
    label: 'பதிவிறக்கு',
    html: 'இணையப் பக்கம்',
    pdf: 'PDF',
    txt: 'எளிய உரை',
  },
  footer: {
    page: 'பக்கம் {{page}} / {{pages}}',
  },
  published: 'வெளியிடப்பட்டது: {{date}}',
  links: 'இணைப்புகள்',
  notes: {
    title: 'குறிப்புகள்',
    back: 'உரைக்குத் திரும்பு',
  },
  status: {
    source: 'மூலம்',
    approved: 'சரிபார்க்கப்பட்டது',
    draft: 'வரைவு, சரிபார்க்கப்படவில்லை',
    pending: 'மொழிபெயர்ப்பு நிலுவையில்',
  },
  index: {
    title: 'பதிப்புகள்',
    statement: 'அறிக்கை',
    language: 'மொழி',
    status: 'நிலை',
    files: 'கோப்புகள்',
  },
  review: {
    title: 'சரிபார்ப்பு',
    approve: 'ஒப்புதல் அளி',
    save: 'சேமி',
    revert: 'மீட்டமை',
    source: 'மூல உரை',
    translation: 'மொழிபெயர்ப்பு',
    search: 'தேடு',
    progress: 'முன்னேற்றம்',
    needsReview: 'சரிபார்க்க வேண்டும்',
    stale: 'காலாவதியானது',
    untranslated: 'மொழிபெயர்க்கப்படவில்லை',
    all: 'அனைத்தும்',
  },
} satisfies UiWords;
