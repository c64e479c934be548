// The bad-input suite: every folder in tests/fixtures/bad-input/ breaks one thing in a built
// workspace (its case.json says what and why). The real CLI must name the file (and line), exit
// non-zero without a stack trace, and leave output/ and every catalog exactly as they were.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandIn, type Fault } from '../support/deepl-stand-in.js';
import { REPO, listFiles, makeWorkspace, removeWorkspace, runCli } from '../support/workspace.js';

const CASES = path.join(REPO, 'tests/fixtures/bad-input');

interface Case {
  why: string;
  args?: string[];
  env?: Record<string, string>;
  write?: Record<string, string>;
  bytes?: Record<string, string>;
  append?: Record<string, string>;
  remove?: string[];
  edits?: { path: string; find?: string; regex?: string; replace: string }[];
  generate?: { path: string; after: string; text: string; times: number }[];
  deepl?: Fault[];
  expect: { file?: string; line?: number; message: string; code?: number };
}

const names = readdirSync(CASES).filter((name) => existsSync(path.join(CASES, name, 'case.json'))).sort();
let base: string;
const made: string[] = [];

/** Every file with its bytes' length and mtime: equal before and after means nothing was written. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    [...listFiles(root, 'output'), ...listFiles(root, 'locales')].map((file) => {
      const stat = statSync(path.join(root, file));
      return [file, `${stat.size} ${stat.mtimeMs}`];
    }),
  );
}

function prepare(item: Case): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-bad-'));
  made.push(root);
  cpSync(base, root, { recursive: true, preserveTimestamps: true });
  const at = (file: string) => path.join(root, file);
  for (const file of item.remove ?? []) rmSync(at(file), { force: true });
  for (const [file, text] of Object.entries(item.write ?? {})) writeFileSync(at(file), text);
  for (const [file, data] of Object.entries(item.bytes ?? {})) writeFileSync(at(file), Buffer.from(data, 'base64'));
  for (const [file, text] of Object.entries(item.append ?? {})) writeFileSync(at(file), readFileSync(at(file), 'utf8') + text);
  for (const edit of item.edits ?? []) {
    const text = readFileSync(at(edit.path), 'utf8');
    const changed = edit.regex ? text.replace(new RegExp(edit.regex, 'm'), edit.replace) : text.replace(edit.find!, edit.replace);
    if (changed === text) throw new Error(`case edit found nothing to change in ${edit.path}`);
    writeFileSync(at(edit.path), changed);
  }
  for (const item2 of item.generate ?? []) {
    const text = readFileSync(at(item2.path), 'utf8');
    const index = text.indexOf(item2.after) + item2.after.length;
    writeFileSync(at(item2.path), `${text.slice(0, index)}\n${item2.text.repeat(item2.times)}\n${text.slice(index)}`);
  }
  return root;
}

describe('bad input: a clear message at the place, a non-zero exit, nothing lost', () => {
  beforeAll(async () => {
    base = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es'] });
    cpSync(path.join(REPO, 'locales/glossary.yaml'), path.join(base, 'locales/glossary.yaml'));
    const built = await runCli(['--root', base, 'build', '--engine', 'none']);
    if (built.code !== 0) throw new Error(`base workspace did not build: ${built.stderr}`);
  });
  afterAll(() => {
    made.forEach((root) => rmSync(root, { recursive: true, force: true }));
    if (base) removeWorkspace(base);
  });

  it('has at least 50 cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
  });

  it.concurrent.each(names)('%s', async (name) => {
    const item = JSON.parse(readFileSync(path.join(CASES, name, 'case.json'), 'utf8')) as Case;
    const root = prepare(item);
    const before = snapshot(root);
    const server = item.deepl ? await startDeeplStandIn() : undefined;
    try {
      server?.fail(...(item.deepl ?? []));
      const env = { ...(item.env ?? {}), ...(server ? { DEEPL_AUTH_KEY: server.key, DEEPL_SERVER_URL: server.url, EDITIONS_DEEPL_ATTEMPTS: '1' } : {}) };
      const result = await runCli(['--root', root, ...(item.args ?? ['build', '--engine', 'none'])], env);
      const said = result.stderr.trim().split('\n').filter((line) => line.startsWith('editions: '));
      expect(result.code, result.stderr).toBe(item.expect.code ?? 1);
      expect(said, result.stderr).toHaveLength(1);
      const [line] = said;
      if (item.expect.file) expect(line, line).toContain(`editions: ${item.expect.file}${item.expect.line ? `:${item.expect.line}:` : ''}`);
      expect(line).toContain(item.expect.message);
      expect(line).toMatch(/\[[a-z-]+\]$/);
      expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
      expect(snapshot(root)).toEqual(before);
    } finally {
      await server?.close();
    }
  });
});
