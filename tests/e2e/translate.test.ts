// End to end: `editions translate` and `build` with DeepL, the real deepl-node client talking to the
// stand-in server through DEEPL_SERVER_URL. Proves what is sent, what is never sent, and recovery.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../pipeline/review/po.js';
import { startDeeplStandIn, type StandIn } from '../support/deepl-stand-in.js';
import { REPO, listFiles, makeWorkspace, read, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const LANGUAGES = ['de', 'fr', 'ja'];
let server: StandIn;
const made: string[] = [];
beforeEach(async () => {
  server = await startDeeplStandIn();
});
afterEach(async () => {
  await server.close();
});
afterAll(() => made.forEach(removeWorkspace));

const workspace = () => {
  const root = makeWorkspace({ languages: LANGUAGES, extraConfig: 'engine: deepl\n' });
  made.push(root);
  return root;
};
const env = () => ({ DEEPL_AUTH_KEY: server.key, DEEPL_SERVER_URL: server.url, EDITIONS_DEEPL_ATTEMPTS: '2', EDITIONS_DEEPL_TIMEOUT_MS: '3000' });
const catalog = (root: string, language: string) => readCatalog(read(root, `locales/${language}/${SLUG}.po`), 'x.po');
const sourceFile = (root: string) => path.join(root, 'source', `${SLUG}.md`);

describe('e2e: machine translation costs only what changed', () => {
  it('first run sends every segment once per language; a re-run sends 0 characters', async () => {
    const root = workspace();
    const first = await runCli(['--root', root, 'translate'], env());
    expect(first.code).toBe(0);
    expect(server.requests.map((request) => request.targetLang)).toEqual(['DE', 'FR', 'JA']);
    expect(server.requests.every((request) => request.texts.length === 12)).toBe(true);
    const firstBilled = server.billed();
    expect(first.stdout).toContain(`Machine-translated 36 segments (${firstBilled} characters)`);
    for (const language of LANGUAGES) {
      const entries = catalog(root, language).entries;
      expect(entries.every((entry) => entry.state === 'needs-review' && entry.origin?.startsWith('deepl '))).toBe(true);
    }
    const ledger = read(root, 'locales/mt-ledger.jsonl').trim().split('\n').map((line) => JSON.parse(line));
    expect(ledger.map((line) => [line.language, line.segments])).toEqual([['de', 12], ['fr', 12], ['ja', 12]]);
    expect(ledger.reduce((sum, line) => sum + line.characters, 0)).toBe(firstBilled);

    const again = await runCli(['--root', root, 'translate'], env());
    expect(again.code).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(server.billed()).toBe(firstBilled);
    expect(again.stdout).toContain('Machine-translated 0 segments (0 characters)');
  });

  it('editing one sentence sends only that segment, once per language', async () => {
    const root = workspace();
    await runCli(['--root', root, 'translate'], env());
    const billed = server.billed();
    writeFileSync(sourceFile(root), readFileSync(sourceFile(root), 'utf8').replace('The people yearn to be free.', 'The people yearn to be free, and they will be.'));
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code).toBe(0);
    const edits = server.requests.slice(3);
    expect(edits.map((request) => [request.targetLang, request.texts.length])).toEqual([['DE', 1], ['FR', 1], ['JA', 1]]);
    expect(edits[0].texts[0]).toContain('The people yearn to be free, and they will be.');
    // DeepL gets the title and the neighbouring paragraphs as context (read, not billed).
    expect(edits[0].context).toContain('ILPS condemns the 2024 NATO Summit in Washington');
    expect(edits[0].context).toContain('Finally NATO bragged that');
    expect(edits[0].context).toContain('The ILPS represents the broadest unity');
    expect(server.billed() - billed).toBe(3 * edits[0].texts[0].length);
    expect(catalog(root, 'de').entries.find((entry) => entry.source.includes('they will be'))).toMatchObject({ state: 'needs-review', previousSource: undefined });
  });

  it('never sends an approved entry, even when its source changes', async () => {
    const root = workspace();
    await runCli(['--root', root, 'translate'], env());
    const file = path.join(root, 'locales/de', `${SLUG}.po`);
    // An editor approves everything in German (clears every fuzzy flag, as Poedit does).
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^#, fuzzy\n/gm, ''));
    writeFileSync(sourceFile(root), readFileSync(sourceFile(root), 'utf8').replace('The people yearn to be free.', 'The people yearn for freedom.'));
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code).toBe(0);
    expect(server.requests.slice(3).map((request) => request.targetLang)).toEqual(['FR', 'JA']);
    const stale = catalog(root, 'de').entries.find((entry) => entry.source.includes('yearn for freedom'))!;
    expect(stale).toMatchObject({ state: 'stale', approvedBeforeChange: true, translation: expect.stringContaining('[DE]') });
    expect(stale.previousSource).toContain('The people yearn to be free.');
  });

  it('stops on 456 with a plain message and a non-zero exit, keeps earlier work, and resumes without re-sending', async () => {
    const root = workspace();
    const seedCharacters = 6790;
    server.setQuota(seedCharacters + 100);
    const result = await runCli(['--root', root, 'translate'], env());
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`editions: DeepL's character quota is used up (HTTP 456) at ${server.url}. What was translated before is saved; raise the quota or wait for it to reset, then run again [deepl-quota]`);
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
    expect(catalog(root, 'fr').entries.every((entry) => entry.state === 'untranslated')).toBe(true);
    server.setQuota(1_000_000);
    const resumed = await runCli(['--root', root, 'translate'], env());
    expect(resumed.code).toBe(0);
    expect(server.requests.map((request) => request.targetLang)).toEqual(['DE', 'FR', 'JA']);
  });

  it('a run killed with SIGKILL mid-translation leaves valid catalogs and resumes without re-sending', async () => {
    const root = workspace();
    // German is answered; the French request is held open until the process is killed.
    server.fail({ pass: true }, { hang: 60_000 });
    const child = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'translate'], { env: { ...process.env, ...env() }, stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    const germanSaved = () => existsSync(path.join(root, 'locales/de', `${SLUG}.po`)) && read(root, `locales/de/${SLUG}.po`).includes('origin: deepl');
    while (!germanSaved() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    for (const language of LANGUAGES) expect(() => catalog(root, language)).not.toThrow();
    expect(catalog(root, 'de').entries.every((entry) => entry.state === 'needs-review')).toBe(true);
    expect(listFiles(root, 'locales').filter((file) => !/(\.po|\.json|\.jsonl)$/.test(file))).toEqual([]);
    const before = server.requests.length;
    expect(before).toBe(1);
    const resumed = await runCli(['--root', root, 'translate'], env());
    expect(resumed.code).toBe(0);
    expect(server.requests.slice(before).map((request) => request.targetLang)).toEqual(['FR', 'JA']);
  });
});

