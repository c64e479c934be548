// Korean (ko): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: '번역 초안 — 아직 검토되지 않음',
    detail: '이 번역은 아직 편집자의 검토를 거치지 않았으며 오류가 있을 수 있습니다. 원문을 기준으로 합니다.',
  },
  released: '원문({{date}})과 대조하여 검토된 번역',
  language: '언어',
  otherLanguages: '다른 언어',
  formats: {
    label: '다운로드',
    html: '웹 페이지',
    pdf: 'PDF',
    txt: '일반 텍스트',
  },
  footer: {
    page: '{{pages}}쪽 중 {{page}}쪽',
  },
  published: '발표일: {{date}}',
  links: '링크',
  notes: {
    title: '주석',
    back: '본문으로 돌아가기',
  },
  status: {
    source: '원문',
    approved: '검토 완료',
    draft: '초안, 검토 전',
    pending: '번역 대기',
  },
  index: {
    title: '판본',
    statement: '성명',
    language: '언어',
    status: '상태',
    files: '파일',
  },
  review: {
    title: '검토',
    approve: '승인',
    save: '저장',
    revert: '되돌리기',
    source: '원문',
    translation: '번역',
    search: '검색',
    progress: '진행률',
    needsReview: '검토 필요',
    stale: '오래됨',
    untranslated: '번역 안 됨',
    all: '전체',
  },
} satisfies UiWords;
