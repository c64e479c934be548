// Catalog checks: each non-empty translation against its source. Pure: entries in, findings out
// (the spelling dictionaries are read once per process, lazily, in dictionaries.ts).
import type { CatalogEntry, Place } from '../../edition.js';
import type { RuleId } from '../../rules.js';
import type { Glossary } from '../../translate/glossary.js';
import { bidiControls, bidiName } from './bidi.js';
import type { Finding, Severity } from './finding.js';
import { compareFigures, figuresIn } from './numbers.js';
import { repeatedWords } from './repeated.js';
import { missingFrom, shapeOf, type Shape } from './shape.js';
import { knownWords, processVerdicts, wordsToJudge, type WordJudge } from './spelling.js';

export interface CatalogCheckOptions {
  /** The language the sources are written in (default en): how their figures are read. */
  sourceLanguage?: string;
  /** The project's own words (source/words.txt), known to the spelling check with the glossary's. */
  words?: string[];
  /** Check spelling where a usable dictionary is installed (default true). */
  spelling?: boolean;
  /** The language's spelling verdicts, shared by the catalogs of one run (default: the process's; null: no spelling check). */
  judge?: WordJudge | null;
}

type Add = (rule: RuleId, severity: Severity, message: string) => void;

const FINAL: [RegExp, string][] = [
  [/[.。।॥۔]$/u, 'full stop'],
  [/[?？؟]$/u, 'question mark'],
  [/[!！]$/u, 'exclamation mark'],
  [/[:：]$/u, 'colon'],
];

