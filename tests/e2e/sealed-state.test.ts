// What the last build and check left in output/ (the build state, the check cache) is trusted only
// when this machine's Editions sealed it (output/seal.ts). A workspace copied with its output/, or
// one whose output/ was crafted, is built and checked in full: no finding hidden, no output published
// that this build did not make. Workspace: the seed statement and its real Spanish catalog, whose
// known findings (spelling, punctuation) show whether the checks ran.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const findingLines = (text: string) => text.split('\n').filter((line) => /\[[a-z-]+\]$/.test(line)).sort();
const rendered = (stdout: string) => /\((\d+) rendered, (\d+) unchanged/.exec(stdout)?.slice(1).map(Number);

function folder(prefix: string): string {
  const created = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(created);
  return created;
}
function workspace(): string {
  const root = makeWorkspace({ languages: ['es'], catalogs: ['es'], extraConfig: 'engine: none\nformats: [html, txt]\n' });
  made.push(root);
  return root;
}

describe('a build state or check cache this machine did not seal', () => {
  it('is not trusted when the workspace was copied with its output/ to another machine: everything is built and checked', async () => {
    const root = workspace();
    const here = await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: folder('editions-cache-a-') });
    expect([0, 1], here.stderr).toContain(here.code);
    const expected = findingLines(here.stderr);
    expect(expected.length).toBeGreaterThan(0);
    const copy = `${root}-copy`;
    cpSync(root, copy, { recursive: true });
    made.push(copy);
    const there = await runCli(['--root', copy, 'build'], { EDITIONS_CACHE_DIR: folder('editions-cache-b-') });
    expect(there.stdout).not.toMatch(/Nothing changed/);
    const [renderedFiles, reused] = rendered(there.stdout)!;
    expect(reused).toBe(0);
    expect(renderedFiles).toBeGreaterThan(0);
    expect(findingLines(there.stderr)).toEqual(expected);
  }, 120_000);

  it('cannot make a build a no-op that hides its findings: a state with its report emptied is built again', async () => {
    const cache = folder('editions-cache-');
    const root = workspace();
    const first = await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: cache });
    const expected = findingLines(first.stderr);
    expect(expected.length).toBeGreaterThan(0);
    const stateFile = path.join(root, 'output/.editions-build.json');
    const text = readFileSync(stateFile, 'utf8');
    // What someone without this machine's secret can write: the state's JSON with the report emptied.
    const state = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { report: string[] };
    state.report = [];
    for (const crafted of [JSON.stringify(state), `${text.slice(0, 64)}\n${JSON.stringify(state)}`]) {
      writeFileSync(stateFile, crafted);
      const again = await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: cache });
      expect(again.stdout).not.toMatch(/Nothing changed/);
      expect(findingLines(again.stderr)).toEqual(expected);
    }
  }, 120_000);

  it('does not vouch for an output swapped in output/ with its manifest: the build makes it again', async () => {
    const cache = folder('editions-cache-');
    const root = workspace();
    await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: cache });
    const page = path.join(root, 'output/es', `${SLUG}.html`);
    const original = readFileSync(page);
    const swapped = Buffer.from('<!doctype html><title>x</title><a href="https://example.invalid">not the statement</a>');
    writeFileSync(page, swapped);
    const manifestFile = path.join(root, 'output/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
    const entry = manifest.files.find((file) => file.path === `es/${SLUG}.html`)!;
    Object.assign(entry, { bytes: swapped.length, sha256: createHash('sha256').update(swapped).digest('hex') });
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const again = await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: cache });
    expect([0, 1], again.stderr).toContain(again.code);
    expect(rendered(again.stdout)![1]).toBe(0);
    expect(readFileSync(page).equals(original)).toBe(true);
  }, 120_000);

  it('leaves the files a limited build does not make as they are, out of its manifest, and says so', async () => {
    const root = workspace();
    await runCli(['--root', root, 'build'], { EDITIONS_CACHE_DIR: folder('editions-cache-a-') });
    const text = path.join(root, 'output/es', `${SLUG}.txt`);
    const before = readFileSync(text);
    const limited = await runCli(['--root', root, 'build', '--format', 'html'], { EDITIONS_CACHE_DIR: folder('editions-cache-b-') });
    expect([0, 1], limited.stderr).toContain(limited.code);
    expect(limited.stderr).toMatch(/output\/ holds \d+ files this machine's Editions did not make .*left as they are and out of the manifest/);
    expect(readFileSync(text).equals(before)).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((file) => file.path).filter((file) => file.endsWith('.txt'))).toEqual([]);
  }, 120_000);

  it('cannot hide findings from `editions check` through output/.editions-checks.json', async () => {
    const root = workspace();
    const first = await runCli(['--root', root, 'check'], { EDITIONS_CACHE_DIR: folder('editions-cache-') });
    const expected = findingLines(first.stdout);
    expect(expected.length).toBeGreaterThan(0);
    const cacheFile = path.join(root, 'output/.editions-checks.json');
    const text = readFileSync(cacheFile, 'utf8');
    const cache = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { catalogs: Record<string, { findings: unknown[] }>; sources: Record<string, { findings: unknown[] }> };
    for (const record of [...Object.values(cache.catalogs), ...Object.values(cache.sources)]) record.findings = [];
    writeFileSync(cacheFile, JSON.stringify(cache));
    const again = await runCli(['--root', root, 'check'], { EDITIONS_CACHE_DIR: folder('editions-cache-') });
    expect(findingLines(again.stdout)).toEqual(expected);
  }, 120_000);
});
