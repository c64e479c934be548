import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onDisk } from '../support/on-disk.js';
import { deeplEngine, deeplTarget } from '../../pipeline/translate/engines/deepl.js';
import { translateCatalog, type LedgerLine } from '../../pipeline/translate/run.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { EditionsError } from '../../pipeline/errors.js';
import type { Catalog } from '../../pipeline/edition.js';
import type { LanguageSettings } from '../../pipeline/config.js';
import { startDeeplStandIn, type StandIn } from '../support/deepl-stand-in.js';
import { statement } from '../support/editions.js';

const settings = (code: string, formality: LanguageSettings['formality'] = 'default'): LanguageSettings => ({ code, engine: 'deepl', formality, minTranslatedPercent: 80 });
const NOW = () => new Date('2026-11-24T10:00:00Z');

let server: StandIn;
beforeEach(async () => {
  server = await startDeeplStandIn();
});
afterEach(async () => {
  await server.close();
});

const engine = (options: { key?: string; attempts?: number; timeoutMs?: number } = {}) =>
  deeplEngine({ authKey: options.key ?? server.key, serverUrl: server.url, attempts: options.attempts ?? 3, timeoutMs: options.timeoutMs ?? 5000 });

function job(catalog: Catalog, language: string, saved: Catalog[], ledger: LedgerLine[], overrides: Partial<Parameters<typeof translateCatalog>[0]> = {}) {
  return translateCatalog({
    catalog,
    statement: statement.slug,
    file: `locales/${language}/${statement.slug}.po`,
    from: 'en',
    settings: settings(language),
    engine: engine(),
    memory: new Map(),
    context: statement.meta.title,
    now: NOW,
    save: onDisk(catalog, saved),
    record: (line) => ledger.push(line),
    ...overrides,
  });
}

function jobDefaults(language: string) {
  return { statement: statement.slug, file: 'x.po', from: 'en', settings: settings(language), memory: new Map(), now: NOW, save: onDisk(syncCatalog(statement.segments, undefined, language, statement.slug).catalog, []), record: () => undefined };
}


/** A statement of `count` short paragraphs, to exercise batching. */
function manyParagraphs(count: number) {
  const body = Array.from({ length: count }, (_, index) => `Paragraph number ${index + 1} about [the summit](https://example.org/${index}).`).join('\n\n');
  const parsed = parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/many.md', 'many');
  return syncCatalog(parsed.segments, undefined, 'de', 'many').catalog;
}