function finalPunctuation(text: string): string | undefined {
  const trimmed = text.trim().replace(/["'”’»)\]」』）]+$/u, '');
  return FINAL.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/** Translation length ÷ source length that is normal for a language, as a [low, high] band. */
function lengthBand(language: string): [number, number] {
  const base = language.split('-')[0];
  if (['zh', 'ja'].includes(base)) return [0.12, 0.9];
  if (base === 'ko') return [0.2, 1.2];
  return [0.45, 2.3];
}

/** Links, images, code and emphasis: what must survive translation unchanged. */
function checkMarkup(source: Shape, target: Shape, add: Add) {
  for (const url of missingFrom(source.links, target.links)) add('link-mismatch', 'error', `translation drops the link to ${url}, keep it`);
  for (const url of missingFrom(target.links, source.links)) add('link-mismatch', 'error', `translation links to ${url}, which the source does not; remove it or fix the address`);
  for (const url of missingFrom(source.images, target.images)) add('image-mismatch', 'error', `translation drops the image ${url}, keep it`);
  for (const url of missingFrom(target.images, source.images)) add('image-mismatch', 'error', `translation adds the image or embedded resource ${url}, which the source does not have; remove it (opening the edition would fetch it)`);
  for (const code of missingFrom(source.code, target.code)) add('code-mismatch', 'error', `translation changes or drops the code \`${code}\`; copy it exactly`);
  for (const code of missingFrom(target.code, source.code)) add('code-mismatch', 'error', `translation adds the code \`${code}\`, which the source does not have`);
  for (const mark of new Set([...Object.keys(source.marks), ...Object.keys(target.marks)])) {
    if ((source.marks[mark] ?? 0) !== (target.marks[mark] ?? 0)) {
      add('markup-mismatch', 'error', `the source has ${source.marks[mark] ?? 0} ${mark} span(s), the translation ${target.marks[mark] ?? 0}; mark the same words`);
    }
  }
  // Markup characters left as literal text mean an emphasis or code span was opened and never closed.
  const stray = (text: string) => (text.match(/[*`]/g) ?? []).length;
  if (stray(target.text) > stray(source.text)) add('markup-mismatch', 'error', 'the translation has an unmatched * or `; close the span or remove the mark');
}

function checkNumbers(source: Shape, target: Shape, language: string, sourceLanguage: string, add: Add) {
  const expected = figuresIn(source.text, sourceLanguage);
  const actual = figuresIn(target.text, language);
  const { lost, added } = compareFigures(expected, actual);
  if (lost.length || added.length) {
    const list = (figures: { text: string }[]) => figures.map((figure) => figure.text).join(', ') || 'none';
    add('number-mismatch', 'error', `numbers differ: source has ${list(expected)}, translation has ${list(actual)}; check ${[...lost, ...added].map((figure) => figure.text).join(', ')}`);
  }
}

/** A glossary term as a whole word, compiled once per term (no g flag: `test` keeps no state). */
const termPatterns = new Map<string, RegExp>();
function termPattern(term: string): RegExp {
  let pattern = termPatterns.get(term);
  if (!pattern) termPatterns.set(term, (pattern = new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')));
  return pattern;
}

function checkGlossary(source: Shape, target: Shape, language: string, glossary: Glossary, add: Add) {
  for (const term of glossary.keep) {
    if (source.text.includes(term) && !target.text.includes(term)) add('glossary-keep', 'error', `"${term}" must stay as written (locales/glossary.yaml)`);
  }
  for (const [term, required] of Object.entries(glossary.terms[language] ?? {})) {
    if (termPattern(term).test(source.text) && !target.text.includes(required)) {
      add('glossary-term', 'warning', `"${term}" is translated as "${required}" in this project (locales/glossary.yaml)`);
    }
  }
}

function checkText(entry: CatalogEntry, source: Shape, target: Shape, language: string, glossary: Glossary, add: Add) {
  if (entry.translation === entry.source && /\p{L}{4,}/u.test(source.text) && !glossary.keep.includes(source.text)) {
    add('identical-to-source', 'warning', 'the translation is identical to the source; translate it, or leave a note saying why it stays');
  }
  if (/^\s|\s$/.test(entry.translation) && !/^\s|\s$/.test(entry.source)) add('whitespace', 'warning', 'the translation starts or ends with spaces the source does not have; remove them');
  const sourceFinal = finalPunctuation(source.text);
  const targetFinal = finalPunctuation(target.text);
  if (sourceFinal !== targetFinal) {
    add('punctuation-mismatch', 'warning', `the source ends with ${sourceFinal ? `a ${sourceFinal}` : 'no punctuation'}, the translation with ${targetFinal ? `a ${targetFinal}` : 'none'}`);
  }
  if (source.text.length >= 40) {
    const ratio = target.text.length / source.text.length;
    const [low, high] = lengthBand(language);
    if (ratio < low || ratio > high) add('length-ratio', 'warning', `the translation is ${Math.round(ratio * 100)} % of the source's length, unusual for ${language}; check nothing is missing or repeated`);
  }
}

/**
 * Every finding for one catalog. `file` is the catalog's path as shown to the user. The words to
 * spell-check are gathered from every entry first and judged together (one dictionary pass at most).
 */
export function checkCatalog(entries: CatalogEntry[], language: string, file: string, glossary: Glossary, options: CatalogCheckOptions = {}): Finding[] {
  const known = knownWords(options.words ?? [], [...glossary.keep, ...Object.values(glossary.terms[language] ?? {})]);
  const judge = options.spelling === false ? null : options.judge === undefined ? processVerdicts(language) : options.judge;
  const checked = entries.map((entry) => {
    const found: Finding[] = [];
    const place: Place = { file, line: entry.line ?? 0 };
    const add: Add = (rule, severity, message) => found.push({ place, rule, severity, message });
    const shapes = checkEntry(entry, language, glossary, options, add);
    return { found, add, words: shapes && judge ? wordsToJudge(shapes.target.prose, shapes.source.prose, language, known) : [] };
  });
  judge?.prepare(checked.flatMap((item) => item.words));
  return checked.flatMap(({ found, add, words }) => {
    for (const word of words) if (!judge!.knows(word)) add('spelling', 'warning', `unknown word "${word}" (${language} dictionary); fix it, or add it to source/words.txt`);
    return found;
  });
}

/** Every check of one entry but spelling; the shapes of its source and translation when the translation is to be spell-checked. */
function checkEntry(entry: CatalogEntry, language: string, glossary: Glossary, options: CatalogCheckOptions, add: Add): { source: Shape; target: Shape } | undefined {
  for (const control of bidiControls(entry.translation)) {
    add('bidi-control', 'error', `the translation holds ${bidiName(control.char)} at character ${control.column}${control.line > 1 ? ` of its line ${control.line}` : ''}; it can make text display in another order than stored: remove it`);
  }
  if (entry.state === 'approved' && !entry.translation.trim()) {
    add('empty-approved', 'error', 'the entry is approved but its translation is blank; translate it, or mark it as needing review');
    return undefined;
  }
  if (!entry.translation) return undefined;
  const source = shapeOf(entry.source);
  const target = shapeOf(entry.translation);
  checkMarkup(source, target, add);
  checkNumbers(source, target, language, options.sourceLanguage ?? 'en', add);
  checkGlossary(source, target, language, glossary, add);
  checkText(entry, source, target, language, glossary, add);
  for (const word of repeatedWords(target.prose, source.prose, language)) add('repeated-word', 'warning', `"${word} ${word}": the word is doubled; remove one`);
  return { source, target };
}
