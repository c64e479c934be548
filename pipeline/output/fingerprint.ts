// Content hashes that decide what a build may skip. Only node:fs and node:crypto here, so the
// "nothing changed" check runs before any heavy module is loaded.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LanguageSettings } from '../config.js';
import { fileURLToPath } from 'node:url';
import { unseal } from './seal.js';

export const BUILD_STATE = '.editions-build.json';

export function hashOf(...parts: (string | Uint8Array | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part === undefined ? '\u0000undefined' : part);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * The files under a folder whose names `keep` accepts, sorted. Symbolic links count as what they
 * point to (the snapshot reads a linked statement or language folder), each folder once.
 */
function filesUnder(dir: string, keep: (name: string) => boolean, seen = new Set<string>()): string[] {
  if (!existsSync(dir)) return [];
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? kindOf(file) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
    if (kind === 'folder') found.push(...filesUnder(file, keep, seen));
    else if (kind === 'file' && keep(entry.name)) found.push(file);
  }
  return found.sort();
}

function kindOf(file: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined; // A dangling link: nothing to read.
  }
}

/**
 * Editions' own package folder: the nearest folder above this module whose package.json is
 * Editions'. Found by looking rather than by a fixed `../..`, because this module runs from
 * pipeline/ (tests), dist/ (compiled) and dist/bundle/ at one depth or another (bundled).
 */
export function packageRoot(from: string = import.meta.url): string {
  const start = path.dirname(fileURLToPath(from));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'editions') return dir;
    } catch {
      // no package.json here, or not JSON: look further up
    }
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}

let tool: string | undefined;

/**
 * Editions' own code (size and mtime of every module): a new version re-renders everything. The
 * tree this module runs from, whichever file of it holds this code, so a CLI and its workers agree:
 * dist/bundle/ when bundled (it alone runs), else dist/ or, under tests, pipeline/.
 */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export function toolFingerprint(): string {
  if (!tool) {
    const pkg = packageRoot();
    const [top, next] = path.relative(pkg, fileURLToPath(import.meta.url)).split(path.sep);
    const bundled = top === 'dist' && next === 'bundle';
    const root = bundled ? path.join(pkg, top, next) : path.join(pkg, top);
    // The bundle names its own identity (a hash of its files, scripts/bundle.mjs): one read instead
    // of a stat of every file, and chunks left over for CLIs still running do not count.
    const own = bundled ? readIfThere(path.join(root, 'fingerprint.txt')) : undefined;
    tool = own ? hashOf('bundle', own) : hashOf(
      ...filesUnder(root, (name) => /\.(js|ts)$/.test(name)).map((file) => {
        const stat = statSync(file);
        return `${path.relative(root, file)} ${stat.size} ${stat.mtimeMs}`;
      }),
    );
  }
  return tool;
}

/**
 * Everything a build reads, file by file (path relative to the root → content hash): config,
 * sources, word list, catalogs, UI strings, glossary. The ledger is left out: it is a record, not an
 * input. Taken before the build reads anything, so a change saved while it runs is never missed.
 */
export function workspaceHashes(root: string): Map<string, string> {
  const inputs = [
    path.join(root, 'editions.config.yaml'),
    ...filesUnder(path.join(root, 'source'), (name) => name.endsWith('.md') || name === 'words.txt'),
    ...filesUnder(path.join(root, 'locales'), (name) => /\.(po|json|yaml)$/.test(name)),
  ];
  const hashes = new Map<string, string>();
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    hashes.set(path.relative(root, file).split(path.sep).join('/'), hashOf(readFileSync(file)));
  }
  return hashes;
}

/** One hash of the inputs plus what the caller adds (flags, engine availability) and the tool's version. */
export function fingerprintOf(hashes: Map<string, string>, extra: string[]): string {
  return hashOf(toolFingerprint(), ...extra, ...[...hashes].flatMap(([file, hash]) => [file, hash]));
}

/**
 * The inputs' hashes to remember after a build: as they were before it read them, except the files
 * the build itself rewrote (catalogs synced or translated), taken as the build wrote them. If
 * anything else changed meanwhile (an approval saved while it rendered), there are none: the next
 * build must run.
 */
export function settledHashes(root: string, before: Map<string, string>, used: (file: string) => string | undefined): Map<string, string> | undefined {
  const after = workspaceHashes(root);
  for (const file of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(file) === after.get(file)) continue;
    const text = used(file);
    if (text === undefined || hashOf(Buffer.from(text, 'utf8')) !== after.get(file)) return undefined;
  }
  return after;
}

/** What `status` rows depend on: every input file and the tool, not the build's flags. */
export const statusKey = (hashes: Map<string, string>): string => fingerprintOf(hashes, ['status']);

export interface BuildState {
  fingerprint: string;
  /** What the last build said, repeated when nothing changed. */
  report: string[];
  files: string[];
  /** Size and mtime of every published file: the no-op check compares them without reading. */
  stamps?: Record<string, [number, number]>;
  /** Source-check findings and the key they are valid for (see review/checks). */
  sourceCache?: unknown;
  /**
   * The build's decisions for every statement and language, valid while the inputs hash to `key`:
   * `status` on an unchanged workspace prints them without parsing a statement or a catalog.
   */
  status?: { key: string; rows: unknown[]; settings?: StatusSettings };
  /** The hash of the manifest this build published: the next one reuses its outputs only while it is the same. */
  manifest?: string;
}

/** What `status` needs of the config besides the decisions; kept with them (the config's hash is in the key). */
export interface StatusSettings {
  sourceLanguage: string;
  languages: LanguageSettings[];
  /** The machine-translation ledger's path, relative to the workspace (which may have moved since). */
  ledger: string;
}

/**
 * The last build's state, when this user's Editions wrote it (seal.ts: sealed under the secret in
 * `cacheFolder`); undefined when there is none, or it is damaged, crafted or from another machine.
 */
export function readBuildState(output: string, cacheFolder: string | undefined): BuildState | undefined {
  try {
    const json = unseal(readFileSync(path.join(output, BUILD_STATE), 'utf8'), cacheFolder);
    return json === undefined ? undefined : (JSON.parse(json) as BuildState);
  } catch {
    return undefined;
  }
}

/** The hash of output/manifest.json as it is; undefined when there is none. */
export function manifestHash(output: string): string | undefined {
  try {
    return hashOf(readFileSync(path.join(output, 'manifest.json')));
  } catch {
    return undefined;
  }
}

/** Every file the last build published is still there with the size and mtime it left. */
export function outputsUnchanged(output: string, state: BuildState): boolean {
  const stamps = Object.entries(state.stamps ?? {});
  if (!stamps.length) return false;
  for (const [file, [size, mtime]] of stamps) {
    try {
      const stat = statSync(path.join(output, file));
      if (stat.size !== size || stat.mtimeMs !== mtime) return false;
    } catch {
      return false;
    }
  }
  return true;
}
