// The tool's cache folder (EDITIONS_CACHE_DIR): dictionary indexes are made by the first run that
// spells a language and read by the next ones, spelling verdicts kept there serve every workspace; findings are the same with and without them; a
// folder that cannot be used costs time, never a build. Workspace: the seed statement with its real
// Spanish catalog (which holds known spelling findings) and German one (no translations yet).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const findingLines = (text: string) => text.split('\n').filter((line) => /\[[a-z-]+\]$/.test(line)).sort();

function workspace(): string {
  const root = makeWorkspace({ languages: ['es', 'de'], catalogs: ['es', 'de'], extraConfig: 'engine: none\n' });
  made.push(root);
  return root;
}

function cacheFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'editions-tool-cache-'));
  made.push(folder);
  return folder;
}

describe('the tool cache folder', () => {
  it('holds the dictionary indexes the first check made, which the next check does not make again', async () => {
    const cache = cacheFolder();
    const root = workspace();
    const first = await runCli(['--root', root, 'check'], { EDITIONS_CACHE_DIR: cache });
    expect([0, 1], first.stderr).toContain(first.code);
    const indexes = readdirSync(path.join(cache, 'dictionaries')).sort();
    // The Spanish catalog holds translations, the German one none yet; English is the source's, whose
    // words retext-spell judges from the lines they need (review/checks/source-speller.ts).
    expect(indexes.map((name) => name.replace(/-[0-9a-f]+\.index$/, ''))).toEqual(['dictionary-en', 'dictionary-es']);
    const times = indexes.map((name) => statSync(path.join(cache, 'dictionaries', name)).mtimeMs);
    // The verdicts on the Spanish words are kept beside them (verdict-store.ts), not in the workspace,
    // and the whole English dictionary's suggestions for the source's unknown words (source-speller.ts).
    expect(readdirSync(path.join(cache, 'verdicts')).sort()).toEqual(['dictionary-es.json', expect.stringMatching(/^suggestions-en-[0-9a-f]{16}\.json$/)]);
    // A second workspace has no check cache of its own: its words' verdicts come from the tool cache.
    const second = await runCli(['--root', workspace(), 'check'], { EDITIONS_CACHE_DIR: cache });
    expect(findingLines(second.stdout)).toEqual(findingLines(first.stdout));
    expect(indexes.map((name) => statSync(path.join(cache, 'dictionaries', name)).mtimeMs)).toEqual(times);
  }, 120_000);

  it('changes no finding: a build with indexes reports what a check without them finds', async () => {
    const root = workspace();
    const built = await runCli(['--root', root, 'build', '--format', 'html'], { EDITIONS_CACHE_DIR: cacheFolder() });
    expect([0, 1], built.stderr).toContain(built.code);
    const without = await runCli(['--root', workspace(), 'check'], { EDITIONS_CACHE_DIR: 'none' });
    const expected = findingLines(without.stdout);
    expect(expected.some((line) => line.endsWith('[spelling]'))).toBe(true);
    expect(findingLines(built.stderr)).toEqual(expected);
  }, 180_000);

  it('that cannot be written leaves the check as it was', async () => {
    const blocked = path.join(cacheFolder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const root = workspace();
    const checked = await runCli(['--root', root, 'check'], { EDITIONS_CACHE_DIR: blocked });
    const plain = await runCli(['--root', workspace(), 'check'], { EDITIONS_CACHE_DIR: 'none' });
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(plain.code);
    expect(findingLines(checked.stdout)).toEqual(findingLines(plain.stdout));
    expect(readFileSync(blocked, 'utf8')).toBe('not a folder');
  }, 120_000);

  it('named by a relative path is a problem of the environment, said in one line, also when nothing changed', async () => {
    const root = workspace();
    const bad = /EDITIONS_CACHE_DIR must be an absolute folder path or "none", not "cache".*\[bad-environment\]$/;
    for (const command of ['check', 'build']) {
      const result = await runCli(['--root', root, command], { EDITIONS_CACHE_DIR: 'cache' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(bad)]);
    }
    // With a check report and a build behind it, the shortcuts say it too.
    const cache = cacheFolder();
    expect([0, 1]).toContain((await runCli(['--root', root, 'check'], { EDITIONS_CACHE_DIR: cache })).code);
    expect([0, 1]).toContain((await runCli(['--root', root, 'build', '--format', 'txt'], { EDITIONS_CACHE_DIR: cache })).code);
    for (const command of ['check', 'build']) {
      const result = await runCli(['--root', root, command, ...(command === 'build' ? ['--format', 'txt'] : [])], { EDITIONS_CACHE_DIR: 'cache' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(bad)]);
    }
  }, 120_000);
});
