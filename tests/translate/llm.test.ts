// The llm engine through its real HTTP path (its own fetch) against the OpenAI-compatible stand-in
// on 127.0.0.1: the wire contract, markup, glossary and context, retries, refused replies, tokens
// and the update of an approved translation after its source changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPatches, type EntryPatch } from '../../pipeline/review/patch.js';
import { checkReply, llmDefinition, llmEngine, type LlmOptions } from '../../pipeline/translate/engines/llm.js';
import { deeplDefinition } from '../../pipeline/translate/engines/deepl.js';
import { translateCatalog, type LedgerLine } from '../../pipeline/translate/run.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { updatedFrom } from '../../pipeline/review/update-note.js';
import { EditionsError } from '../../pipeline/errors.js';
import type { Catalog } from '../../pipeline/edition.js';
import type { LanguageSettings } from '../../pipeline/config.js';
import { LLM_STAND_IN_KEY, startLlmStandIn, type LlmStandIn } from '../support/llm-stand-in.js';
import { statement } from '../support/editions.js';

const settings = (code: string, formality: LanguageSettings['formality'] = 'default'): LanguageSettings => ({ code, engine: 'llm', formality, minTranslatedPercent: 80 });
const NOW = () => new Date('2026-11-24T10:00:00Z');
const MODEL = 'stand-in-model';

let server: LlmStandIn;
beforeEach(async () => {
  server = await startLlmStandIn({ key: LLM_STAND_IN_KEY });
});
afterEach(async () => {
  await server.close();
});

const engine = (options: Partial<LlmOptions> = {}) => llmEngine({ url: server.url, model: MODEL, key: LLM_STAND_IN_KEY, attempts: 3, timeoutMs: 2000, backoffMs: 10, ...options });

/** A catalog "on disk" in memory: each save applies the patches to it, as updateCatalog does to the file. */
function onDisk(start: Catalog, saved: Catalog[]) {
  let disk = start;
  return (patches: EntryPatch[]) => {
    disk = applyPatches(disk, patches).catalog;
    saved.push(disk);
    return disk;
  };
}

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
    order: statement.segments.map((segment) => segment.source),
    now: NOW,
    save: onDisk(catalog, saved),
    record: (line) => ledger.push(line),
    ...overrides,
  });
}

const seedCatalog = (language: string) => syncCatalog(statement.segments, undefined, language, statement.slug).catalog;

async function refusal(promise: Promise<unknown>): Promise<EditionsError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EditionsError);
  return error as EditionsError;
}

describe('translate/llm: the wire contract', () => {
  it('posts one chat completion per batch: system instructions, the JSON object as last user message, a json_schema response_format, the key as Bearer', async () => {
    const replies = await engine().translate({ from: 'en', to: 'de', texts: ['See <a i="0">the summit</a>.', 'The <em>people</em> yearn.'], context: 'A title', glossary: { NATO: 'NATO' }, settings: settings('de') });
    expect(replies).toEqual(['[DE] See <a i="0">the summit</a>.', '[DE] The <em>people</em> yearn.']);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe(`Bearer ${LLM_STAND_IN_KEY}`);
    expect(request.body).toMatchObject({ model: MODEL, temperature: 0 });
    const messages = request.body.messages as { role: string }[];
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(request.payload).toEqual({
      source_language: 'en',
      target_language: 'de',
      texts: ['See <a i="0">the summit</a>.', 'The <em>people</em> yearn.'],
      updates: [null, null],
      glossary: { NATO: 'NATO' },
      context: 'A title',
      other_translations: [],
    });
    expect(request.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { schema: { required: ['translations'], properties: { translations: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } } } },
    });
    // The key goes in the header only.
    expect(JSON.stringify(request.body)).not.toContain(LLM_STAND_IN_KEY);
  });

  it('tells the model the register of a formal language and what glossary and context mean', async () => {
    await engine().translate({ from: 'en', to: 'de', texts: ['Hello.'], context: 'T', glossary: { ILPS: 'ILPS' }, settings: settings('de', 'prefer_more') });
    await engine().translate({ from: 'en', to: 'fr', texts: ['Hello.'], settings: settings('fr', 'prefer_less') });
    expect(server.requests[0].system).toMatch(/formal register/);
    expect(server.requests[0].system).toMatch(/"glossary" maps source terms/);
    expect(server.requests[0].system).toMatch(/"context" is the statement's title/);
    expect(server.requests[0].system).toMatch(/German \(de\)/);
    expect(server.requests[1].system).toMatch(/informal register/);
    expect(server.requests[1].system).not.toMatch(/"glossary"/);
  });

  it('accepts a reply wrapped in a ```json fence, as small local models often send', async () => {
    server.fail({ reply: 'fenced' });
    expect(await engine().translate({ from: 'en', to: 'es', texts: ['<b>Peace</b> now.'], settings: settings('es') })).toEqual(['<b>[ES] Peace</b> now.']);
    expect(server.requests).toHaveLength(1);
  });
});

