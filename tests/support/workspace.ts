// Temporary workspaces made from the repository's real statement, config and UI strings, and a way to
// run the real CLI (bin/editions.js) on them.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = path.join(REPO, 'source/2024-nato-summit.md');
export const SLUG = '2024-nato-summit';

export interface WorkspaceOptions {
  /** Languages for the config (default: es, fr, ru). */
  languages?: (string | Record<string, unknown>)[];
  /** Extra top-level config lines. */
  extraConfig?: string;
  /** Copy the repository's committed catalogs for these languages. */
  catalogs?: string[];
}

/** A fresh workspace in a temp folder, holding the real seed statement and the real ui.json files. */
export function makeWorkspace(options: WorkspaceOptions = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-ws-'));
  mkdirSync(path.join(root, 'source'));
  cpSync(SEED, path.join(root, 'source', `${SLUG}.md`));
  const languages = options.languages ?? ['es', 'fr', 'ru'];
  const codes = languages.map((item) => (typeof item === 'string' ? item : String(item.code)));
  for (const code of ['en', ...codes]) {
    const ui = path.join(REPO, 'locales', code, 'ui.json');
    mkdirSync(path.join(root, 'locales', code), { recursive: true });
    try {
      cpSync(ui, path.join(root, 'locales', code, 'ui.json'));
    } catch {
      // A language without UI strings falls back to English; some tests want exactly that.
    }
  }
  for (const code of options.catalogs ?? []) cpSync(path.join(REPO, 'locales', code, `${SLUG}.po`), path.join(root, 'locales', code, `${SLUG}.po`));
  const list = languages.map((item) => (typeof item === 'string' ? `  - ${item}` : `  - ${JSON.stringify(item)}`)).join('\n');
  writeFileSync(path.join(root, 'editions.config.yaml'), `sourceLanguage: en\nlanguages:\n${list}\n${options.extraConfig ?? ''}`);
  return root;
}

export function removeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real CLI. The environment is cleared of DeepL settings unless the test passes them. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): Promise<CliResult> {
  const base = { ...process.env };
  delete base.DEEPL_AUTH_KEY;
  delete base.DEEPL_SERVER_URL;
  // A developer's own language-model settings would change what `auto` chooses in every test.
  for (const name of ['EDITIONS_LLM_URL', 'EDITIONS_LLM_MODEL', 'EDITIONS_LLM_KEY']) delete base[name];
  // Dictionary indexes go to one folder of the test run's own, not the developer's ~/.cache.
  base.EDITIONS_CACHE_DIR ??= path.join(os.tmpdir(), 'editions-test-cache');
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(REPO, 'bin/editions.js'), ...args], { env: { ...base, ...env }, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** Every file under a folder, relative, sorted: to prove a failed run wrote nothing. */
export function listFiles(root: string, dir = ''): string[] {
  const full = path.join(root, dir);
  let names: string[];
  try {
    names = readdirSync(full, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  } catch {
    return [];
  }
  return names.flatMap((name) => (name.endsWith('/') ? listFiles(root, path.join(dir, name)) : [path.join(dir, name)])).sort();
}

export interface WatchedCli {
  /** Resolves with everything printed so far once `pattern` has appeared `count` times on stdout or stderr. */
  waitFor: (pattern: RegExp, count?: number, timeoutMs?: number) => Promise<string>;
  /** Type a line (r, q) as an editor would. */
  type: (line: string) => void;
  signal: (name: NodeJS.Signals) => void;
  exited: Promise<number | null>;
  output: () => string;
}

/** `editions --root ROOT build --watch …`, running; the same environment as runCli. */
export function watchCli(root: string, args: string[] = [], env: Record<string, string | undefined> = {}): WatchedCli {
  const base = { ...process.env };
  for (const name of ['DEEPL_AUTH_KEY', 'DEEPL_SERVER_URL', 'EDITIONS_LLM_URL', 'EDITIONS_LLM_MODEL', 'EDITIONS_LLM_KEY']) delete base[name];
  base.EDITIONS_CACHE_DIR ??= path.join(os.tmpdir(), 'editions-test-cache');
  const child = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'build', '--watch', ...args], { env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let text = '';
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    waitFor: (pattern, count = 1, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        const check = () => {
          if ((text.match(global) ?? []).length < count) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(text);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${count} × ${pattern} within ${timeoutMs} ms; output:\n${text}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    type: (line) => child.stdin.write(`${line}\n`),
    signal: (name) => child.kill(name),
    exited,
    output: () => text,
  };
}
