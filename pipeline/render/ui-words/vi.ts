// Vietnamese (vi): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Bản dịch nháp — chưa được duyệt',
    detail: 'Bản dịch này chưa được biên tập viên duyệt và có thể có lỗi. Văn bản gốc là bản chính thức.',
  },
  released: 'Bản dịch đã được duyệt theo văn bản gốc ({{date}})',
  language: 'Ngôn ngữ',
  otherLanguages: 'Ngôn ngữ khác',
  formats: {
    label: 'Tải xuống',
    html: 'Trang web',
    pdf: 'PDF',
    txt: 'Văn bản thuần',
  },
  footer: {
    page: 'Trang {{page}}/{{pages}}',
  },
  published: 'Xuất bản: {{date}}',
  links: 'Liên kết',
  notes: {
    title: 'Chú thích',
    back: 'Quay lại văn bản',
  },
  status: {
    source: 'Bản gốc',
    approved: 'Đã duyệt',
    draft: 'Bản nháp, chưa duyệt',
    pending: 'Đang chờ dịch',
  },
  index: {
    title: 'Các ấn bản',
    statement: 'Tuyên bố',
    language: 'Ngôn ngữ',
    status: 'Trạng thái',
    files: 'Tệp',
  },
  review: {
    title: 'Duyệt',
    approve: 'Phê duyệt',
    save: 'Lưu',
    revert: 'Hoàn nguyên',
    source: 'Bản gốc',
    translation: 'Bản dịch',
    search: 'Tìm kiếm',
    progress: 'Tiến độ',
    needsReview: 'Cần duyệt',
    stale: 'Đã lỗi thời',
    untranslated: 'Chưa dịch',
    all: 'Tất cả',
  },
} satisfies UiWords;
