// A build of many statements runs for tens of seconds on every core. V8 lets a heap grow to several
// times what it holds before it collects again (the factor adapts to how fast it collects): over such
// a build, the main thread and each render worker carried 50–100 MB of garbage each, and the peak
// passed 600 MB at 100 statements. A growth of 25 % above what is live bounds that (644 → 489 MiB),
// for a few percent more time (31.5 → 32.8 s); a short build keeps V8's default, its heaps stay small.
import v8 from 'node:v8';

/** Heaps may grow 25 % above their live size before a full collection. */
export const BOUNDED_GROWTH = '--heap-growing-percent=25';

let bounded = false;

/** Bound heap growth for the rest of the process, in every thread (V8's flags are per process). */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  v8.setFlagsFromString(BOUNDED_GROWTH);
}
