// Russian (ru): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Черновик перевода — ещё не проверен',
    detail: 'Этот перевод ещё не проверен редактором и может содержать ошибки. Основным является текст оригинала.',
  },
  released: 'Перевод сверен с исходным текстом ({{date}})',
  language: 'Язык',
  otherLanguages: 'Другие языки',
  formats: {
    label: 'Скачать',
    html: 'Веб-страница',
    pdf: 'PDF',
    txt: 'Простой текст',
  },
  footer: {
    page: 'Страница {{page}} из {{pages}}',
  },
  published: 'Опубликовано: {{date}}',
  links: 'Ссылки',
  notes: {
    title: 'Примечания',
    back: 'Назад к тексту',
  },
  status: {
    source: 'Оригинал',
    approved: 'Проверен',
    draft: 'Черновик, не проверен',
    pending: 'Перевод ожидается',
  },
  index: {
    title: 'Издания',
    statement: 'Заявление',
    language: 'Язык',
    status: 'Статус',
    files: 'Файлы',
  },
  review: {
    title: 'Проверка',
    approve: 'Утвердить',
    save: 'Сохранить',
    revert: 'Откатить',
    source: 'Оригинал',
    translation: 'Перевод',
    search: 'Поиск',
    progress: 'Прогресс',
    needsReview: 'Требует проверки',
    stale: 'Устарел',
    untranslated: 'Не переведено',
    all: 'Все',
  },
} satisfies UiWords;