describe('translate/deepl: the real deepl-node client against a stand-in server', () => {
  it('maps BCP 47 codes to DeepL targets and knows what it cannot do', () => {
    expect(['pt-BR', 'pt', 'zh-Hans', 'zh-Hant', 'en-GB', 'de', 'tl'].map(deeplTarget)).toEqual(['pt-BR', 'pt-PT', 'zh-HANS', 'zh-HANT', 'en-GB', 'de', 'tl']);
    expect(deeplTarget('gd')).toBeUndefined();
  });

  it('sends form-encoded XML texts with tag handling, formality and context; URLs never leave the machine', async () => {
    const replies = await engine().translate({ from: 'en', to: 'de', texts: ['See <a i="0">the summit</a>.'], context: 'A title', settings: settings('de', 'prefer_more') });
    expect(replies).toEqual(['[DE] See <a i="0">the summit</a>.']);
    expect(server.requests[0]).toMatchObject({ texts: ['See <a i="0">the summit</a>.'], targetLang: 'DE', sourceLang: 'EN', tagHandling: 'xml', formality: 'prefer_more', context: 'A title' });
  });

  it('translates a catalog with markup and URLs intact, as needs review with its origin, and records the cost', async () => {
    const catalog = syncCatalog(statement.segments, undefined, 'de', statement.slug).catalog;
    catalog.entries[3] = { ...catalog.entries[3], source: 'The [League](https://ilps.info/en/) *condemns* `NATO`.' };
    const saved: Catalog[] = [];
    const ledger: LedgerLine[] = [];
    const result = await job(catalog, 'de', saved, ledger);
    const entry = result.catalog.entries[3];
    expect(entry).toMatchObject({ state: 'needs-review', origin: 'deepl de 2026-11-24', translation: '\\[DE] The [League](https://ilps.info/en/) *condemns* `NATO`.' });
    expect(server.requests.flatMap((request) => request.texts).join('')).not.toContain('ilps.info');
    expect(ledger).toEqual([{ time: '2026-11-24T10:00:00.000Z', engine: 'deepl de', language: 'de', statement: statement.slug, segments: 12, characters: result.characters }]);
    expect(result.characters).toBe(server.billed());
  });

  it('splits 120 segments into requests of at most 50 texts and saves after each', async () => {
    const saved: Catalog[] = [];
    const result = await job(manyParagraphs(120), 'de', saved, [], { context: undefined });
    expect(server.requests.map((request) => request.texts.length)).toEqual([50, 50, 23]);
    expect(saved).toHaveLength(3);
    expect(saved[0].entries.filter((entry) => entry.state === 'needs-review')).toHaveLength(50);
    expect(result.sent).toBe(123);
  });

  it('retries 429 and 503 with backoff, then succeeds', async () => {
    server.fail({ status: 429 }, { status: 503 });
    const replies = await engine({ attempts: 3 }).translate({ from: 'en', to: 'fr', texts: ['Peace.'], settings: settings('fr') });
    expect(replies).toEqual(['[FR] Peace.']);
  });

  it('retries a request that times out', async () => {
    server.fail({ hang: 4000 });
    const replies = await engine({ attempts: 2, timeoutMs: 600 }).translate({ from: 'en', to: 'fr', texts: ['Peace.'], settings: settings('fr') });
    expect(replies).toEqual(['[FR] Peace.']);
  });

  it('gives up after its attempts with a plain message when DeepL stays busy', async () => {
    server.fail({ status: 429 }, { status: 429 });
    const failure = engine({ attempts: 2 }).translate({ from: 'en', to: 'fr', texts: ['Peace.'], settings: settings('fr') });
    await expect(failure).rejects.toMatchObject({ rule: 'deepl-busy' });
  });

  it('stops at once on 456 (quota), keeping what earlier batches translated', async () => {
    server.setQuota(1800);
    const saved: Catalog[] = [];
    const ledger: LedgerLine[] = [];
    const failure = job(manyParagraphs(120), 'de', saved, ledger, { context: undefined });
    await expect(failure).rejects.toBeInstanceOf(EditionsError);
    await expect(failure).rejects.toMatchObject({ rule: 'deepl-quota', message: expect.stringContaining('What was translated before is saved') });
    expect(saved).toHaveLength(1);
    expect(saved[0].entries.filter((entry) => entry.state === 'needs-review')).toHaveLength(50);
    expect(ledger).toHaveLength(1);
  });

  it('stops at once on 403 without ever printing the key', async () => {
    const failure = engine({ key: 'wrong-key-SECRET-1234' }).translate({ from: 'en', to: 'fr', texts: ['Peace.'], settings: settings('fr') });
    await expect(failure).rejects.toMatchObject({ rule: 'deepl-auth' });
    await failure.catch((error: Error) => expect(`${error.message}${error.stack}`).not.toContain('SECRET'));
  });

  it('mirrors the project glossary to one DeepL glossary per language, reused while unchanged', async () => {
    const glossary = { keep: ['ILPS', 'Len Cooper'], terms: { de: { NATO: 'NATO-Bündnis' } } };
    const catalog = syncCatalog(statement.segments, undefined, 'de', statement.slug).catalog;
    const result = await job(catalog, 'de', [], [], { glossary });
    expect(server.glossaries).toHaveLength(1);
    expect(server.glossaries[0]).toMatchObject({ source_lang: 'en', target_lang: 'de', entries: { ILPS: 'ILPS', 'Len Cooper': 'Len Cooper', NATO: 'NATO-Bündnis' } });
    expect(server.requests[0].glossaryId).toBe(server.glossaries[0].glossary_id);
    expect(result.catalog.entries[0].translation).toContain('NATO-Bündnis');
    // A new run (a new engine, as in a new process) finds the same glossary by name instead of creating it.
    await translateCatalog({ ...jobDefaults('fr'), catalog: syncCatalog(statement.segments, undefined, 'de', statement.slug).catalog, settings: settings('de'), engine: engine(), glossary });
    expect(server.glossaries).toHaveLength(1);
    await translateCatalog({ ...jobDefaults('fr'), catalog: syncCatalog(statement.segments, undefined, 'de', statement.slug).catalog, settings: settings('de'), engine: engine(), glossary: { ...glossary, keep: ['ILPS'] } });
    expect(server.glossaries).toHaveLength(2);
  });

  it('reports the remaining quota', async () => {
    server.setQuota(500_000);
    await engine().translate({ from: 'en', to: 'fr', texts: ['Peace.'], settings: settings('fr') });
    expect(await engine().remaining!()).toBe('499,994 of 500,000 characters left this period');
  });
});
