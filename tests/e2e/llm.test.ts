// End to end: `editions translate`, `build`, `status` and `doctor` with the llm engine, the real CLI
// talking to the OpenAI-compatible stand-in through EDITIONS_LLM_URL. Proves what is sent, what is
// saved, what is refused, what it costs, that the key stays secret, and the update of approved work.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../pipeline/review/po.js';
import { updatedFrom } from '../../pipeline/review/update-note.js';
import { protect } from '../../pipeline/translate/markup.js';
import { LLM_STAND_IN_KEY, startLlmStandIn, type LlmStandIn } from '../support/llm-stand-in.js';
import { listFiles, makeWorkspace, read, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const MODEL = 'stand-in-model';
const TODAY = () => new Date().toISOString().slice(0, 10);
const MARKUP = 'Read the [full declaration](https://www.nato.int/cps/en/natohq/official_texts_227678.htm) and *act* **now**.';
let server: LlmStandIn;
const made: string[] = [];

beforeAll(() => {
  // A developer's own model settings must not leak into these runs.
  for (const name of Object.keys(process.env)) if (name.startsWith('EDITIONS_LLM_')) delete process.env[name];
});
beforeEach(async () => {
  server = await startLlmStandIn({ key: LLM_STAND_IN_KEY });
});
afterEach(async () => {
  await server.close();
});
afterAll(() => made.forEach(removeWorkspace));

/** A workspace of the seed statement plus one paragraph with a link and emphasis (the seed has none). */
function workspace(languages: (string | Record<string, unknown>)[] = ['de', 'fr', 'ja'], extraConfig = 'engine: llm\n'): string {
  const root = makeWorkspace({ languages, extraConfig });
  made.push(root);
  writeFileSync(sourceFile(root), `${readFileSync(sourceFile(root), 'utf8').trimEnd()}\n\n${MARKUP}\n`);
  return root;
}
const env = (extra: Record<string, string> = {}) => ({ EDITIONS_LLM_URL: server.url, EDITIONS_LLM_MODEL: MODEL, EDITIONS_LLM_KEY: LLM_STAND_IN_KEY, EDITIONS_LLM_ATTEMPTS: '2', EDITIONS_LLM_TIMEOUT_MS: '2000', ...extra });
const catalog = (root: string, language: string) => readCatalog(read(root, `locales/${language}/${SLUG}.po`), 'x.po');
const sourceFile = (root: string) => path.join(root, 'source', `${SLUG}.md`);
const ledger = (root: string) => read(root, 'locales/mt-ledger.jsonl').trim().split('\n').map((line) => JSON.parse(line) as Record<string, number | string>);
const sum = (lines: Record<string, number | string>[], field: string) => lines.reduce((total, line) => total + Number(line[field] ?? 0), 0);

describe('e2e llm: drafts, cost and a free re-run', () => {
  it('drafts three languages with the link and emphasis intact, tokens in the ledger; a re-run sends nothing', async () => {
    const root = workspace();
    const first = await runCli(['--root', root, 'translate'], env());
    expect(first.code, first.stderr).toBe(0);
    expect(server.requests.map((request) => request.payload.target_language)).toEqual(['de', 'fr', 'ja']);
    const segments = server.requests[0].payload.texts.length;
    expect(server.requests.every((request) => request.payload.texts.length === segments)).toBe(true);
    expect(server.requests[0].payload.texts).toContain('Read the <a i="0">full declaration</a> and <em>act</em> <b>now</b>.');
    expect(first.stdout).toContain(`Machine-translated ${3 * segments} segments`);
    for (const language of ['de', 'fr', 'ja']) {
      const entries = catalog(root, language).entries;
      expect(entries.every((entry) => entry.state === 'needs-review' && entry.origin === `llm ${MODEL} ${TODAY()}`)).toBe(true);
      expect(entries.find((entry) => entry.source === MARKUP)?.translation).toBe(`\\[${language.toUpperCase()}] Read the [full declaration](https://www.nato.int/cps/en/natohq/official_texts_227678.htm) and *act* **now**.`);
    }
    const lines = ledger(root);
    expect(lines.map((line) => [line.engine, line.language, line.segments])).toEqual([[`llm ${MODEL}`, 'de', segments], [`llm ${MODEL}`, 'fr', segments], [`llm ${MODEL}`, 'ja', segments]]);
    expect(sum(lines, 'promptTokens')).toBe(server.tokens().prompt);
    expect(sum(lines, 'completionTokens')).toBe(server.tokens().completion);

    const again = await runCli(['--root', root, 'translate'], env());
    expect(again.code).toBe(0);
    expect(server.hits()).toBe(3);
    expect(again.stdout).toContain('Machine-translated 0 segments (0 characters)');
  });

  it('sends the glossary for each language and the title as context', async () => {
    const root = workspace(['fr', 'ru']);
    writeFileSync(path.join(root, 'locales/glossary.yaml'), 'keep:\n  - ILPS\n  - Biden\nterms:\n  fr: { NATO: OTAN }\n  ru: { NATO: НАТО }\n');
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code, result.stderr).toBe(0);
    const [fr, ru] = server.requests.map((request) => request.payload);
    expect(fr.glossary).toEqual({ ILPS: 'ILPS', Biden: 'Biden', NATO: 'OTAN' });
    expect(ru.glossary).toEqual({ ILPS: 'ILPS', Biden: 'Biden', NATO: 'НАТО' });
    expect(fr.context).toContain('ILPS condemns the 2024 NATO Summit in Washington');
    // The stand-in applies the glossary as a model would: the required term is in the draft.
    expect(catalog(root, 'fr').entries.find((entry) => entry.source.startsWith('The NATO declaration'))?.translation).toContain('OTAN declaration');
  });

  it('--dry-run estimates characters and tokens per language and sends nothing', async () => {
    const root = workspace(['de', 'fr']);
    const result = await runCli(['--root', root, 'translate', '--dry-run'], env());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^de: \d+ segments, \d+ characters \(about [\d,]+ tokens\) would be sent to llm;/m);
    expect(result.stdout).toContain('Nothing was sent.');
    expect(server.hits()).toBe(0);
  });
});

