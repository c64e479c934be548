// Where the scripts of worker threads are, in one place: the compiled tree (dist/) keeps the
// sources' layout, so a worker is found relative to this module. Running from TypeScript sources
// (tests under vitest) there is no compiled worker: callers then do the work in process.
export type WorkerName = 'render/worker.js' | 'build/check-worker.js';

export function workerScript(name: WorkerName): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  return new URL(`./${name}`, import.meta.url);
}
