// `editions build --watch`: build, then build again whenever a statement, a catalog, the word list,
// the glossary, the UI strings or the config changes (an editor approving in the review page or in a
// PO tool), in this same process. Its modules, the render worker with its fonts and HarfBuzz, the
// source's speller and the spelling verdicts stay loaded, so a rebuild costs what changed, not a
// start. r + Enter rebuilds everything (nothing reused); q + Enter or Ctrl+C stops, after the build
// under way has finished writing: output/ is never left half-written.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { ResolvedConfig } from '../config.js';
import { isEditionsError } from '../errors.js';
import { poolSize, startRenderPool, type RenderPool } from '../render/pool.js';
import { runBuild, type BuildFlags } from './build.js';
import { likelyPdfs } from './early-pool.js';
import { report } from './report.js';

/** Changes that settle within this long make one build (a PO tool saves, then renames). */
const SETTLE_MS = 100;

/** Files a build reads (see workspaceHashes): relative to the workspace, with / separators. */
export function isBuildInput(relative: string): boolean {
  if (relative === 'editions.config.yaml') return true;
  if (/(^|\/)[^/]*\.lock(\/|$)/.test(relative)) return false;
  return relative.startsWith('source/') || relative.startsWith('locales/');
}

export interface WatchSession {
  /** Settles with the exit code once stopped. */
  done: Promise<number>;
  /** Stop after the build under way, if any. */
  stop: () => void;
}

/** Build `root`, then keep building as its inputs change, until stopped. */
export function watchBuild(root: string, flags: BuildFlags, loadConfig: () => Promise<ResolvedConfig>): WatchSession {
  // One worker whenever the editions have PDFs: kept warm from one build to the next.
  const wantsPdf = !flags.format?.length || flags.format.includes('pdf');
  const pool: RenderPool | undefined = wantsPdf && process.env.EDITIONS_RENDER_WORKERS === undefined ? startRenderPool(Math.max(1, poolSize(likelyPdfs(root)))) : undefined;
  let builds = 0;
  let running: Promise<void> | undefined;
  let again: 'changes' | 'fresh' | undefined;
  let stopping = false;
  let fatal: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  let failed = false;
  const once = async (fresh: boolean) => {
    try {
      // After a failed build, "nothing changed" is news: the mended files are as the last build left them.
      await runBuild(root, flags, loadConfig, { pool, fresh, checkHere: builds > 0, quiet: builds > 0 && !failed });
      failed = false;
    } catch (error) {
      // A user's mistake (bad Markdown, a broken config) is said and waited out; a bug stops the watch.
      const code = report(error, false);
      if (!isEditionsError(error) && code === 70) fatal = code;
      failed = true;
    }
    builds++;
  };
  const kick = (kind: 'changes' | 'fresh') => {
    if (stopping) return;
    if (running) {
      again = again === 'fresh' || kind === 'fresh' ? 'fresh' : 'changes';
      return;
    }
    running = (async () => {
      let next: 'changes' | 'fresh' | undefined = kind;
      while (next && !stopping && fatal === undefined) {
        again = undefined;
        await once(next === 'fresh');
        next = again;
      }
      running = undefined;
      if (fatal !== undefined) stop();
    })();
  };

  let watcher: FSWatcher | undefined;
  const lines = process.stdin.readable ? readline.createInterface({ input: process.stdin }) : undefined;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(timer);
    watcher?.close();
    lines?.close();
    // A pipe left open by whoever started the watch would keep this process alive.
    process.stdin.destroy();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void (async () => {
      await running;
      await pool?.close();
      finish(fatal ?? 0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  lines?.on('line', (line) => {
    const command = line.trim().toLowerCase();
    if (command === 'q') stop();
    else if (command === 'r') kick('fresh');
  });

  // Watching from before the first build: a file saved while it runs makes one more.
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => {
      if (!name || !isBuildInput(String(name).split(path.sep).join('/'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => kick('changes'), SETTLE_MS);
    });
    watcher.on('error', (error) => {
      report(error, false);
      stop();
    });
  } catch (error) {
    report(error, false);
    void pool?.close();
    lines?.close();
    process.stdin.destroy();
    return { done: Promise.resolve(1), stop: () => undefined };
  }
  kick('changes');
  void running?.then(() => {
    if (!stopping) console.error('Watching source/, locales/ and editions.config.yaml: the editions are rebuilt when they change. r + Enter: rebuild everything; q + Enter or Ctrl+C: stop.');
  });
  return { done, stop };
}
