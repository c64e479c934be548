// Ukrainian (uk): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Чернетка перекладу — ще не перевірена',
    detail: 'Цей переклад ще не перевірений редактором і може містити помилки. Визначальним є текст оригіналу.',
  },
  released: 'Переклад звірено з вихідним текстом ({{date}})',
  language: 'Мова',
  otherLanguages: 'Інші мови',
  formats: {
    label: 'Завантажити',
    html: 'Вебсторінка',
    pdf: 'PDF',
    txt: 'Звичайний текст',
  },
  footer: {
    page: 'Сторінка {{page}} з {{pages}}',
  },
  published: 'Опубліковано: {{date}}',
  links: 'Посилання',
  notes: {
    title: 'Примітки',
    back: 'Назад до тексту',
  },
  status: {
    source: 'Оригінал',
    approved: 'Перевірено',
    draft: 'Чернетка, не перевірена',
    pending: 'Переклад очікується',
  },
  index: {
    title: 'Видання',
    statement: 'Заява',
    language: 'Мова',
    status: 'Статус',
    files: 'Файли',
  },
  review: {
    title: 'Перевірка',
    approve: 'Затвердити',
    save: 'Зберегти',
    revert: 'Повернути',
    source: 'Оригінал',
    translation: 'Переклад',
    search: 'Пошук',
    progress: 'Прогрес',
    needsReview: 'Потребує перевірки',
    stale: 'Застарілий',
    untranslated: 'Не перекладено',
    all: 'Усі',
  },
} satisfies UiWords;
