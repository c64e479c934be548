// The CLI users run is the bundle (dist/bundle/, made by `npm run build:cli`): bin/editions.js
// loads it, and from it a build still starts its render workers and its check worker, draws PDFs
// (pdfkit, fonts and HarfBuzz found from node_modules) and spells with the dictionary packages.
// Which files ran is read from V8's coverage (NODE_V8_COVERAGE), which every thread writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, SLUG, makeWorkspace, runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Run the CLI; with its result, every file of ours (under dist/) and every package outside the bundle that any of its threads loaded. */
async function runCovered(args: string[], env: Record<string, string> = {}) {
  const coverage = mkdtempSync(path.join(os.tmpdir(), 'editions-coverage-'));
  made.push(coverage);
  const result = await runCli(args, { ...env, NODE_V8_COVERAGE: coverage }, 300_000);
  const loaded = new Set<string>();
  const packages = new Set<string>();
  for (const file of readdirSync(coverage)) {
    for (const script of (JSON.parse(readFileSync(path.join(coverage, file), 'utf8')) as { result: { url: string }[] }).result) {
      if (!script.url.startsWith('file:')) continue;
      const relative = path.relative(REPO, fileURLToPath(script.url)).split(path.sep).join('/');
      if (relative.startsWith('dist/')) loaded.add(relative);
      const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(relative);
      if (match) packages.add(match[1]);
    }
  }
  return { ...result, loaded: [...loaded].sort(), packages: [...packages].sort() };
}

describe('e2e: the bundled CLI', () => {
  beforeAll(() => {
    if (!existsSync(path.join(REPO, 'dist/bundle/main.js'))) throw new Error('dist/bundle/ is not built: npm run build:cli');
  });

  it('is what bin/editions.js runs: nothing from the unbundled tree is loaded', async () => {
    const run = await runCovered(['--version']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
    expect(run.loaded).toContain('dist/bundle/main.js');
    expect(run.loaded.filter((file) => !file.startsWith('dist/bundle/'))).toEqual([]);
  });

  it('`status` loads no renderer: neither pdfkit, fontkit nor HarfBuzz', async () => {
    const root = makeWorkspace({ languages: ['es'], catalogs: ['es'], extraConfig: 'engine: none\n' });
    made.push(root);
    const run = await runCovered(['--root', root, 'status']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${SLUG} +es `, 'm'));
    expect(run.packages.filter((name) => ['pdfkit', 'fontkit', 'harfbuzzjs'].includes(name))).toEqual([]);
    expect(run.loaded.filter((file) => !file.startsWith('dist/bundle/'))).toEqual([]);
  });

  it('builds a workspace with PDFs through its render workers (EDITIONS_RENDER_WORKERS=2), all from dist/bundle/', async () => {
    const root = makeWorkspace({ languages: ['es', 'ca'], catalogs: ['es', 'ca'], extraConfig: 'formats: [pdf, html]\nengine: none\n' });
    made.push(root);
    const run = await runCovered(['--root', root, 'build'], { EDITIONS_RENDER_WORKERS: '2' });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(run.stdout).toMatch(/Built \d+ edition files/);
    expect(run.loaded).toContain('dist/bundle/render/worker.js');
    expect(run.packages).toContain('pdfkit');
    if (existsSync(path.join(REPO, 'dist/bundle/build/check-worker.js'))) expect(run.loaded).toContain('dist/bundle/build/check-worker.js');
    expect(run.loaded.filter((file) => !file.startsWith('dist/bundle/'))).toEqual([]);
    // The Spanish edition is drawn with the words of its catalog (locales/es/2024-nato-summit.po).
    const pdf = path.join(root, 'output', 'es', `${SLUG}.pdf`);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('Condena la 2024 Cumbre DE LA OTAN en Washington');
    expect(existsSync(path.join(root, 'output', 'en', `${SLUG}.pdf`))).toBe(true);
    // A second run with nothing changed is recognised as such (the tool's fingerprint is stable).
    const again = await runCli(['--root', root, 'build'], { EDITIONS_RENDER_WORKERS: '2' });
    expect(again.stdout).toMatch(/^Nothing changed since the last build/);
  }, 360_000);

  it('spells the source with the dictionary packages from the bundle (`check` finds a misspelled word)', async () => {
    const root = makeWorkspace({ languages: ['es'], extraConfig: 'engine: none\n' });
    made.push(root);
    const source = path.join(root, 'source', `${SLUG}.md`);
    writeFileSync(source, `${readFileSync(source, 'utf8').trimEnd()}\n\nWe will recieve the delegations.\n`);
    const run = await runCovered(['--root', root, 'check']);
    expect(run.stdout).toMatch(/unknown word "recieve".*\[spelling\]/);
    expect(run.loaded.filter((file) => !file.startsWith('dist/bundle/'))).toEqual([]);
  }, 120_000);
});
