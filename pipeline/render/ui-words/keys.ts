// The shape of the editions' own words: every language module must fill every key (the type checker
// says which one is missing). Values are i18next strings; {{name}} placeholders are filled at render.
export interface UiWords {
  draft: { banner: string; detail: string };
  /** {{date}}: the statement's date, formatted for the language. */
  released: string;
  /** Label of the language switcher at the top of an edition. */
  language: string;
  otherLanguages: string;
  formats: { label: string; html: string; pdf: string; txt: string };
  /** {{page}}, {{pages}}: PDF footer. */
  footer: { page: string };
  /** {{date}} */
  published: string;
  links: string;
  /** Footnotes: the heading of the notes and the link back to the note's mark. */
  notes: { title: string; back: string };
  status: { source: string; approved: string; draft: string; pending: string };
  index: { title: string; statement: string; language: string; status: string; files: string };
  /** The review page (editions review). */
  review: {
    title: string;
    approve: string;
    save: string;
    revert: string;
    source: string;
    translation: string;
    search: string;
    progress: string;
    needsReview: string;
    stale: string;
    untranslated: string;
    all: string;
  };
}
