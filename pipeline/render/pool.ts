// Render on every core: a small pool of worker threads for the slow format (PDF). Rendering in
// process remains the fallback (one core, few files, or running from TypeScript sources in tests).
// Workers start loading the PDF renderer (pdfkit, fonts) as soon as they exist, so a build that
// starts its pool before checking catalogs has them ready when the first PDF is due. A worker
// holds two tasks: it draws one while this thread makes the fonts' subsets of the other
// (pdf/subset-service.ts), so it does not wait on subsetting.
import os from 'node:os';
import type { RuleId } from '../rules.js';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { EditionsError, InternalError } from '../errors.js';
import { workerScript } from '../workers.js';
import { serveSubsets } from './pdf/subset-service.js';
import type { RenderReply, RenderTask } from './worker.js';

export interface RenderPool {
  size: number;
  render: (task: Omit<RenderTask, 'id'>) => Promise<Uint8Array>;
  /** False once every worker has stopped (or the pool was closed): it takes no more tasks. */
  alive: () => boolean;
  close: () => Promise<void>;
}

/** A PDF not drawn because no font covers some of its characters: one problem line per character. */
export class UncoveredGlyphs extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Tasks a worker holds at once: one it draws, one whose fonts' subsets this thread makes. */
export const HELD_PER_WORKER = 2;

/** Start `size` workers, or none (undefined) when a pool would not pay. */
export function startRenderPool(size: number): RenderPool | undefined {
  const script = workerScript('render/worker.js');
  if (size < 1 || !script) return undefined;
  // Each worker gets a channel on which this thread makes its fonts' subsets (pdf/subset-service.ts).
  const channels: MessagePort[] = [];
  const workers = Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    serveSubsets(port1);
    // The workers keep this process alive while they run; the channel need not.
    port1.unref();
    channels.push(port1);
    return new Worker(script, { workerData: { subsets: port2 }, transferList: [port2] });
  });
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void }>();
  // The tasks each worker holds: it draws one while the subsets of another are made here.
  const held = new Map<Worker, Set<number>>(workers.map((worker) => [worker, new Set()]));
  const queue: RenderTask[] = [];
  let next = 0;
  let alive = size;
  let closing = false;
  const pump = () => {
    while (queue.length) {
      const least = [...held].sort((a, b) => a[1].size - b[1].size)[0];
      if (!least || least[1].size >= HELD_PER_WORKER) return;
      const [worker, tasks] = least;
      const task = queue.shift()!;
      tasks.add(task.id);
      worker.postMessage(task);
    }
  };
  for (const worker of workers) {
    worker.postMessage({ warm: 'pdf' });
    worker.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      held.get(worker)?.delete(reply.id);
      pump();
      if (!waiting) return;
      if ('bytes' in reply) waiting.resolve(reply.bytes);
      else if ('uncovered' in reply) waiting.reject(new UncoveredGlyphs(reply.uncovered));
      else if (reply.error.rule) waiting.reject(new EditionsError(reply.error.message, { rule: reply.error.rule as RuleId, place: reply.error.place }));
      else waiting.reject(new InternalError(`a render worker failed: ${reply.error.message}`));
    });
    // A worker that dies (out of memory, a crash in native code, an exit) fails the tasks it held, not the others.
    const lost = (why: string) => {
      const tasks = held.get(worker);
      held.delete(worker);
      for (const id of tasks ?? []) {
        pending.get(id)?.reject(new InternalError(`a render worker stopped: ${why}`));
        pending.delete(id);
      }
      pump();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => {
      alive--;
      if (!closing) lost(`it exited (${code})`);
      if (alive > 0 || closing) return;
      // No worker left to take the queue: fail what waits instead of hanging the build.
      for (const waiting of pending.values()) waiting.reject(new InternalError('every render worker stopped'));
      pending.clear();
      queue.length = 0;
    });
  }
  return {
    size,
    render: (task) =>
      new Promise<Uint8Array>((resolve, reject) => {
        // A pool kept between builds (build --watch) may have lost its workers since: say so, never wait.
        if (alive === 0) return reject(new InternalError('every render worker stopped'));
        const id = next++;
        pending.set(id, { resolve, reject });
        queue.push({ ...task, id });
        pump();
      }),
    alive: () => alive > 0 && !closing,
    close: async () => {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
      channels.forEach((port) => port.close());
    },
  };
}

export function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many render workers this machine and job deserve. Each worker pays its own start (modules,
 * fonts, HarfBuzz, a cold JIT): below eight PDFs rendering here is as fast; up to 32, one worker
 * renders them while this thread makes HTML and text (two cost more CPU and memory for the same
 * wall time: measured on the UDHR benchmark); beyond, one per core. `override` is
 * EDITIONS_RENDER_WORKERS: 0 or 1 render in process, more start that many workers.
 */
export function poolSize(slowTasks: number, override?: number): number {
  if (override !== undefined) return override < 2 ? 0 : override;
  if (slowTasks < 8) return 0;
  return slowTasks < 32 ? 1 : Math.min(cores(), 4);
}
