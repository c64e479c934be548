// Approved work is never lost (issue 9): real concurrent processes writing one catalog, an approval
// saved while a translate runs, a full disk, symlinks out of the workspace, leftovers of killed
// writes, and secrets in engine errors. Every writer goes through updateCatalog.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync, mkdtempSync, rmSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../pipeline/review/po.js';
import { startDeeplStandIn } from '../support/deepl-stand-in.js';
import { REPO, SLUG, listFiles, makeWorkspace, removeWorkspace, runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const APPROVER = path.join(REPO, 'tests/support/approver.mjs');

interface Approval {
  context: string;
  source: string;
  translation: string;
}

/** Run approver processes; resolves with every approval they acknowledged. */
function approvers(root: string, language: string, slug: string, processes: number, count: number, delayMs = 0): Promise<Approval[]> {
  const startAt = Date.now() + 400;
  return Promise.all(
    Array.from({ length: processes }, (_, offset) =>
      new Promise<Approval[]>((resolve, reject) => {
        const child = spawn(process.execPath, [APPROVER, root, language, slug, String(count), String(delayMs), String(startAt), String(processes), String(offset)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
        child.on('exit', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Approval)) : reject(new Error(`approver exited ${code}: ${err}`))));
      }),
    ),
  ).then((lists) => lists.flat());
}

const catalogOn = (root: string, language: string, slug = SLUG) => {
  const file = `locales/${language}/${slug}.po`;
  return readCatalog(readFileSync(path.join(root, file), 'utf8'), file);
};

function missing(root: string, language: string, slug: string, approvals: Approval[]): Approval[] {
  const entries = catalogOn(root, language, slug).entries;
  return approvals.filter((approval) => !entries.some((entry) => entry.source === approval.source && entry.context === approval.context && entry.translation === approval.translation && entry.state === 'approved'));
}

/** A statement of many short paragraphs, so a translate makes several requests. */
function manyParagraphs(count: number): string {
  const body = Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}: the people of the world say no to war, for the ${index + 1}th time.`).join('\n\n');
  return `---\ntitle: Many paragraphs\ndate: 2024-07\nauthor: Len Cooper\nrole: ILPS Chairperson\norganization: International League of Peoples' Struggle\n---\n\n${body}\n`;
}

