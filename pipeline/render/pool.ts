// Render on every core: a small pool of worker threads for the slow formats (PDF). Rendering in
// process remains the fallback (one core, few files, or running from TypeScript sources in tests).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { EditionsError, InternalError } from '../errors.js';
import type { RenderReply, RenderTask } from './worker.js';

export interface RenderPool {
  render: (task: Omit<RenderTask, 'id'>) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

/** Start `size` workers, or none (undefined) when a pool would not pay. */
export function startRenderPool(size: number): RenderPool | undefined {
  const script = new URL('./worker.js', import.meta.url);
  if (size < 2 || !import.meta.url.endsWith('.js')) return undefined;
  const workers = Array.from({ length: size }, () => new Worker(script));
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: unknown) => void }>();
  const queue: RenderTask[] = [];
  const idle: Worker[] = [...workers];
  let next = 0;
  const pump = () => {
    while (idle.length && queue.length) idle.pop()!.postMessage(queue.shift());
  };
  for (const worker of workers) {
    worker.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      idle.push(worker);
      pump();
      if (!waiting) return;
      if ('bytes' in reply) waiting.resolve(reply.bytes);
      else if (reply.error.rule) waiting.reject(new EditionsError(reply.error.message, { rule: reply.error.rule, place: reply.error.place }));
      else waiting.reject(new InternalError(`a render worker failed: ${reply.error.message}`));
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  return {
    render: (task) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        queue.push({ ...task, id });
        pump();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** How many render workers this machine and job deserve: one per core, only when there is work for each. */
export function poolSize(slowTasks: number, override?: number): number {
  if (override !== undefined) return override;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Starting a worker (pdfkit, fonts) costs about a second: below a dozen PDFs one core is faster.
  return slowTasks >= 12 ? Math.min(cores, 4) : 0;
}
