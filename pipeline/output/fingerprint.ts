// Content hashes that decide what a build may skip. Only node:fs and node:crypto here, so the
// "nothing changed" check runs before any heavy module is loaded.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILD_STATE = '.editions-build.json';

export function hashOf(...parts: (string | Uint8Array | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part === undefined ? '\u0000undefined' : part);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort();
}

let tool: string | undefined;

/** Editions' own code (size and mtime of every module): a new version re-renders everything. */
export function toolFingerprint(): string {
  if (!tool) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    tool = hashOf(...filesUnder(root, (name) => /\.(js|ts)$/.test(name)).map((file) => `${path.relative(root, file)} ${statSync(file).size} ${statSync(file).mtimeMs}`));
  }
  return tool;
}

/**
 * Everything a build reads: config, sources, word list, catalogs, UI strings, glossary, plus what
 * the caller adds (flags, engine availability). The ledger is left out: it is a record, not an input.
 */
export function workspaceFingerprint(root: string, extra: string[]): string {
  const inputs = [
    path.join(root, 'editions.config.yaml'),
    ...filesUnder(path.join(root, 'source'), (name) => name.endsWith('.md') || name === 'words.txt'),
    ...filesUnder(path.join(root, 'locales'), (name) => /\.(po|json|yaml)$/.test(name)),
  ];
  return hashOf(toolFingerprint(), ...extra, ...inputs.flatMap((file) => [path.relative(root, file), existsSync(file) ? readFileSync(file) : undefined]));
}

export interface BuildState {
  fingerprint: string;
  /** What the last build said, repeated when nothing changed. */
  report: string[];
  files: string[];
  /** Source-check findings and the key they are valid for (see review/checks). */
  sourceCache?: unknown;
}

export function readBuildState(output: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(path.join(output, BUILD_STATE), 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}
