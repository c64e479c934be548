// All checks over a workspace: sources, catalogs, UI strings. Inputs are read by the caller.
import type { Catalog, Statement } from '../../edition.js';
import type { Glossary } from '../../translate/glossary.js';
import { cacheKey, emptyCache, reusable, type CheckCache } from './cache.js';
import { checkCatalog } from './catalog.js';
import { dictionaryFor } from './spelling.js';
import { releaseDictionary } from './dictionaries.js';
import { byPlace, type Finding } from './finding.js';
import { checkSource } from './source.js';
import { checkUiStrings } from './ui.js';
import { BUILT_IN_WORDS, builtInLanguage } from '../../render/ui.js';

export type { Finding } from './finding.js';
export { formatFinding } from './finding.js';
export type { CheckCache } from './cache.js';
export { spellingLanguages } from './spelling.js';

/** The cache of findings under its first name (source findings only); it now holds catalogs too. */
export type SourceCache = CheckCache;

export interface CheckInput {
  sourceLanguage: string;
  statements: Statement[];
  /** Catalogs to check, each with the path shown in findings. */
  catalogs: { language: string; file: string; catalog: Catalog }[];
  /** ui.json of each language: parsed value and raw text (for lines). */
  ui: { language: string; file: string; strings: Record<string, unknown>; text: string }[];
  glossary: Glossary;
  words: string[];
  /** Findings of an earlier run, reused for every source and catalog whose inputs are unchanged. */
  sourceCache?: CheckCache;
  /** What identifies this version of the checks' code (the caller's tool fingerprint); part of every key. */
  toolVersion?: string;
}

export interface CheckResult {
  findings: Finding[];
  /** The cache to pass to the next run (kept by the build state or output/.editions-checks.json). */
  sourceCache: CheckCache;
  /** What this run actually checked, the rest came from the cache: statement files and catalog files. */
  checked: { sources: string[]; catalogs: string[] };
}

export async function runChecks(input: CheckInput): Promise<CheckResult> {
  const version = input.toolVersion ?? '';
  const previous = reusable(input.sourceCache, version);
  const next = emptyCache(version);
  const checked: CheckResult['checked'] = { sources: [], catalogs: [] };
  const findings: Finding[] = [];
  const known = [...input.words, ...input.glossary.keep.flatMap((term) => term.split(/\s+/))];
  for (const statement of input.statements) {
    const key = cacheKey(statement.file, statement.segments, statement.tree, input.words, input.glossary.keep);
    let found = previous.sources[statement.file]?.key === key ? previous.sources[statement.file].findings : undefined;
    if (!found) {
      found = await checkSource(statement, { words: known });
      checked.sources.push(statement.file);
    }
    next.sources[statement.file] = { key, findings: found };
    findings.push(...found);
  }
  // One language after another, each dictionary released when its language is done: a cold run over
  // 16 languages holds one dictionary at a time instead of all of them.
  const byLanguage = [...input.catalogs].sort((x, y) => (x.language < y.language ? -1 : x.language > y.language ? 1 : 0));
  for (const [index, { language, file, catalog }] of byLanguage.entries()) {
    if (index > 0 && byLanguage[index - 1].language !== language) releaseDictionary(byLanguage[index - 1].language);
    const terms = input.glossary.terms[language] ?? {};
    const key = cacheKey(language, file, input.sourceLanguage, catalog.entries, input.glossary.keep, terms, input.words, dictionaryFor(language) ?? '');
    let found = previous.catalogs[file]?.key === key ? previous.catalogs[file].findings : undefined;
    if (!found) {
      found = checkCatalog(catalog.entries, language, file, input.glossary, { sourceLanguage: input.sourceLanguage, words: input.words });
      checked.catalogs.push(file);
    }
    next.catalogs[file] = { key, findings: found };
    findings.push(...found);
  }
  // Reported in the order the catalogs were given, whatever order they were checked in.
  const order = new Map(input.catalogs.map((item, index) => [item.file, index]));
  checked.catalogs.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  findings.push(...checkUiWords(input));
  return { findings: findings.sort(byPlace), sourceCache: next, checked };
}

/** Every language at hand (with a catalog or a ui.json), its words against the keys Editions uses. */
function checkUiWords(input: CheckInput): Finding[] {
  const source = input.ui.find((item) => item.language === input.sourceLanguage);
  const reference = mergeStrings(BUILT_IN_WORDS.en as unknown as Record<string, unknown>, source?.strings ?? {});
  const languages = new Set([...input.catalogs.map((item) => item.language), ...input.ui.map((item) => item.language)]);
  languages.delete(input.sourceLanguage);
  return [...languages].flatMap((language) => {
    const file = input.ui.find((item) => item.language === language);
    const builtIn = builtInLanguage(language);
    const words = builtIn ? (BUILT_IN_WORDS[builtIn] as unknown as Record<string, unknown>) : {};
    return checkUiStrings(reference, file?.strings ?? {}, words, file?.file ?? `locales/${language}/ui.json`, file?.text ?? '', input.sourceLanguage);
  });
}

function mergeStrings(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const inner = out[key];
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && inner && typeof inner === 'object' ? mergeStrings(inner as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}

/** Errors per catalog file: a language with any cannot be released. */
export function errorsByFile(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.severity === 'error') counts.set(finding.place.file, (counts.get(finding.place.file) ?? 0) + 1);
  return counts;
}
