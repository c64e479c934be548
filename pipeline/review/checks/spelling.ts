// Spelling of translations: Hunspell dictionaries from npm (see dictionaries.ts), with the project's
// words, the glossary and every word of the entry's own source (names, acronyms) as known words.
import { dictionary } from './dictionaries.js';

export { dictionaryFor, spellingLanguages } from './dictionaries.js';

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
 * Unknown words of a translation, each once, in order. `known` holds the project's words and glossary
 * terms; words of the source entry count as known too. A language without a dictionary gives [].
 */
export function misspelled(translation: string, source: string, language: string, known: ReadonlySet<string>): string[] {
  const speller = dictionary(language);
  if (!speller) return [];
  // A name keeps its letters across languages, not always its accents: "Taiwan" → "Taiwán".
  const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const fromSource = new Set(wordsOf(source, 'en').map(fold));
  const unknown: string[] = [];
  for (const word of new Set(wordsOf(translation, language))) {
    if (SKIP.test(word) || known.has(word) || fromSource.has(fold(word))) continue;
    // "l’homme", "dell'Europa": the dictionary knows the elided article and the word separately.
    const parts = word.split(/['’]/).filter(Boolean);
    if (parts.every((part) => part.length < 2 || speller.correct(part) || speller.correct(`${part}'`)) && parts.length > 1) continue;
    if (!speller.correct(word)) unknown.push(word);
  }
  return unknown;
}

/** The known words of a project: its word list and every word of its glossary terms. */
export function knownWords(words: string[], terms: string[]): Set<string> {
  return new Set([...words, ...terms.flatMap((term) => term.split(/\s+/))].filter(Boolean));
}