describe('translate/llm: a catalog of the seed statement', () => {
  it('drafts every segment with links and emphasis intact, origin "llm MODEL DATE", tokens in the ledger; a re-run sends nothing', async () => {
    const saved: Catalog[] = [];
    const ledger: LedgerLine[] = [];
    const catalog = seedCatalog('fr');
    // The seed has no inline markup: one entry gets a link, emphasis and code.
    catalog.entries[3] = { ...catalog.entries[3], source: 'The [League](https://ilps.info/en/) *condemns* `NATO`.' };
    const result = await job(catalog, 'fr', saved, ledger);
    const sent = server.requests.flatMap((request) => request.payload.texts);
    expect(result.sent).toBe(sent.length);
    expect(sent).toContain('The <a i="0">League</a> <em>condemns</em> <x i="1"/>.');
    expect(result.catalog.entries[3].translation).toBe('\\[FR] The [League](https://ilps.info/en/) *condemns* `NATO`.');
    const entries = result.catalog.entries;
    expect(entries.every((entry) => entry.state === 'needs-review' && entry.origin === `llm ${MODEL} 2026-11-24`)).toBe(true);
    // Every link URL of the source is still there, and no other.
    for (const entry of entries) {
      const urls = (text: string) => [...text.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]).sort();
      expect(urls(entry.translation)).toEqual(urls(entry.source));
      expect(entry.translation.startsWith('[FR] ') || entry.translation.includes('[FR]')).toBe(true);
    }
    const tokens = server.tokens();
    expect(tokens.prompt).toBeGreaterThan(0);
    expect(ledger.reduce((sum, line) => sum + (line.promptTokens ?? 0), 0)).toBe(tokens.prompt);
    expect(ledger.reduce((sum, line) => sum + (line.completionTokens ?? 0), 0)).toBe(tokens.completion);
    expect(ledger.every((line) => line.engine === `llm ${MODEL}` && line.language === 'fr')).toBe(true);

    const again = await job(result.catalog, 'fr', [], ledger);
    expect(again.sent).toBe(0);
    expect(server.requests.flatMap((request) => request.payload.texts)).toHaveLength(sent.length);
  });

  it('sends the glossary, the title and the neighbouring paragraphs, and other languages\' approved translations', async () => {
    const catalog = seedCatalog('es');
    const target = statement.segments.find((segment) => segment.source.startsWith('Finally NATO bragged'))!.source;
    const only = { ...catalog, entries: catalog.entries.map((entry) => (entry.source === target ? entry : { ...entry, translation: 'x', state: 'approved' as const })) };
    await job(only, 'es', [], [], {
      glossary: { keep: ['ILPS', 'Biden'], terms: { es: { NATO: 'OTAN' } } },
      others: [{ language: 'fr', bySource: new Map([[target, 'Enfin l’OTAN s’est vantée…']]) }],
    });
    expect(server.requests).toHaveLength(1);
    const { payload } = server.requests[0];
    expect(payload.texts).toHaveLength(1);
    expect(payload.glossary).toEqual({ ILPS: 'ILPS', Biden: 'Biden', NATO: 'OTAN' });
    expect(payload.context).toContain('ILPS condemns the 2024 NATO Summit in Washington');
    expect(payload.context).toContain('NATO is therefore anti-woman');
    expect(payload.context).toContain('NATO’s war summit foreshadows');
    expect(payload.other_translations).toEqual([{ language: 'fr', translations: ['Enfin l’OTAN s’est vantée…'] }]);
    expect(server.requests[0].system).toMatch(/"other_translations"/);
  });

  it('other languages\' approved translations go as placeholder XML numbered like the text: their link URLs stay here', async () => {
    const catalog = manyParagraphs(1);
    const source = catalog.entries[0].source;
    await job(catalog, 'de', [], [], { order: undefined, others: [{ language: 'fr', bySource: new Map([[source, 'Paragraphe numéro 1 sur [le sommet](https://example.org/0).']]) }] });
    const { payload } = server.requests[0];
    expect(payload.texts).toEqual(['Paragraph number 1 about <a i="0">the summit</a>.']);
    expect(payload.other_translations).toEqual([{ language: 'fr', translations: ['Paragraphe numéro 1 sur <a i="0">le sommet</a>.'] }]);
    expect(JSON.stringify(server.requests[0].body)).not.toContain('https://example.org/0');
  });

  it('neighbouring paragraphs go as context without their link URLs or code', async () => {
    const body = 'Before [the secret plan](https://internal.example/plan) and `token-123`.\n\nThe paragraph to translate.\n\nAfter.';
    const parsed = parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/n.md', 'n');
    const catalog = syncCatalog(parsed.segments, undefined, 'de', 'n').catalog;
    const only = { ...catalog, entries: catalog.entries.map((entry) => (entry.source === 'The paragraph to translate.' ? entry : { ...entry, translation: 'x', state: 'approved' as const })) };
    await job(only, 'de', [], [], { order: parsed.segments.map((segment) => segment.source), context: 'T' });
    const { payload } = server.requests[0];
    expect(payload.texts).toEqual(['The paragraph to translate.']);
    expect(payload.context).toBe('T\n\nBefore the secret plan and .\n\nAfter.');
  });

  it('without usage in the reply the ledger records no tokens (it never guesses)', async () => {
    server.fail({ reply: 'no-usage' });
    const ledger: LedgerLine[] = [];
    const catalog = manyParagraphs(2);
    await job(catalog, 'de', [], ledger, { order: undefined });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).not.toHaveProperty('promptTokens');
    expect(ledger[0].segments).toBe(2);
  });
});

