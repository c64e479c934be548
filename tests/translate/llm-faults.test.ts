// The llm engine's faults through its real HTTP path against the stand-in: retries, refusals, what a
// reply must hold, and set-up mistakes. Short time-outs and back-off keep it quick.
import { describe, expect, it } from 'vitest';
import { checkReply, llmDefinition } from '../../pipeline/translate/engines/llm.js';
import { deeplDefinition } from '../../pipeline/translate/engines/deepl.js';
import type { Catalog } from '../../pipeline/edition.js';
import type { LedgerLine } from '../../pipeline/translate/run.js';
import { statement } from '../support/editions.js';
import { MODEL, engine, job, manyParagraphs, refusal, server, settings, useLlmStandIn } from '../support/llm-jobs.js';

useLlmStandIn();

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
      // The engine cannot know the catalog; the refusal names it and the request's first entry.
      expect(error.place).toEqual({ file: `locales/de/${statement.slug}.po`, line: 0 });
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
