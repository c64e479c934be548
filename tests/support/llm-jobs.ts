// What the llm engine tests share: the stand-in started and stopped around each test, an engine
// on it, and translateCatalog jobs whose catalog "on disk" is a value in memory.
import { afterEach, beforeEach, expect } from 'vitest';
import { onDisk } from './on-disk.js';
import { llmEngine, type LlmOptions } from '../../pipeline/translate/engines/llm.js';
import { translateCatalog, type LedgerLine } from '../../pipeline/translate/run.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { EditionsError } from '../../pipeline/errors.js';
import type { Catalog } from '../../pipeline/edition.js';
import type { LanguageSettings } from '../../pipeline/config.js';
import { LLM_STAND_IN_KEY, startLlmStandIn, type LlmStandIn } from './llm-stand-in.js';
import { statement } from './editions.js';

export const MODEL = 'stand-in-model';
export const NOW = () => new Date('2026-11-24T10:00:00Z');
export const settings = (code: string, formality: LanguageSettings['formality'] = 'default'): LanguageSettings => ({ code, engine: 'llm', formality, minTranslatedPercent: 80 });

/** The stand-in of the running test (a live binding: call useLlmStandIn() once per test file). */
export let server: LlmStandIn;
export function useLlmStandIn(): void {
  beforeEach(async () => {
    server = await startLlmStandIn({ key: LLM_STAND_IN_KEY });
  });
  afterEach(async () => {
    await server.close();
  });
}

/** The llm engine on the stand-in, with short time-outs and back-off. */
export const engine = (options: Partial<LlmOptions> = {}) => llmEngine({ url: server.url, model: MODEL, key: LLM_STAND_IN_KEY, attempts: 3, timeoutMs: 2000, backoffMs: 10, ...options });


export function job(catalog: Catalog, language: string, saved: Catalog[], ledger: LedgerLine[], overrides: Partial<Parameters<typeof translateCatalog>[0]> = {}) {
  return translateCatalog({
    catalog,
    statement: statement.slug,
    file: `locales/${language}/${statement.slug}.po`,
    from: 'en',
    settings: settings(language),
    engine: engine(),
    memory: new Map(),
    context: statement.meta.title,
    order: statement.segments.map((segment) => segment.source),
    now: NOW,
    save: onDisk(catalog, saved),
    record: (line) => ledger.push(line),
    ...overrides,
  });
}

export const seedCatalog = (language: string) => syncCatalog(statement.segments, undefined, language, statement.slug).catalog;

export async function refusal(promise: Promise<unknown>): Promise<EditionsError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EditionsError);
  return error as EditionsError;
}

/** A statement of `count` short paragraphs with links. */
export function manyParagraphs(count: number) {
  const body = Array.from({ length: count }, (_, index) => `Paragraph number ${index + 1} about [the summit](https://example.org/${index}).`).join('\n\n');
  const parsed = parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/many.md', 'many');
  return { ...syncCatalog(parsed.segments, undefined, 'de', 'many').catalog, entries: syncCatalog(parsed.segments, undefined, 'de', 'many').catalog.entries.filter((entry) => entry.source.startsWith('Paragraph')) };
}
