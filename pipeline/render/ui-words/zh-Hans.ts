// Simplified Chinese (zh-Hans): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: '翻译草稿——尚未审校',
    detail: '本译文尚未经编辑审校，可能存在错误。请以原文为准。',
  },
  released: '译文已根据原文审校（{{date}}）',
  language: '语言',
  otherLanguages: '其他语言',
  formats: {
    label: '下载',
    html: '网页',
    pdf: 'PDF',
    txt: '纯文本',
  },
  footer: {
    page: '第 {{page}} 页，共 {{pages}} 页',
  },
  published: '发布日期：{{date}}',
  links: '链接',
  notes: {
    title: '注释',
    back: '返回正文',
  },
  status: {
    source: '原文',
    approved: '已审校',
    draft: '草稿，未审校',
    pending: '待翻译',
  },
  index: {
    title: '版本',
    statement: '声明',
    language: '语言',
    status: '状态',
    files: '文件',
  },
  review: {
    title: '审校',
    approve: '批准',
    save: '保存',
    revert: '还原',
    source: '原文',
    translation: '译文',
    search: '搜索',
    progress: '进度',
    needsReview: '待审校',
    stale: '已过时',
    untranslated: '未翻译',
    all: '全部',
  },
} satisfies UiWords;
