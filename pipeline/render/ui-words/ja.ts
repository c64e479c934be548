// Japanese (ja): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: '翻訳草稿（未校閲）',
    detail: 'この翻訳はまだ編集者の校閲を受けておらず、誤りを含む可能性があります。原文が正式な文書です。',
  },
  released: '原文（{{date}}）に基づき校閲済みの翻訳',
  language: '言語',
  otherLanguages: '他の言語',
  formats: {
    label: 'ダウンロード',
    html: 'ウェブページ',
    pdf: 'PDF',
    txt: 'テキスト',
  },
  footer: {
    page: '{{page}} / {{pages}} ページ',
  },
  published: '発表日：{{date}}',
  links: 'リンク',
  notes: {
    title: '注',
    back: '本文に戻る',
  },
  status: {
    source: '原文',
    approved: '校閲済み',
    draft: '草稿（未校閲）',
    pending: '翻訳待ち',
  },
  index: {
    title: 'エディション',
    statement: '声明',
    language: '言語',
    status: '状態',
    files: 'ファイル',
  },
  review: {
    title: 'レビュー',
    approve: '承認',
    save: '保存',
    revert: '元に戻す',
    source: '原文',
    translation: '訳文',
    search: '検索',
    progress: '進捗',
    needsReview: '要レビュー',
    stale: '古い',
    untranslated: '未翻訳',
    all: 'すべて',
  },
} satisfies UiWords;
