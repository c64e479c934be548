// Traditional Chinese (zh-Hant): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: '翻譯草稿——尚未審校',
    detail: '本譯文尚未經編輯審校，可能存在錯誤。請以原文為準。',
  },
  released: '譯文已根據原文審校（{{date}}）',
  language: '語言',
  otherLanguages: '其他語言',
  formats: {
    label: '下載',
    html: '網頁',
    pdf: 'PDF',
    txt: '純文字',
  },
  footer: {
    page: '第 {{page}} 頁，共 {{pages}} 頁',
  },
  published: '發布日期：{{date}}',
  links: '連結',
  notes: {
    title: '註釋',
    back: '返回正文',
  },
  status: {
    source: '原文',
    approved: '已審校',
    draft: '草稿，未審校',
    pending: '待翻譯',
  },
  index: {
    title: '版本',
    statement: '聲明',
    language: '語言',
    status: '狀態',
    files: '檔案',
  },
  review: {
    title: '審校',
    approve: '核准',
    save: '儲存',
    revert: '還原',
    source: '原文',
    translation: '譯文',
    search: '搜尋',
    progress: '進度',
    needsReview: '待審校',
    stale: '已過時',
    untranslated: '未翻譯',
    all: '全部',
  },
} satisfies UiWords;
