// Incremental checks: a second run re-checks only what changed (calls counted, never timed).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { readCatalog } from '../../pipeline/review/po.js';

const calls = vi.hoisted(() => ({ catalog: [] as string[], source: [] as string[] }));
vi.mock('../../pipeline/review/checks/catalog.js', async (original) => {
  const real = await original<typeof import('../../pipeline/review/checks/catalog.js')>();
  return { ...real, checkCatalog: (...args: Parameters<typeof real.checkCatalog>) => (calls.catalog.push(args[2]), real.checkCatalog(...args)) };
});
vi.mock('../../pipeline/review/checks/source.js', async (original) => {
  const real = await original<typeof import('../../pipeline/review/checks/source.js')>();
  return { ...real, checkSource: (...args: Parameters<typeof real.checkSource>) => (calls.source.push(args[0].file), real.checkSource(...args)) };
});
const { runChecks } = await import('../../pipeline/review/checks/index.js');

const fixture = (name: string) => readFileSync(`tests/fixtures/checks-cache/${name}`, 'utf8');
const statement = parseStatement(fixture('statement.md'), 'source/2024-nato-summit.md', '2024-nato-summit');
const catalog = (language: string): Catalog => readCatalog(fixture(`${language}.po`), `locales/${language}/2024-nato-summit.po`);
const input = (catalogs: Catalog[], extra: { words?: string[]; toolVersion?: string } = {}) => ({
  sourceLanguage: 'en',
  statements: [statement],
  catalogs: catalogs.map((item) => ({ language: item.language, file: `locales/${item.language}/2024-nato-summit.po`, catalog: item })),
  ui: [],
  glossary: { keep: ['ILPS'], terms: {} },
  words: extra.words ?? ['Cooper'],
  toolVersion: extra.toolVersion ?? 'test',
});

describe('incremental checks', () => {
  beforeEach(() => {
    calls.catalog.length = 0;
    calls.source.length = 0;
  });
  it('re-checks only the catalog in which one entry was approved, and gives the same findings', async () => {
    const [fr, de] = [catalog('fr'), catalog('de')];
    const first = await runChecks(input([fr, de]));
    // Checked one language at a time (each dictionary released after), so in language order.
    expect(calls.catalog).toEqual(['locales/de/2024-nato-summit.po', 'locales/fr/2024-nato-summit.po']);
    expect(calls.source).toEqual(['source/2024-nato-summit.md']);
    expect(first.findings.map((finding) => finding.rule)).toContain('number-mismatch');

    calls.catalog.length = 0;
    calls.source.length = 0;
    const approved: Catalog = { ...fr, entries: fr.entries.map((entry, index) => (index === 0 ? { ...entry, state: 'approved' as const } : entry)) };
    const second = await runChecks({ ...input([approved, de]), sourceCache: JSON.parse(JSON.stringify(first.sourceCache)) });
    expect(calls.catalog).toEqual(['locales/fr/2024-nato-summit.po']);
    expect(calls.source).toEqual([]);
    expect(second.checked).toEqual({ sources: [], catalogs: ['locales/fr/2024-nato-summit.po'] });
    expect(second.findings).toEqual(first.findings);
  });
  it('checks everything again when the word list, the tool or the cache format changes', async () => {
    const catalogs = [catalog('fr'), catalog('de')];
    const first = await runChecks(input(catalogs));
    calls.catalog.length = 0;
    await runChecks({ ...input(catalogs, { words: ['Cooper', 'Sison'] }), sourceCache: first.sourceCache });
    expect(calls.catalog).toHaveLength(2);
    calls.catalog.length = 0;
    await runChecks({ ...input(catalogs, { toolVersion: 'next' }), sourceCache: first.sourceCache });
    expect(calls.catalog).toHaveLength(2);
    calls.catalog.length = 0;
    await runChecks({ ...input(catalogs), sourceCache: { key: 'the old source-only format', findings: [] } as never });
    expect(calls.catalog).toHaveLength(2);
  });
});

describe('editions check keeps its findings in output/.editions-checks.json', () => {
  it('a second check of an unchanged workspace re-checks nothing; approving one entry re-checks that catalog', async () => {
    const { makeWorkspace, removeWorkspace } = await import('../support/workspace.js');
    const { loadConfig } = await import('../../pipeline/config.js');
    const { readSnapshot } = await import('../../pipeline/build/snapshot.js');
    const { checkWorkspace, CHECK_CACHE } = await import('../../pipeline/check.js');
    const { existsSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const root = makeWorkspace({ catalogs: ['es', 'ca'], languages: ['es', 'ca'] });
    try {
      const run = async () => {
        const config = loadConfig(root);
        const snapshot = readSnapshot(config);
        return (await checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages)).checked;
      };
      expect(await run()).toEqual({ sources: ['source/2024-nato-summit.md'], catalogs: ['locales/es/2024-nato-summit.po', 'locales/ca/2024-nato-summit.po'] });
      expect(existsSync(path.join(root, 'output', CHECK_CACHE))).toBe(true);
      expect(await run()).toEqual({ sources: [], catalogs: [] });
      const file = path.join(root, 'locales/es/2024-nato-summit.po');
      writeFileSync(file, readFileSync(file, 'utf8').replace('#, fuzzy\n', ''));
      expect(await run()).toEqual({ sources: [], catalogs: ['locales/es/2024-nato-summit.po'] });
    } finally {
      removeWorkspace(root);
    }
  });
});