describe('e2e llm: faults', () => {
  it('retries 429 (Retry-After) and 503, then saves the drafts', async () => {
    const root = workspace(['de']);
    server.fail({ status: 429, retryAfter: 1 }, { status: 503 });
    const result = await runCli(['--root', root, 'translate'], env({ EDITIONS_LLM_ATTEMPTS: '3' }));
    expect(result.code, result.stderr).toBe(0);
    expect(server.hits()).toBe(3);
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
  });

  it('a reply broken twice is refused [engine-reply]: exit 1, nothing saved, the spent tokens in the ledger', async () => {
    const root = workspace(['de']);
    server.fail({ reply: 'wrong-count' }, { reply: 'missing-tag' });
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^editions: locales/de/${SLUG}\\.po(:\\d+)?: the language model .*answered twice with the markup of text \\d+ changed .*nothing from this request was saved.* \\[engine-reply\\]$`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'untranslated' && !entry.translation)).toBe(true);
    expect(ledger(root)).toEqual([expect.objectContaining({ language: 'de', segments: 0, characters: 0, promptTokens: expect.any(Number) })]);
  });

  it('a refusal in the second language keeps the first language\'s drafts; the next run sends only what is missing', async () => {
    const root = workspace(['de', 'fr']);
    server.fail({ pass: true }, { reply: 'not-json' }, { reply: 'not-json' });
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/answered twice with content that is not JSON.*\[engine-reply\]/);
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
    expect(catalog(root, 'fr').entries.every((entry) => entry.state === 'untranslated')).toBe(true);
    const again = await runCli(['--root', root, 'translate'], env());
    expect(again.code, again.stderr).toBe(0);
    expect(server.requests.slice(3).map((request) => request.payload.target_language)).toEqual(['fr']);
    expect(catalog(root, 'fr').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
  });

  it('a hang past the time-out, twice, stops with llm-connection (exit 3); the next run completes', async () => {
    const root = workspace(['de']);
    server.fail({ hang: 5000 }, { hang: 5000 });
    const result = await runCli(['--root', root, 'translate'], env({ EDITIONS_LLM_TIMEOUT_MS: '300' }));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/did not answer after 2 attempts \(no answer within 300 ms\).*\[llm-connection\]/);
    const retry = await runCli(['--root', root, 'translate'], env());
    expect(retry.code, retry.stderr).toBe(0);
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
  });
});

describe('e2e llm: the key stays secret', () => {
  it('never appears in a file under the workspace, in stdout or stderr, including on a 401', async () => {
    const root = workspace(['de', 'fr']);
    const runs = [
      await runCli(['--root', root, 'build'], env()),
      await runCli(['--root', root, 'translate', '--dry-run'], env()),
      await runCli(['--root', root, 'status'], env()),
      await runCli(['--root', root, 'doctor'], env()),
    ];
    expect(runs[0].code, runs[0].stderr).toBe(0);
    const wrong = 'sk-wrong-key-never-to-be-shown-9876543210';
    writeFileSync(sourceFile(root), `${readFileSync(sourceFile(root), 'utf8')}\nOne more paragraph.\n`);
    const refused = await runCli(['--root', root, 'translate'], env({ EDITIONS_LLM_KEY: wrong }));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/refused the request \(HTTP 401\); check EDITIONS_LLM_KEY \[llm-auth\]/);
    for (const run of [...runs, refused]) {
      for (const secret of [LLM_STAND_IN_KEY, wrong]) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
    }
    for (const file of listFiles(root)) {
      const bytes = readFileSync(path.join(root, file));
      expect(bytes.includes(LLM_STAND_IN_KEY), file).toBe(false);
      expect(bytes.includes(wrong), file).toBe(false);
    }
  });
});

describe('e2e llm: an approved translation is updated, not retranslated', () => {
  it('sends updates[i] with the previous source and approved translation; the entry needs review with origin "llm MODEL update DATE" and the updated-from note', async () => {
    const root = workspace(['de']);
    expect((await runCli(['--root', root, 'translate'], env())).code).toBe(0);
    const file = path.join(root, `locales/de/${SLUG}.po`);
    // An editor approves everything (clears every fuzzy flag, as Poedit does) and rewords one sentence.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^#, fuzzy\n/gm, '').replace('[DE] NATO’s war summit foreshadows', '[DE] Der Kriegsgipfel der NATO foreshadows'));
    const before = catalog(root, 'de').entries.find((entry) => entry.source.includes('The people yearn to be free.'))!;
    expect(before).toMatchObject({ state: 'approved' });
    expect(before.translation).toContain('Der Kriegsgipfel der NATO');
    const oldSource = before.source;
    writeFileSync(sourceFile(root), readFileSync(sourceFile(root), 'utf8').replace('The people yearn to be free.', 'The people yearn to be free, and they will be.'));

    const hits = server.hits();
    const dry = await runCli(['--root', root, 'translate', '--dry-run'], env());
    expect(dry.stdout).toMatch(/^de: 1 segments, \d+ characters \(about [\d,]+ tokens\) would be sent to llm; 0 from memory; 1 approved entries whose source changed would be updated, not retranslated; 0 stale approved entries wait for an editor$/m);
    expect(server.hits()).toBe(hits);
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code, result.stderr).toBe(0);
    const request = server.requests.at(-1)!.payload;
    expect(request.texts).toHaveLength(1);
    expect(request.texts[0]).toContain('The people yearn to be free, and they will be.');
    // Both as the same placeholder XML as the texts (the Markdown escape of "[DE]" is gone).
    expect(request.updates).toEqual([{ previous_source: protect(oldSource).xml, previous_translation: protect(before.translation).xml }]);
    expect(request.updates[0]?.previous_translation).toContain('[DE] Der Kriegsgipfel der NATO foreshadows');

    const after = catalog(root, 'de').entries.find((entry) => entry.source.includes('they will be'))!;
    expect(after.state).toBe('needs-review');
    expect(after.origin).toBe(`llm ${MODEL} update ${TODAY()}`);
    // Only what the source change required is different: the editor's wording is still there.
    expect(after.translation).toBe(before.translation.replace('free.', 'free, and they will be.'));
    expect(updatedFrom(after.notes)).toEqual({ source: oldSource, translation: before.translation });
    expect(read(root, `locales/de/${SLUG}.po`)).toContain('# updated-from: {"source":');
    expect(server.updatesServed).toEqual(['edited']);
    // Every other approved entry stayed approved and was not sent.
    expect(catalog(root, 'de').entries.filter((entry) => entry.state !== 'approved')).toHaveLength(1);
  });
});

describe('e2e llm: choosing the engine', () => {
  it('status and doctor name the engine; status totals characters, requests and tokens', async () => {
    const root = workspace(['de', 'fr']);
    expect((await runCli(['--root', root, 'translate'], env())).code).toBe(0);
    const status = await runCli(['--root', root, 'status'], env());
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`^${SLUG}\\s+de\\s.*\\sllm$`, 'm'));
    const lines = ledger(root);
    expect(status.stdout).toContain(`llm: ${sum(lines, 'characters')} characters in 2 requests (${sum(lines, 'promptTokens') + sum(lines, 'completionTokens')} tokens)`);
    const doctor = await runCli(['--root', root, 'doctor'], env());
    expect(doctor.stdout).toMatch(new RegExp(`^de\\s+target\\s+ok\\s+engine: llm: model ${MODEL} at ${server.url} \\(${server.url} answers\\)$`, 'm'));
  });

  it('doctor says when the endpoint does not answer, and engine: llm then blocks (exit 1)', async () => {
    const root = workspace(['de']);
    const closed = await startLlmStandIn();
    await closed.close();
    const doctor = await runCli(['--root', root, 'doctor'], env({ EDITIONS_LLM_URL: closed.url }));
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`engine: llm: model stand-in-model at ${closed.url}, but ${closed.url} does not answer (ECONNREFUSED); start the model server or fix EDITIONS_LLM_URL`);
  });

  it('auto: DeepL when its key is set, else llm when EDITIONS_LLM_URL and a model are set, else Apertium', async () => {
    const root = workspace(['es'], '');
    const engineOf = async (extra: Record<string, string | undefined>) => {
      const status = await runCli(['--root', root, 'status', '--json'], extra as Record<string, string>);
      return (JSON.parse(status.stdout) as { languages: { engine: string }[] }).languages[0].engine;
    };
    expect(await engineOf({ ...env(), DEEPL_AUTH_KEY: 'deepl-key-for-choice-only:fx' })).toBe('deepl');
    expect(await engineOf(env())).toBe('llm');
    expect(await engineOf({ EDITIONS_LLM_URL: server.url })).toBe('apertium');
    expect(await engineOf({})).toBe('apertium');
  });

  it('--engine llm overrides the config, and engine: llm in a language\'s settings chooses it', async () => {
    const root = workspace(['es', { code: 'fr', engine: 'llm' }], 'engine: apertium\n');
    const dry = await runCli(['--root', root, 'translate', '--dry-run'], env());
    expect(dry.stdout).toMatch(/^es: .* would be sent to apertium;/m);
    expect(dry.stdout).toMatch(/^fr: .* would be sent to llm;/m);
    const forced = await runCli(['--root', root, 'translate', '--dry-run', '--engine', 'llm'], env());
    expect(forced.stdout).toMatch(/^es: .* would be sent to llm;/m);
    const bad = await runCli(['--root', root, 'translate', '--engine', 'gpt'], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/llm/);
  });
});
