// A build with render workers runs its checks on a thread of their own: what it reports must be
// exactly what `editions check` finds on the same workspace (the seed statement with its real
// Spanish, French, Russian and German catalogs, which hold known findings).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, REPO, removeWorkspace, runCli } from '../support/workspace.js';
// @ts-expect-error: a plain ES module of the benchmark, without types.
import { udhrWorkspace } from '../../scripts/bench/udhr-workspace.mjs';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const findingLines = (text: string) => text.split('\n').filter((line) => /\[[a-z-]+\]$/.test(line)).sort();

describe('checks on their own thread during a build', () => {
  it('report the same findings as `editions check`, with the render pool in use', async () => {
    const root = makeWorkspace({ languages: ['es', 'fr', 'ru', 'de'], catalogs: ['es', 'fr', 'ru', 'de'], extraConfig: 'formats: [pdf]\nengine: none\n' });
    made.push(root);
    const built = await runCli(['--root', root, 'build'], { EDITIONS_RENDER_WORKERS: '2' }, 300_000);
    expect([0, 1], built.stderr).toContain(built.code);
    const checked = await runCli(['--root', root, 'check']);
    const expected = findingLines(checked.stdout);
    expect(expected.length).toBeGreaterThan(0);
    expect(findingLines(built.stderr)).toEqual(expected);
  }, 360_000);
});

// A first build of a statement in sixteen languages renders 17 PDFs: its render worker starts before
// the workspace is read (cli/early-pool.ts). Workspace: the benchmark's, the UDHR in 16 languages
// with every catalog approved (OHCHR translations via the udhr package).
describe('the render worker started before a full build', () => {
  const SEVEN = ['es', 'fr', 'ru', 'de', 'ar', 'el', 'it'];
  const pdfsOf = (root: string) => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')) as { files: { path: string; format: string; sha256: string }[] };
    return manifest.files.filter((file) => file.format === 'pdf').map((file) => `${file.path} ${file.sha256}`);
  };

  it('renders the same PDFs as a build that renders them in process', async () => {
    const env = { SOURCE_DATE_EPOCH: '1719792000' };
    const roots = await Promise.all([0, 1].map(async () => (await udhrWorkspace(REPO, 1)).root as string));
    made.push(...roots);
    const early = await runCli(['--root', roots[0], 'build', '--format', 'pdf'], env, 300_000);
    const here = await runCli(['--root', roots[1], 'build', '--format', 'pdf'], { ...env, EDITIONS_RENDER_WORKERS: '0' }, 300_000);
    expect([0, 1], early.stderr).toContain(early.code);
    expect(here.code, here.stderr).toBe(early.code);
    expect(pdfsOf(roots[0])).toHaveLength(17);
    expect(pdfsOf(roots[0])).toEqual(pdfsOf(roots[1]));
  }, 360_000);

  it('is stopped when the build stops before using it: a bad config is reported, the command ends', async () => {
    const root = makeWorkspace({ languages: SEVEN, catalogs: SEVEN, extraConfig: 'formats: [pdf]\nengine: none\nnot_a_key: 1\n' });
    made.push(root);
    const started = performance.now();
    const built = await runCli(['--root', root, 'build'], {}, 60_000);
    expect(built.code, built.stderr).toBe(1);
    expect(built.stderr).toMatch(/\[config-invalid\]/);
    // A worker left running would keep the process alive until runCli's timeout kills it (code 1 too).
    expect(performance.now() - started).toBeLessThan(50_000);
  }, 90_000);
});
