// `editions build --watch`: build, then build again whenever a statement, a catalog, the word list,
// the glossary, the UI strings or the config changes (an editor approving in the review page or in a
// PO tool), in this same process. Its modules, the render worker with its fonts and HarfBuzz, and
// the source's speller stay loaded (spelling verdicts are read again from the tool cache folder, a
// few KB), so a rebuild costs what changed, not a start. r + Enter rebuilds everything (nothing reused); q + Enter or Ctrl+C stops, after the build
// under way has finished writing: output/ is never left half-written.
import { existsSync, readdirSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { ResolvedConfig } from '../config.js';
import { poolSize, startRenderPool, type RenderPool } from '../render/pool.js';
import { runBuild, type BuildFlags } from './build.js';
import { likelyPdfs } from './early-pool.js';
import { report } from './report.js';

/** Changes that settle within this long make one build (a PO tool saves, then renames). */
const SETTLE_MS = 100;

/** Files a build reads, as workspaceHashes lists them: relative to the workspace, with / separators. */
export function isBuildInput(relative: string): boolean {
  if (relative === 'editions.config.yaml') return true;
  if (/(^|\/)[^/]*\.lock(\/|$)/.test(relative)) return false;
  if (relative.startsWith('source/')) return relative.endsWith('.md') || relative.endsWith('/words.txt');
  return relative.startsWith('locales/') && /\.(po|json|yaml)$/.test(relative);
}

export interface WatchSession {
  /** Settles with the exit code once stopped. */
  done: Promise<number>;
  /** Stop after the build under way, if any. */
  stop: () => void;
}

type Kind = 'changes' | 'fresh';

/**
 * One build at a time: a request while one runs makes one more after it (a fresh one if either
 * asked for it). `idle` settles when no build runs.
 */
function buildQueue(build: (fresh: boolean) => Promise<void>, halted: () => boolean) {
  let running: Promise<void> | undefined;
  let again: Kind | undefined;
  const request = (kind: Kind) => {
    if (running) {
      again = again === 'fresh' || kind === 'fresh' ? 'fresh' : 'changes';
      return running;
    }
    running = (async () => {
      let next: Kind | undefined = kind;
      while (next && !halted()) {
        again = undefined;
        await build(next === 'fresh');
        next = again;
      }
      running = undefined;
    })();
    return running;
  };
  return { request, idle: async () => running };
}

/**
 * Call `changed` once the build inputs under `root` have been still for SETTLE_MS after a save.
 * Each folder is watched on its own, not the tree at once: Node 20's recursive watch on Linux
 * follows each file, and a file saved by writing a copy and renaming it over (the review page, most
 * PO tools, the build's own sync) would not be followed after its first save. Folders made later
 * (a new language) are watched from their first event.
 */
function listen(root: string, changed: () => void, failed: (error: unknown) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  };
  const drop = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const add = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        if (event === 'rename') scan();
        if (name && isBuildInput(path.relative(root, path.join(folder, String(name))).split(path.sep).join('/'))) poke();
      });
    } catch (error) {
      if (folder === root) throw error;
      return; // Gone meanwhile: the next scan sees.
    }
    watcher.on('error', (error) => (folder === root ? failed(error) : drop(folder)));
    watchers.set(folder, watcher);
  };
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    add(folder);
    for (const entry of entries) if (entry.isDirectory() && !entry.name.endsWith('.lock')) walk(path.join(folder, entry.name));
  };
  const scan = () => {
    for (const folder of [...watchers.keys()]) if (folder !== root && !existsSync(folder)) drop(folder);
    add(root);
    walk(path.join(root, 'source'));
    walk(path.join(root, 'locales'));
  };
  scan();
  return () => {
    clearTimeout(timer);
    for (const folder of [...watchers.keys()]) drop(folder);
  };
}

/** r + Enter and q + Enter, typed by whoever runs the watch; the returned function lets stdin go. */
function keys(on: { r: () => void; q: () => void }): () => void {
  const lines = process.stdin.readable ? readline.createInterface({ input: process.stdin }) : undefined;
  lines?.on('line', (line) => {
    const key = line.trim().toLowerCase();
    if (key === 'q') on.q();
    else if (key === 'r') on.r();
  });
  return () => {
    lines?.close();
    // A pipe left open by whoever started the watch would keep this process alive.
    process.stdin.destroy();
  };
}

/** Build `root`, then keep building as its inputs change, until stopped. */
export function watchBuild(root: string, flags: BuildFlags, loadConfig: () => Promise<ResolvedConfig>): WatchSession {
  // One worker whenever the editions have PDFs: kept warm from one build to the next.
  const wantsPdf = !flags.format?.length || flags.format.includes('pdf');
  const startPool = () => (wantsPdf && process.env.EDITIONS_RENDER_WORKERS === undefined ? startRenderPool(Math.max(1, poolSize(likelyPdfs(root)))) : undefined);
  let pool: RenderPool | undefined = startPool();
  let builds = 0;
  let failed = false;
  let stopping = false;
  let fatal: number | undefined;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const once = async (fresh: boolean) => {
    // A worker that died (out of memory, a crash in native code) failed its build; the next gets new ones.
    if (pool && !pool.alive()) {
      void pool.close();
      pool = startPool();
    }
    try {
      // After a failed build, "nothing changed" is news: the mended files are as the last build left them.
      await runBuild(root, flags, loadConfig, { pool, fresh, checkHere: builds > 0, quiet: builds > 0 && !failed });
      failed = false;
    } catch (error) {
      // A user's mistake (bad Markdown, a broken config) is said and waited out; a bug stops the watch.
      if (report(error, false) === 70) fatal = 70;
      failed = true;
    }
    builds++;
    if (fatal !== undefined) stop();
  };
  const queue = buildQueue(once, () => stopping || fatal !== undefined);
  let unlisten = () => undefined as void;
  let releaseKeys = () => undefined as void;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    unlisten();
    releaseKeys();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void (async () => {
      await queue.idle();
      await pool?.close();
      finish(fatal ?? 0);
    })();
  };

  // Listening from before the first build: a file saved while it runs makes one more.
  try {
    unlisten = listen(root, () => void queue.request('changes'), (error) => {
      report(error, false);
      stop();
    });
  } catch (error) {
    report(error, false);
    void pool?.close();
    return { done: Promise.resolve(1), stop: () => undefined };
  }
  releaseKeys = keys({ r: () => void queue.request('fresh'), q: stop });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void queue.request('changes').then(() => {
    if (!stopping) console.error('Watching source/, locales/ and editions.config.yaml: the editions are rebuilt when they change. r + Enter: rebuild everything; q + Enter or Ctrl+C: stop.');
  });
  return { done, stop };
}
