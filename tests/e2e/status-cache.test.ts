// `status` answers from the last build's decisions while every input is as that build left it, and
// reads the workspace again as soon as one is not: it must never show a stale count.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seal, unseal } from '../../pipeline/output/seal.js';
import { makeWorkspace, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));

describe('status after a build', () => {
  const root = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es', 'fr'], extraConfig: 'formats: [txt]\nengine: none\n' });
  made.push(root);
  const status = async () => {
    const result = await runCli(['--root', root, 'status', '--json']);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout).languages as { language: string; approved: number; needsReview: number }[];
  };

  it('prints what reading the workspace prints', async () => {
    const built = await runCli(['--root', root, 'build']);
    expect(built.code, built.stderr).toBe(0);
    const fromBuild = await status();
    rmSync(path.join(root, 'output/.editions-build.json'));
    expect(fromBuild).toEqual(await status());
  }, 120_000);

  it('answers from the build\'s decisions, with the spending of the ledger as it is now, where it is now', async () => {
    expect((await runCli(['--root', root, 'build'])).code).toBe(0);
    // Marked in the state the build left, the mark shows: status took the build's decisions.
    // The state is sealed under the test run's tool cache folder (output/seal.ts): marked, then sealed again there.
    const stateFile = path.join(root, 'output/.editions-build.json');
    const cache = process.env.EDITIONS_CACHE_DIR ?? path.join(os.tmpdir(), 'editions-test-cache'); // as runCli chooses it
    const state = JSON.parse(unseal(readFileSync(stateFile, 'utf8'), cache)!) as { status: { rows: { counts: { total: number } }[] } };
    state.status.rows[0].counts.total = 4242;
    writeFileSync(stateFile, seal(JSON.stringify(state), cache));
    const line = { time: '2026-11-30T00:00:00.000Z', engine: 'deepl', language: 'es', statement: SLUG, segments: 3, characters: 1234 };
    writeFileSync(path.join(root, 'locales/mt-ledger.jsonl'), `${JSON.stringify(line)}\n`);
    // The workspace moved since the build: its ledger is read where it is now.
    const moved = `${root}-moved`;
    renameSync(root, moved);
    try {
      const result = await runCli(['--root', moved, 'status', '--json']);
      expect(result.code, result.stderr).toBe(0);
      const printed = JSON.parse(result.stdout) as { languages: { total: number }[]; machineTranslation: Record<string, { characters: number }> };
      expect(printed.languages[0].total).toBe(4242);
      expect(printed.machineTranslation.deepl.characters).toBe(1234);
    } finally {
      renameSync(moved, root);
    }
    rmSync(path.join(root, 'locales/mt-ledger.jsonl'));
    rmSync(stateFile);
  }, 120_000);

  it('counts again when an editor approves an entry in a PO editor after the build', async () => {
    expect((await runCli(['--root', root, 'build'])).code).toBe(0);
    const before = (await status()).find((row) => row.language === 'es')!;
    expect(before.needsReview).toBeGreaterThan(0);
    // A PO editor approves the first entry that needs review by removing its fuzzy flag.
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('#, fuzzy\n', ''));
    const after = (await status()).find((row) => row.language === 'es')!;
    expect(after.approved).toBe(before.approved + 1);
    expect(after.needsReview).toBe(before.needsReview - 1);
  }, 120_000);

  it('chooses engines from this run\'s environment and the config as the build read it', async () => {
    const other = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es', 'fr'], extraConfig: 'formats: [txt]\n' });
    made.push(other);
    expect((await runCli(['--root', other, 'build', '--engine', 'none'])).code).toBe(0);
    const engines = async (env: Record<string, string>) => {
      const result = await runCli(['--root', other, 'status', '--json'], env);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout).languages as { language: string; engine: string }[]).map((row) => `${row.language}:${row.engine}`);
    };
    // The same answer as reading the workspace, with DeepL set up for this run and without.
    const withKey = await engines({ DEEPL_AUTH_KEY: 'stand-in:fx' });
    const without = await engines({});
    rmSync(path.join(other, 'output/.editions-build.json'));
    expect(withKey).toEqual(['es:deepl', 'fr:deepl']);
    expect(await engines({ DEEPL_AUTH_KEY: 'stand-in:fx' })).toEqual(withKey);
    expect(await engines({})).toEqual(without);
  }, 120_000);
});
