// What `editions build` promises about output/: a damaged file is noticed and rebuilt, leftovers of a
// killed build are removed, --lang keeps the other languages, an approval saved while a build renders
// reaches the editions on the next build, and a full disk changes nothing. Real CLI, seed statement.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { REPO, listFiles, makeWorkspace, read, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

// Several real builds per test on a shared two-core machine.
vi.setConfig({ testTimeout: 300_000 });

const made: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) spawnSync('umount', [mount]);
  made.forEach(removeWorkspace);
});
const workspace = (...args: Parameters<typeof makeWorkspace>) => {
  const root = makeWorkspace(...args);
  made.push(root);
  return root;
};

interface Manifest {
  files: { path: string; language: string; format: string; bytes: number; sha256: string; status: string }[];
}
const manifest = (root: string) => JSON.parse(read(root, 'output/manifest.json')) as Manifest;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** A build that must succeed; its stderr explains a failure. */
const built = async (root: string, ...flags: string[]) => {
  const result = await runCli(['--root', root, 'build', '--engine', 'none', ...flags]);
  expect(result.code, result.stderr).toBe(0);
  return result;
};
const approveAll = (root: string, language: string) => {
  const file = path.join(root, 'locales', language, `${SLUG}.po`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^#, fuzzy\n/gm, ''));
};

describe('outputs are checked against the manifest', () => {
  it('a truncated PDF and an edited HTML file of the same size are noticed and rebuilt', async () => {
    const root = workspace({ languages: ['es'], catalogs: ['es'] });
    await built(root);
    const pdf = path.join(root, 'output/es', `${SLUG}.pdf`);
    const html = path.join(root, 'output/es', `${SLUG}.html`);
    const good = { pdf: readFileSync(pdf), html: readFileSync(html, 'utf8') };
    writeFileSync(pdf, good.pdf.subarray(0, good.pdf.length >> 1));
    writeFileSync(html, good.html.replace('Borrador', 'Borrowed'.slice(0, 'Borrador'.length)));
    const again = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('Nothing changed');
    expect(readFileSync(pdf).equals(good.pdf)).toBe(true);
    expect(readFileSync(html, 'utf8')).toBe(good.html);
    for (const file of manifest(root).files) expect(sha(path.join(root, 'output', file.path))).toBe(file.sha256);
  });

  it('removes temporary files and staging folders a killed build left in output/', async () => {
    const root = workspace();
    await built(root);
    // pid 2^22+1 is above Linux's pid_max default range: no live process owns these.
    const dead = 4194305;
    writeFileSync(path.join(root, 'output/en', `${SLUG}.pdf.editions-tmp-${dead}-0a1b2c3d`), 'half a PDF');
    mkdirSync(path.join(root, 'output', `.editions-tmp-${dead}-stage-0a1b2c3d/en`), { recursive: true });
    writeFileSync(path.join(root, 'output', `.editions-tmp-${dead}-stage-0a1b2c3d/en`, `${SLUG}.html`), '<p>half');
    writeFileSync(path.join(root, 'source', `${SLUG}.md`), read(root, `source/${SLUG}.md`).replace('bloddy', 'bloody'));
    await built(root);
    expect(listFiles(root, 'output').filter((file) => file.includes('editions-tmp'))).toEqual([]);
  });
});

describe('a limited build keeps what it was not asked to build', () => {
  it('--lang es and --format txt keep the other languages and formats, on disk, in the manifest and on the index', async () => {
    const root = workspace({ languages: ['es', 'ca'], catalogs: ['es', 'ca'] });
    await built(root);
    const all = manifest(root).files.map((file) => file.path).sort();
    expect(all).toHaveLength(10);
    approveAll(root, 'es');
    await built(root, '--lang', 'es');
    expect(manifest(root).files.map((file) => file.path).sort()).toEqual(all);
    expect(manifest(root).files.filter((file) => file.language === 'es').map((file) => file.status)).toEqual(['approved', 'approved', 'approved']);
    for (const file of all) expect(existsSync(path.join(root, 'output', file))).toBe(true);
    expect(read(root, 'output/index.html')).toContain(`href="ca/${SLUG}.pdf"`);
    await built(root, '--format', 'txt');
    expect(manifest(root).files.map((file) => file.path).sort()).toEqual(all);
    expect(read(root, 'output/index.html')).toContain(`href="es/${SLUG}.pdf"`);
  });
});

describe('an approval saved while a build renders', () => {
  it('reaches the editions on the next build (the fingerprint was taken before the build read it)', { timeout: 900_000 }, async () => {
    const root = workspace({ languages: ['es', 'ca'], catalogs: ['es', 'ca'] });
    const child = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'build', '--engine', 'none'], { stdio: 'ignore' });
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    let running = true;
    void exited.then(() => (running = false));
    // Rendering has begun once the staging folder exists: every input has been read by then.
    const output = path.join(root, 'output');
    while (running && !(existsSync(output) && readdirSync(output).some((name) => name.includes('-stage-')))) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(running, 'the build ended before the approval could be saved while it rendered').toBe(true);
    approveAll(root, 'es');
    expect(await exited).toBe(0);
    expect(read(root, `output/es/${SLUG}.txt`)).toContain('Borrador');
    const next = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(next.stdout).not.toContain('Nothing changed');
    expect(read(root, `output/es/${SLUG}.txt`)).not.toContain('Borrador');
    expect(manifest(root).files.find((file) => file.path === `es/${SLUG}.html`)?.status).toBe('approved');
  });
});

describe('a full disk or a read-only output/', () => {
  it('exits 1 with one [disk-full] or [not-writable] line, and leaves output/ and its manifest exactly as they were', async (context) => {
    const root = workspace({ languages: ['es'], catalogs: ['es'] });
    const output = path.join(root, 'output');
    mkdirSync(output);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', output], { encoding: 'utf8' });
    if (mounted.status !== 0) {
      context.skip(`cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()}); run as root to test a full disk`);
      return;
    }
    mounts.push(output);
    await built(root);
    const before = Object.fromEntries(listFiles(root, 'output').map((file) => [file, sha(path.join(root, file))]));
    // Leave room for a few KiB: the Spanish HTML fits, its PDF does not.
    const { bsize, blocks, bfree } = statfsSync(output);
    const used = (blocks - bfree) * bsize;
    expect(spawnSync('mount', ['-o', `remount,size=${used + 24 * 1024}`, output]).status).toBe(0);
    approveAll(root, 'es');
    const full = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/^editions: output\/[^:]+: could not be written: the disk is full.* \[disk-full\]$/m);
    expect(full.stderr).not.toMatch(/\n\s+at /);
    expect(full.stderr).not.toContain('internal error');
    const after = Object.fromEntries(listFiles(root, 'output').map((file) => [file, sha(path.join(root, file))]));
    expect(after).toEqual(before);

    // The same folder read-only: one [not-writable] line, exit 1, nothing changed.
    expect(spawnSync('mount', ['-o', 'remount,ro,size=8m', output]).status).toBe(0);
    const locked = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/^editions: output\/[^:]*: could not be written: the folder is read-only.* \[not-writable\]$/m);
    expect(locked.stderr).not.toMatch(/\n\s+at /);
    expect(Object.fromEntries(listFiles(root, 'output').map((file) => [file, sha(path.join(root, file))]))).toEqual(before);
  });
});