describe('catalog safety: concurrent writers keep every acknowledged change', () => {
  it('three processes approving different entries of one catalog at the same moment keep all approvals, in 10 of 10 trials', async () => {
    const root = makeWorkspace({ languages: ['es'] });
    made.push(root);
    writeFileSync(path.join(root, 'source/many.md'), manyParagraphs(80));
    expect((await runCli(['--root', root, 'translate', '--engine', 'none'])).code).toBe(0);
    let acknowledged = 0;
    for (let trial = 0; trial < 10; trial++) {
      const approvals = await approvers(root, 'es', 'many', 3, 2);
      acknowledged += approvals.length;
      expect(missing(root, 'es', 'many', approvals), `trial ${trial}`).toEqual([]);
    }
    expect(acknowledged).toBe(60);
    expect(listFiles(root, 'locales').filter((file) => !/\.(po|json)$/.test(file))).toEqual([]);
  }, 120_000);

  it('approvals saved while translate is machine-translating the same catalog survive the translate, and MT never overwrites them', async () => {
    const server = await startDeeplStandIn();
    const root = makeWorkspace({ languages: ['de'], extraConfig: 'engine: deepl\n' });
    made.push(root);
    writeFileSync(path.join(root, 'source/many.md'), manyParagraphs(160));
    const env = { DEEPL_AUTH_KEY: server.key, DEEPL_SERVER_URL: server.url };
    try {
      // The catalog exists (all untranslated) before the translate starts, so editors can approve their own text in it.
      expect((await runCli(['--root', root, 'translate', '--engine', 'none'], env)).code).toBe(0);
      // Every request is answered after 300 ms: the translate runs for a while, saving after each of its 4 requests.
      server.fail(...Array.from({ length: 8 }, () => ({ delay: 300 })));
      const translate = runCli(['--root', root, 'translate', '--lang', 'de'], { ...env, EDITIONS_DEEPL_TIMEOUT_MS: '5000' });
      const approvals = await approvers(root, 'de', 'many', 2, 6, 40);
      const result = await translate;
      expect(result.code, result.stderr).toBe(0);
      expect(approvals.length).toBe(12);
      expect(missing(root, 'de', 'many', approvals)).toEqual([]);
      // Everything else got its machine draft: nothing was lost on the MT side either.
      expect(catalogOn(root, 'de', 'many').entries.filter((entry) => entry.state === 'untranslated')).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('catalog safety: the environment and hostile files', () => {
  it('a full disk while rewriting a catalog says so in one line, exits 1, and leaves the old catalog whole', () => {
    const root = makeWorkspace({ languages: ['es'], catalogs: ['es'] });
    made.push(root);
    const locales = path.join(root, 'locales');
    const saved = mkdtempSync(path.join(os.tmpdir(), 'editions-locales-'));
    cpSync(locales, saved, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', locales], { stdio: 'ignore' });
    } catch {
      console.log('skipped: cannot mount a tmpfs here (needs root)');
      return;
    }
    try {
      cpSync(saved, locales, { recursive: true });
      const before = readFileSync(path.join(locales, `es/${SLUG}.po`));
      // Fill the disk but for a few KiB, then change the source so the catalog must grow.
      const free = Number(execFileSync('df', ['--output=avail', '-B1', locales]).toString().split('\n')[1]);
      writeFileSync(path.join(locales, 'filler.bin'), Buffer.alloc(Math.max(0, free - 4096)));
      const source = path.join(root, 'source', `${SLUG}.md`);
      writeFileSync(source, `${readFileSync(source, 'utf8')}\n${'A new closing paragraph that the catalog must now hold. '.repeat(150)}\n`);
      const run = execFileResult(['--root', root, 'build', '--format', 'txt', '--engine', 'none']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/locales\/es\/2024-nato-summit\.po: could not be written: the disk is full.*\[disk-full\]/);
      expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
      expect(readFileSync(path.join(locales, `es/${SLUG}.po`)).equals(before)).toBe(true);
      expect(listFiles(root, 'locales').filter((file) => file.includes('editions-tmp'))).toEqual([]);
    } finally {
      execFileSync('umount', [locales]);
      rmSync(saved, { recursive: true, force: true });
    }
  });

  it('a statement or catalog that is a symlink to a file outside the workspace is refused by name, and nothing is written', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'editions-outside-'));
    made.push(outside);
    const root = makeWorkspace({ languages: ['es'], catalogs: ['es'] });
    made.push(root);
    writeFileSync(path.join(outside, 'secret.md'), readFileSync(path.join(root, 'source', `${SLUG}.md`)));
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'source/linked.md'));
    const statement = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(statement.code).toBe(1);
    expect(statement.stderr).toContain('source/linked.md: this is a symbolic link to');
    expect(statement.stderr).toContain('[outside-workspace]');
    expect(existsSync(path.join(root, 'output'))).toBe(false);

    rmSync(path.join(root, 'source/linked.md'));
    const catalog = path.join(root, `locales/es/${SLUG}.po`);
    cpSync(catalog, path.join(outside, 'es.po'));
    rmSync(catalog);
    symlinkSync(path.join(outside, 'es.po'), catalog);
    const before = readFileSync(path.join(outside, 'es.po'));
    const linked = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain(`locales/es/${SLUG}.po: this is a symbolic link to`);
    expect(readFileSync(path.join(outside, 'es.po')).equals(before)).toBe(true);
  });

  it('temporary files left by a killed writer are removed by the next write of that catalog', async () => {
    const root = makeWorkspace({ languages: ['es'], catalogs: ['es'] });
    made.push(root);
    // pid 2^22+1 is above Linux's pid_max default: certainly not alive.
    const leftover = path.join(root, `locales/es/${SLUG}.po.editions-tmp-4194305-0a1b2c3d`);
    writeFileSync(leftover, 'msgid "half');
    const source = path.join(root, 'source', `${SLUG}.md`);
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nOne more paragraph.\n`);
    expect((await runCli(['--root', root, 'build', '--format', 'txt', '--engine', 'none'])).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
  });

  it('a proxy password in DEEPL_SERVER_URL and a key echoed by the endpoint never reach a message', async () => {
    const root = makeWorkspace({ languages: ['de'], extraConfig: 'engine: deepl\n' });
    made.push(root);
    const unreachable = await runCli(['--root', root, 'translate'], { DEEPL_AUTH_KEY: 'key-0123456789abcdef:fx', DEEPL_SERVER_URL: 'http://editor:proxy-pa55word@127.0.0.1:9', EDITIONS_DEEPL_ATTEMPTS: '1' });
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain('[deepl-connection]');
    expect(unreachable.stderr + unreachable.stdout).not.toContain('proxy-pa55word');
    expect(unreachable.stderr + unreachable.stdout).not.toContain('key-0123456789abcdef');

    const server = await startDeeplStandIn();
    try {
      server.fail({ status: 400, body: `{"message":"bad request; you sent Authorization: DeepL-Auth-Key ${server.key}"}` });
      const echoed = await runCli(['--root', root, 'translate'], { DEEPL_AUTH_KEY: server.key, DEEPL_SERVER_URL: server.url, EDITIONS_DEEPL_ATTEMPTS: '1' });
      expect(echoed.code).toBe(3);
      expect(echoed.stderr).not.toContain(server.key);
      expect(readFileSync(path.join(root, 'locales/mt-ledger.jsonl'), { flag: 'a+' }).toString()).not.toContain(server.key);
    } finally {
      await server.close();
    }
  });
});

function execFileResult(args: string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [path.join(REPO, 'bin/editions.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { status?: number; stderr?: Buffer };
    return { code: failure.status ?? 1, stderr: failure.stderr?.toString('utf8') ?? '' };
  }
}
