// Spelling of translations: Hunspell dictionaries from npm (see dictionaries.ts), with the project's
// words, the glossary and every word of the entry's own source (names, acronyms) as known words.
import { processVerdicts, type WordJudge } from './verdicts.js';

export { dictionaryFor, spellingLanguages } from './dictionaries.js';
export { languageVerdicts, processVerdicts, type WordJudge } from './verdicts.js';

const segmenters = new Map<string, Intl.Segmenter>();

function wordsOf(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** Words no dictionary should judge: figures, single letters, acronyms, words with marks of code. */
const SKIP = /\p{N}|^\p{L}$|^\p{Lu}[\p{Lu}\d.]+$|[_@/\\]/u;

/**
 * The words of a translation a dictionary must judge, each once, in order: not figures, acronyms and
 * the like, not the project's words and glossary terms (`known`), not the words of the source entry.
 */
export function wordsToJudge(translation: string, source: string, language: string, known: ReadonlySet<string>): string[] {
  // A name keeps its letters across languages, not always its accents: "Taiwan" → "Taiwán".
  const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const fromSource = new Set(wordsOf(source, 'en').map(fold));
  return [...new Set(wordsOf(translation, language))].filter((word) => !SKIP.test(word) && !known.has(word) && !fromSource.has(fold(word)));
}

/**
 * Unknown words of a translation, each once, in order. `known` holds the project's words and glossary
 * terms; words of the source entry count as known too. A language without a dictionary gives [].
 * `judge`: the language's verdicts (with those of earlier runs); by default the process's.
 */
export function misspelled(translation: string, source: string, language: string, known: ReadonlySet<string>, judge: WordJudge | null = processVerdicts(language)): string[] {
  if (!judge) return [];
  const words = wordsToJudge(translation, source, language, known);
  judge.prepare(words);
  return words.filter((word) => !judge.knows(word));
}

/** The known words of a project: its word list and every word of its glossary terms. */
export function knownWords(words: string[], terms: string[]): Set<string> {
  return new Set([...words, ...terms.flatMap((term) => term.split(/\s+/))].filter(Boolean));
}