describe('e2e: dry run, status and secrets', () => {
  it('--dry-run prints segments, characters and the DeepL quota, and sends nothing', async () => {
    const root = workspace();
    server.setQuota(500_000);
    const result = await runCli(['--root', root, 'translate', '--dry-run'], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^de: 12 segments, \d+ characters would be sent to deepl; 0 from memory/m);
    expect(result.stdout).toContain('DeepL quota: 500,000 of 500,000 characters left this period');
    expect(server.requests).toHaveLength(0);
    expect(listFiles(root, 'locales').filter((file) => file.endsWith('.po'))).toEqual([]);
  });

  it('status shows what was spent, from the ledger', async () => {
    const root = workspace();
    await runCli(['--root', root, 'translate'], env());
    const status = await runCli(['--root', root, 'status'], env());
    expect(status.stdout).toContain(`deepl: ${server.billed()} characters in 3 requests`);
  });

  it('the key never reaches a file, a log line or an error', async () => {
    const root = workspace();
    const runs = [await runCli(['--root', root, 'build'], env()), await runCli(['--root', root, 'translate', '--dry-run'], env())];
    const wrongKey = await runCli(['--root', workspace(), 'translate'], { ...env(), DEEPL_AUTH_KEY: 'not-the-key-SECRET-42', EDITIONS_DEEPL_ATTEMPTS: '1' });
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stderr).toContain('DeepL refused the key (HTTP 403)');
    for (const run of [...runs, wrongKey]) {
      expect(run.stdout + run.stderr).not.toContain(server.key);
      expect(run.stdout + run.stderr).not.toContain('SECRET-42');
    }
    for (const file of listFiles(root)) expect(readFileSync(path.join(root, file)).includes(server.key), file).toBe(false);
  });
});
