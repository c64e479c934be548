// The files `editions init` writes: plain text from a few choices, no I/O (init.ts writes them).
export interface InitChoices {
  sourceLanguage: string;
  languages: string[];
  /** YYYY-MM-DD: the sample statement's date. */
  today: string;
}

export const SAMPLE_SLUG = 'our-statement';

/** Relative path → text, in the order they are reported. */
export function initFiles(choices: InitChoices): [string, string][] {
  return [
    ['editions.config.yaml', configText(choices)],
    [`source/${SAMPLE_SLUG}.md`, sampleStatement(choices.today)],
    ['locales/glossary.yaml', GLOSSARY],
    ['source/words.txt', WORDS],
    ['.gitignore', 'output/\n'],
  ];
}

function configText({ sourceLanguage, languages }: InitChoices): string {
  return `# Editions workspace settings; the README's "The workspace" section lists every key.
# Every key is optional except sourceLanguage and languages.

# The language every statement in source/ is written in (a BCP 47 code: en, es, pt-BR, zh-Hans).
sourceLanguage: ${sourceLanguage}

# Languages to publish in. An entry may also be an object with per-language settings:
#   - code: pt-BR
#     engine: apertium      # auto | deepl | apertium | none
#     pivot: es             # Apertium only: translate through Spanish
#     formality: prefer_more
#     fonts: [NotoSerifEthiopic-Regular.ttf]   # PDF fonts tried first (see: editions doctor)
languages:
${languages.map((code) => `  - ${code}`).join('\n')}

# Formats of every edition: html, pdf, txt.
formats: [html, pdf, txt]

# Machine translation: auto = DeepL when DEEPL_AUTH_KEY is set, else Apertium where a pair is
# installed, else none (translate the catalogs in locales/ by hand or in the review page).
engine: auto

# A draft edition needs at least this share of segments translated (machine or human).
minTranslatedPercent: 80

# Where output/ will be published, for canonical links, hreflang alternates and sitemap.xml:
# baseUrl: https://example.org/statements/
`;
}

function sampleStatement(today: string): string {
  return `---
title: Our first statement
date: ${today}
author: Your Name
role: Secretary
organization: Your Organization
summary: One or two sentences that say what this statement is about.
---

Replace this text with your statement. Each paragraph becomes one segment that translators
review on its own, so keep paragraphs short and clear.

## What we ask

- A first demand, in plain words.
- A second demand, with a link to [more information](https://example.org/).

Sign the statement in the front matter above: author, role and organization appear at the end
of every edition.
`;
}

const GLOSSARY = `# Project glossary.
# keep: terms that stay as written in every language (names, acronyms); engines are told, checks enforce it.
# terms: per language, the translation a term must get.
keep: []
# keep:
#   - Your Organization
# terms:
#   es: { Secretary: Secretaria }
`;

const WORDS = `# The project's own words for the source spelling check: one per line (names, acronyms).
# Lines starting with # are comments.
`;
