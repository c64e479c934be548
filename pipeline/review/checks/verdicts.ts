// What a language's dictionary says about each word, remembered: within a run, and between runs in
// the check cache (cache.ts), so that re-checking a catalog whose words have all been judged before
// loads no dictionary at all. A verdict depends on the word, the dictionary and the code below and in
// dictionaries.ts, nothing else (the project's words and the source's words are set aside before).
import { dictionary, dictionaryIdentity, SPELLING_VERSION, type Dictionary } from './dictionaries.js';

export { SPELLING_VERSION };

/** The verdicts kept for one language. */
export interface SpellingVerdicts {
  /** SPELLING_VERSION and the dictionary's identity: verdicts under another key are not used. */
  key: string;
  /** Words the dictionary knows, and words it does not. */
  known: string[];
  unknown: string[];
}

/** Judges the words of one language. */
export interface WordJudge {
  /**
   * Words about to be judged. Nothing is loaded yet: when a word without a verdict comes, the
   * dictionary is read once for all the announced words that have none.
   */
  prepare(words: Iterable<string>): void;
  /** True when the dictionary knows the word. */
  knows(word: string): boolean;
}

export interface LanguageVerdicts extends WordJudge {
  /** The verdicts to keep for the next run: all of them, or only those asked for in this run. */
  kept(onlyAsked: boolean): SpellingVerdicts;
}

/** The key verdicts of a language are kept under; undefined for a language that is not spell-checked. */
export function spellingKey(language: string): string | undefined {
  const identity = dictionaryIdentity(language);
  return identity && `${SPELLING_VERSION} ${identity}`;
}

/** The words a verdict on `word` asks the dictionary about: the word, and the parts of an elision ("l’homme"). */
function asked(word: string): string[] {
  if (!/['’]/.test(word)) return [word];
  const parts = word.split(/['’]/).filter(Boolean);
  return [word, ...parts, ...parts.map((part) => `${part}'`)];
}

/** The dictionary's verdict. "l’homme", "dell'Europa": the dictionary knows the elided article and the word separately. */
function judge(speller: Dictionary, word: string): boolean {
  const parts = word.split(/['’]/).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => part.length < 2 || speller.correct(part) || speller.correct(`${part}'`))) return true;
  return speller.correct(word);
}

/**
 * The verdicts of a language, starting from those of an earlier run when they were made under the
 * same key. The dictionary is loaded only when a word without a verdict comes. Null when the
 * language is not spell-checked.
 */
export function languageVerdicts(language: string, previous?: SpellingVerdicts): LanguageVerdicts | null {
  const key = spellingKey(language);
  if (!key) return null;
  const verdicts = new Map<string, boolean>();
  if (previous?.key === key) {
    for (const word of previous.known) verdicts.set(word, true);
    for (const word of previous.unknown) verdicts.set(word, false);
  }
  const used = new Set<string>();
  const pending = new Set<string>();
  let speller: Dictionary | undefined;
  return {
    prepare(words) {
      for (const word of words) if (!verdicts.has(word)) pending.add(word);
    },
    knows(word) {
      used.add(word);
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        // The first word without a verdict loads the dictionary, for every word announced so far.
        if (!speller) speller = dictionary(language)!;
        pending.add(word);
        speller.prepare([...pending].flatMap(asked));
        pending.clear();
        verdicts.set(word, (verdict = judge(speller, word)));
      }
      return verdict;
    },
    kept(onlyAsked) {
      const kept: SpellingVerdicts = { key, known: [], unknown: [] };
      for (const [word, verdict] of verdicts) if (!onlyAsked || used.has(word)) (verdict ? kept.known : kept.unknown).push(word);
      return kept;
    },
  };
}

const shared = new Map<string, LanguageVerdicts | null>();

/**
 * The verdicts of a language for callers outside a check run (the review server checks one entry
 * at a time), kept for the process: a word judged once is not looked up again.
 */
export function processVerdicts(language: string): LanguageVerdicts | null {
  if (!shared.has(language)) shared.set(language, languageVerdicts(language));
  return shared.get(language)!;
}
