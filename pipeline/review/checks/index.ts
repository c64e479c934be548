// All checks over a workspace: sources, catalogs, UI strings. Inputs are read by the caller.
import type { Catalog, Statement } from '../../edition.js';
import type { Glossary } from '../../translate/glossary.js';
import { cacheKey, emptyCache, reusable, type CheckCache } from './cache.js';
import { checkCatalog } from './catalog.js';
import { knownWords, wordsToJudge } from './spelling.js';
import { dictionaryUse, keepIndexesIn, releaseDictionary } from './dictionaries.js';
import { languageVerdicts, spellingKey } from './verdicts.js';
import { keepVerdicts, readVerdicts, verdictFile } from './verdict-store.js';
import { byPlace, type Finding } from './finding.js';
import { checkSource } from './source.js';
import { checkUiStrings } from './ui.js';
import { BUILT_IN_WORDS, builtInLanguage } from '../../render/ui-words/index.js';

export type { Finding } from './finding.js';
export { formatFinding } from './finding.js';
export type { CheckCache } from './cache.js';
export { spellingLanguages } from './spelling.js';
/** How many spelling dictionaries this process has loaded, and passes made over their word lists. */
export { dictionaryUse };

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
  /** The tool cache folder, where this process keeps dictionary indexes (keepIndexesIn) and spelling verdicts (verdict-store.ts); a check thread keeps them there too. */
  dictionaryIndexes?: string;
}

export interface CheckResult {
  findings: Finding[];
  /** The cache to pass to the next run (kept by the build state or output/.editions-checks.json). */
  sourceCache: CheckCache;
  /** What this run actually checked, the rest came from the cache: statement files and catalog files. */
  checked: { sources: string[]; catalogs: string[] };
}

export async function runChecks(input: CheckInput): Promise<CheckResult> {
  if (input.dictionaryIndexes) keepIndexesIn(input.dictionaryIndexes);
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
  const languages = [...new Set(input.catalogs.map((item) => item.language))].sort();
  for (const language of languages) {
    findings.push(...checkLanguage(language, input.catalogs.filter((item) => item.language === language), input, previous, next, checked));
  }
  // Reported in the order the catalogs were given, whatever order they were checked in.
  const order = new Map(input.catalogs.map((item, index) => [item.file, index]));
  checked.catalogs.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  findings.push(...checkUiWords(input));
  return { findings: findings.sort(byPlace), sourceCache: next, checked };
}

/**
 * The catalogs of one language, into `next` and `checked`: those whose inputs changed are checked
 * again, sharing the language's spelling verdicts; the words of all of them are announced before,
 * so that a dictionary, if one is needed at all, is read once for the language.
 */
function checkLanguage(language: string, catalogs: CheckInput['catalogs'], input: CheckInput, previous: CheckCache, next: CheckCache, checked: CheckResult['checked']): Finding[] {
  const terms = input.glossary.terms[language] ?? {};
  const spelling = spellingKey(language);
  const keyed = catalogs.map((item) => ({ ...item, key: cacheKey(language, item.file, input.sourceLanguage, item.catalog.entries, input.glossary.keep, terms, input.words, spelling ?? '') }));
  const stale = keyed.filter((item) => previous.catalogs[item.file]?.key !== item.key);
  // Verdicts live in the tool's cache folder when there is one (verdict-store.ts), else in output/.
  const store = input.dictionaryIndexes && spelling ? verdictFile(input.dictionaryIndexes, language) : undefined;
  const stored = store && stale.length ? readVerdicts(store, spelling!) : undefined;
  const judge = stale.length ? languageVerdicts(language, stored ?? previous.spelling[language]) : null;
  if (judge) {
    const known = knownWords(input.words, [...input.glossary.keep, ...Object.values(terms)]);
    // From the entries' Markdown, not their text: close enough to announce, a word missed costs one more pass.
    judge.prepare(stale.flatMap((item) => item.catalog.entries.flatMap((entry) => (entry.translation.trim() ? wordsToJudge(entry.translation, entry.source, language, known) : []))));
  }
  const findings: Finding[] = [];
  for (const item of keyed) {
    let found = stale.includes(item) ? undefined : previous.catalogs[item.file].findings;
    if (!found) {
      found = checkCatalog(item.catalog.entries, language, item.file, input.glossary, { sourceLanguage: input.sourceLanguage, words: input.words, judge });
      checked.catalogs.push(item.file);
    }
    next.catalogs[item.file] = { key: item.key, findings: found };
    findings.push(...found);
  }
  if (store) {
    if (judge && stored) keepVerdicts(store, judge, stored);
  } else {
    // Verdicts of words no catalog of the language uses any more are dropped when all were checked.
    const kept = judge ? judge.kept(stale.length === keyed.length) : previous.spelling[language];
    if (kept && kept.key === spelling) next.spelling[language] = kept;
  }
  releaseDictionary(language);
  return findings;
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