describe('translate/llm: faults', () => {
  it('retries 429 (with and without Retry-After), 500, 503 and a hang past the time-out, then answers', async () => {
    server.fail({ status: 429, retryAfter: 1 }, { status: 503 });
    expect(await engine().translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') })).toEqual(['[DE] One.']);
    server.fail({ status: 429 }, { status: 500 });
    expect(await engine().translate({ from: 'en', to: 'de', texts: ['Two.'], settings: settings('de') })).toEqual(['[DE] Two.']);
    server.fail({ hang: 3000 });
    expect(await engine({ timeoutMs: 300 }).translate({ from: 'en', to: 'de', texts: ['Three.'], settings: settings('de') })).toEqual(['[DE] Three.']);
    expect(server.requests.map((request) => request.payload.texts[0])).toEqual(['One.', 'One.', 'One.', 'Two.', 'Two.', 'Two.', 'Three.', 'Three.']);
  });

  it('gives up after its attempts with llm-connection (exit 3), naming the last failure', async () => {
    server.fail({ status: 503 }, { status: 503 }, { status: 503 });
    const error = await refusal(engine().translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') }));
    expect(error).toMatchObject({ rule: 'llm-connection', exitCode: 3 });
    expect(error.message).toContain('after 3 attempts (HTTP 503: stand-in fault 503)');
    expect(server.requests).toHaveLength(3);
  });

  it('stops at once on 401 with llm-auth and never shows the key', async () => {
    const wrong = 'sk-wrong-key-that-must-stay-secret-42';
    const error = await refusal(engine({ key: wrong }).translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') }));
    expect(error).toMatchObject({ rule: 'llm-auth', exitCode: 3 });
    expect(error.message).toContain('HTTP 401');
    expect(error.message).not.toContain(wrong);
    expect(server.requests).toHaveLength(0);
    expect(server.hits()).toBe(1);
  });

  it('a reply with the wrong count, a missing tag or non-JSON content is asked for once more', async () => {
    for (const reply of ['wrong-count', 'missing-tag', 'not-json'] as const) {
      server.requests.length = 0;
      server.fail({ reply });
      expect(await engine().translate({ from: 'en', to: 'de', texts: ['A <b>bold</b> move.', 'Second.'], settings: settings('de') })).toEqual(['[DE] A <b>bold</b> move.', '[DE] Second.']);
      expect(server.requests).toHaveLength(2);
    }
  });

  it('twice broken: refused with engine-reply, nothing saved, nothing else sent', async () => {
    const cases = [
      ['wrong-count', /answered twice with 1 translations for 2 texts/],
      ['missing-tag', /answered twice with the markup of text 1 changed/],
      ['not-json', /answered twice with content that is not JSON/],
    ] as const;
    for (const [reply, message] of cases) {
      server.requests.length = 0;
      server.fail({ reply }, { reply });
      const saved: Catalog[] = [];
      const ledger: LedgerLine[] = [];
      const error = await refusal(job(manyParagraphs(2), 'de', saved, ledger, { order: undefined }));
      expect(error.rule).toBe('engine-reply');
      expect(error.message).toMatch(message);
      expect(server.requests).toHaveLength(2);
      expect(saved.flatMap((catalog) => catalog.entries).filter((entry) => entry.state !== 'untranslated')).toEqual([]);
      // The refused replies still cost tokens: the ledger says so, with no segment or character counted.
      expect(ledger).toEqual([expect.objectContaining({ segments: 0, characters: 0, promptTokens: expect.any(Number) })]);
      expect(ledger[0].promptTokens).toBeGreaterThan(0);
    }
  });

  it('a reply cut off at the model\'s length limit twice is refused with what would help', async () => {
    server.fail({ reply: 'cut-off' }, { reply: 'cut-off' });
    const error = await refusal(engine().translate({ from: 'en', to: 'de', texts: ['One.', 'Two.'], settings: settings('de') }));
    expect(error.rule).toBe('engine-reply');
    expect(error.message).toContain('content that is not JSON, cut off at the model\'s length limit (finish_reason "length"); give the model a larger context (Ollama: OLLAMA_CONTEXT_LENGTH=16384 ollama serve)');
  });

  it('a body that is not a chat completion is refused with engine-reply and a hint about the URL', async () => {
    server.fail({ reply: 'not-completion' });
    const error = await refusal(engine().translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') }));
    expect(error.rule).toBe('engine-reply');
    expect(error.message).toMatch(/not a chat completion.*ending in \/v1/);
  });
});

describe('translate/llm: what a reply must hold', () => {
  const texts = ['A <b>bold</b> <x i="0"/> move.<br/>'];
  it('accepts the tag spellings restore() reads alike, in any order', () => {
    for (const reply of ['Ein <b>kühner</b> <x i="0"></x> Zug.<br>', 'Ein <x i="0" /> <b>kühner</b> Zug.<br />']) expect(checkReply(JSON.stringify({ translations: [reply] }), texts)).toEqual([reply]);
  });
  it('refuses crossed tags, a stray "<", a missing or an added tag, and an empty translation, so the request is asked for again', () => {
    for (const reply of ['Ein <b>kühner <x i="0"/> Zug.<br/>', 'Ein <b>kühner</b> <x i="0"/> Zug < 2.<br/>', 'Ein kühner <x i="0"/> Zug.<br/>', 'Ein <b>kühner</b> <x i="0"/> <x i="1"/> Zug.<br/>']) {
      expect(checkReply(JSON.stringify({ translations: [reply] }), texts)).toMatch(/markup of text 1 changed/);
    }
    // Crossed tags: the same tags (the multiset matches), but they do not nest.
    expect(checkReply(JSON.stringify({ translations: ['<b>x <em>y</b></em>'] }), ['<b>x</b> <em>y</em>'])).toMatch(/markup of text 1 changed/);
    expect(checkReply(JSON.stringify({ translations: ['  '] }), ['Hello.'])).toBe('an empty translation');
    expect(checkReply(JSON.stringify({ translations: 'Hallo.' }), ['Hello.'])).toBe('no "translations" list of strings');
  });
});

describe('translate/llm: set-up and endpoint mistakes', () => {
  it('refuses a variable that is not a whole number above 0 instead of ignoring it', async () => {
    for (const [name, value] of [['EDITIONS_LLM_ATTEMPTS', 'three'], ['EDITIONS_LLM_TIMEOUT_MS', '0']]) {
      const error = await refusal(llmDefinition.make({ EDITIONS_LLM_URL: server.url, EDITIONS_LLM_MODEL: MODEL, [name]: value }));
      expect(error).toMatchObject({ rule: 'bad-environment' });
      expect(error.message).toContain(`${name} must be a whole number above 0, not "${value}"`);
    }
    await refusal(llmDefinition.make({ EDITIONS_LLM_URL: 'ftp://127.0.0.1/v1', EDITIONS_LLM_MODEL: MODEL }));
    // DeepL's variables are read by the same rule (registry.wholeVariable).
    const deepl = await refusal(deeplDefinition.make({ DEEPL_AUTH_KEY: 'k:fx', EDITIONS_DEEPL_ATTEMPTS: '-1' }));
    expect(deepl.message).toContain('EDITIONS_DEEPL_ATTEMPTS must be a whole number above 0, not "-1"');
  });

  it('a 404 (a base URL without /v1) stops with llm-failed and says what to check', async () => {
    const error = await refusal(engine({ url: server.url.replace(/\/v1$/, '') }).translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') }));
    expect(error).toMatchObject({ rule: 'llm-failed', exitCode: 3 });
    expect(error.message).toContain('HTTP 404: Not found (is EDITIONS_LLM_URL the API\'s base URL, ending in /v1');
  });

  it('an answer that stalls after its headers is retried like a time-out', async () => {
    server.fail({ stall: 3000 });
    expect(await engine({ timeoutMs: 300 }).translate({ from: 'en', to: 'de', texts: ['One.'], settings: settings('de') })).toEqual(['[DE] One.']);
    expect(server.hits()).toBe(2);
  });
});

describe('translate/llm: updating an approved translation after its source changed', () => {
  it('sends previous_source and previous_translation, keeps the editor\'s words, needs review with origin "llm MODEL update DATE" and the updated-from note', async () => {
    const old = 'Finally NATO bragged that, “more than two-thirds of Allies have fulfilled their commitment.”';
    const edited = 'Finally NATO bragged that, “more than three-quarters of Allies have fulfilled their commitment.”';
    const approved = 'Schließlich prahlte die NATO: „more than two-thirds of Allies have fulfilled their commitment.“';
    const parse = (text: string) => parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${text}\n\nA second paragraph.\n`, 'source/u.md', 'u');
    const before = syncCatalog(parse(old).segments, undefined, 'de', 'u').catalog;
    const approvedCatalog = { ...before, entries: before.entries.map((entry) => (entry.source === old ? { ...entry, translation: approved, state: 'approved' as const } : entry)) };
    const stale = syncCatalog(parse(edited).segments, approvedCatalog, 'de', 'u').catalog;
    const entry = stale.entries.find((item) => item.source === edited)!;
    expect(entry).toMatchObject({ state: 'stale', approvedBeforeChange: true, previousSource: old });

    const saved: Catalog[] = [];
    const result = await job(stale, 'de', saved, [], { order: undefined, context: 'T' });
    const sent = server.requests[0].payload;
    const index = sent.texts.indexOf(edited);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(sent.updates[index]).toEqual({ previous_source: old, previous_translation: approved });
    expect(sent.updates.filter(Boolean)).toHaveLength(1);
    expect(server.requests[0].system).toMatch(/changed ONLY where the difference/);

    const after = result.catalog.entries.find((item) => item.source === edited)!;
    expect(after.translation).toBe('Schließlich prahlte die NATO: „more than three-quarters of Allies have fulfilled their commitment.“');
    expect(after).toMatchObject({ state: 'needs-review', origin: `llm ${MODEL} update 2026-11-24`, previousSource: undefined, approvedBeforeChange: undefined });
    expect(updatedFrom(after.notes)).toEqual({ source: old, translation: approved });
    expect(server.updatesServed).toEqual(['edited']);
  });
});

describe('regression: an update whose approved translation orders links differently', () => {
  it('numbers the placeholders of previous_source and previous_translation as in the new text, so no link moves to another phrase', async () => {
    const old = 'See [one](https://a.example/) and [two](https://b.example/) soon.';
    const edited = 'See [one](https://a.example/) and [two](https://b.example/) sooner.';
    const approved = 'Bald [zwei](https://b.example/) und [eins](https://a.example/) soon.';
    const parse = (text: string) => parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${text}\n`, 'source/u.md', 'u');
    const before = syncCatalog(parse(old).segments, undefined, 'de', 'u').catalog;
    const approvedCatalog = { ...before, entries: before.entries.map((entry) => (entry.source === old ? { ...entry, translation: approved, state: 'approved' as const } : { ...entry, translation: 'T', state: 'approved' as const })) };
    const stale = syncCatalog(parse(edited).segments, approvedCatalog, 'de', 'u').catalog;
    const result = await job(stale, 'de', [], [], { order: undefined, context: 'T' });
    expect(server.requests[0].payload.updates[0]).toEqual({
      previous_source: 'See <a i="0">one</a> and <a i="1">two</a> soon.',
      previous_translation: 'Bald <a i="1">zwei</a> und <a i="0">eins</a> soon.',
    });
    expect(result.catalog.entries.find((entry) => entry.source === edited)?.translation).toBe('Bald [zwei](https://b.example/) und [eins](https://a.example/) sooner.');
  });
});

/** A statement of `count` short paragraphs with links. */
function manyParagraphs(count: number) {
  const body = Array.from({ length: count }, (_, index) => `Paragraph number ${index + 1} about [the summit](https://example.org/${index}).`).join('\n\n');
  const parsed = parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/many.md', 'many');
  return { ...syncCatalog(parsed.segments, undefined, 'de', 'many').catalog, entries: syncCatalog(parsed.segments, undefined, 'de', 'many').catalog.entries.filter((entry) => entry.source.startsWith('Paragraph')) };
}
