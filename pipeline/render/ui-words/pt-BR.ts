// Brazilian Portuguese (pt-BR): the editions' own words. How they were written and checked: ./README.md.
import type { UiWords } from './keys.js';

export default {
  draft: {
    banner: 'Rascunho de tradução — ainda não revisado',
    detail: 'Esta tradução ainda não foi revisada por um editor e pode conter erros. O texto original é o de referência.',
  },
  released: 'Tradução revisada com base no texto original ({{date}})',
  language: 'Idioma',
  otherLanguages: 'Outros idiomas',
  formats: {
    label: 'Baixar',
    html: 'Página web',
    pdf: 'PDF',
    txt: 'Texto simples',
  },
  footer: {
    page: 'Página {{page}} de {{pages}}',
  },
  published: 'Publicado: {{date}}',
  links: 'Links',
  notes: {
    title: 'Notas',
    back: 'Voltar ao texto',
  },
  status: {
    source: 'Original',
    approved: 'Revisada',
    draft: 'Rascunho não revisado',
    pending: 'Tradução pendente',
  },
  index: {
    title: 'Edições',
    statement: 'Declaração',
    language: 'Idioma',
    status: 'Situação',
    files: 'Arquivos',
  },
  review: {
    title: 'Revisão',
    approve: 'Aprovar',
    save: 'Salvar',
    revert: 'Reverter',
    source: 'Original',
    translation: 'Tradução',
    search: 'Pesquisar',
    progress: 'Progresso',
    needsReview: 'A revisar',
    stale: 'Desatualizada',
    untranslated: 'Não traduzido',
    all: 'Todos',
  },
} satisfies UiWords;
