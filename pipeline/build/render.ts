// Planned editions → bytes, handed to a sink one file at a time (so a build of thousands of files
// never holds them all). PDFs go to a pool of worker threads when one is running; HTML and text, and
// every format when there is no pool, render here meanwhile.
import { describeError, isEditionsError } from '../errors.js';
import { usesCjkFonts } from '../language.js';
import { RENDERERS, type Renderer } from '../render/renderers.js';
import { HELD_PER_WORKER, UncoveredGlyphs, type RenderPool } from '../render/pool.js';
import { uncoveredLines, type CoverageTask, type RenderTask } from '../render/worker.js';
import { uiTranslator } from '../render/ui.js';
import { manifestEntry, type ManifestFile } from '../output/manifest.js';
import { catalogPath, shown, type UiResources } from '../workspace.js';
import type { BuildPlan, PlannedEdition, PlannedFile } from './plan.js';
import { catalogOf, type Snapshot } from './snapshot.js';

export type Sink = (file: string, bytes: Uint8Array) => void;

export interface RenderEnv {
  pool?: RenderPool;
  /** Files rendered so far, of how many. */
  progress?: (done: number, total: number) => void;
}

export interface Rendered {
  /** One manifest row per file made or reused, in plan order. */
  files: ManifestFile[];
  problems: string[];
}

interface Job {
  planned: PlannedEdition;
  file: PlannedFile;
}

/** Render every planned file that cannot be reused; each file's bytes go to `sink` as soon as they exist. */
export async function renderPlan(plan: BuildPlan, snapshot: Snapshot, sink: Sink, env: RenderEnv = {}): Promise<Rendered> {
  const made = new Map<string, ManifestFile>();
  const problems: string[] = [];
  const ordered = env.pool ? slowestFirst(plan.editions) : plan.editions;
  const jobs: Job[] = ordered.flatMap((planned) => planned.files.filter((file) => !file.reuse).map((file) => ({ planned, file })));
  let done = 0;
  const remaining = new Map<PlannedEdition, number>();
  for (const job of jobs) remaining.set(job.planned, (remaining.get(job.planned) ?? 0) + 1);
  const settle = (job: Job) => {
    const left = remaining.get(job.planned)! - 1;
    remaining.set(job.planned, left);
    if (left === 0) job.planned.forget();
    env.progress?.(++done, jobs.length);
  };
  const finish = (job: Job, bytes: Uint8Array) => {
    sink(job.file.path, bytes);
    const { key, status } = job.planned;
    made.set(job.file.path, manifestEntry(job.file.path, key.slug, key.language, job.file.format, status, bytes, job.file.inputs));
    settle(job);
  };
  const fail = (job: Job, error: unknown) => {
    if (error instanceof UncoveredGlyphs) problems.push(...error.lines);
    else if (!isEditionsError(error)) throw error;
    else problems.push(`${job.file.path}: ${describeError(error)}`);
    settle(job);
  };
  const here = new Map<string, Renderer>();
  const renderHere = async (job: Job) => {
    const format = job.file.format;
    if (!here.has(format)) here.set(format, await RENDERERS[format]());
    const { edition } = job.planned;
    return here.get(format)!(edition, uiTranslator(snapshot.ui, edition.language, snapshot.config.sourceLanguage), { creationDate: job.planned.creationDate, fonts: job.planned.fonts, baseUrl: snapshot.config.baseUrl });
  };
  // One pass: each edition's PDF goes to the pool (what its workers hold, and one more each ready to
  // go), its HTML and text render here meanwhile, so only a few editions are alive at a time.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  for (const job of jobs) {
    if (failure) break;
    const pool = job.file.format === 'pdf' ? env.pool : undefined;
    if (pool) {
      while (inFlight.size >= pool.size * (HELD_PER_WORKER + 1)) await Promise.race(inFlight);
      const task = pool
        .render(taskOf(snapshot, job))
        .then(
          (bytes) => finish(job, bytes),
          (error) => fail(job, error),
        )
        .catch((error) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      continue;
    }
    const uncovered = job.file.format === 'pdf' ? await uncoveredLines(coverageOf(snapshot, job)) : [];
    if (uncovered.length) {
      fail(job, new UncoveredGlyphs(uncovered));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await renderHere(job);
    } catch (error) {
      fail(job, error);
      continue;
    }
    // Outside the try: a file that cannot be written (full disk) stops the build, it is not one file's problem.
    finish(job, bytes);
    // Let the pool's replies (and their writes) in between two renders here.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  const files = plan.editions.flatMap((planned) => planned.files.map((file) => file.reuse ?? made.get(file.path)).filter((file): file is ManifestFile => Boolean(file)));
  return { files, problems };
}

/**
 * Editions whose PDFs take longest go to the pool first: the subsets of the CJK fonts (~50 ms each,
 * made on this thread) are then ready while the workers draw the rest, not waited for at the end.
 * Otherwise plan order; the manifest keeps plan order whatever the render order.
 */
function slowestFirst(editions: PlannedEdition[]): PlannedEdition[] {
  const slow = (planned: PlannedEdition) => Number(usesCjkFonts(planned.key.language));
  return [...editions].sort((a, b) => slow(b) - slow(a));
}

function taskOf(snapshot: Snapshot, job: Job): Omit<RenderTask, 'id'> {
  const { edition, creationDate, fonts } = job.planned;
  const fallback = snapshot.config.sourceLanguage;
  return { format: 'pdf', edition, ui: uiFor(snapshot.ui, edition.language, fallback), fallback, options: { creationDate, fonts, baseUrl: snapshot.config.baseUrl }, coverage: coverageOf(snapshot, job) };
}

/** Only the two languages a task needs cross the thread boundary. */
function uiFor(ui: UiResources, language: string, fallback: string): UiResources {
  return Object.fromEntries([language, fallback].filter((code) => ui[code]).map((code) => [code, ui[code]]));
}

/** The texts of an edition with the place each comes from: catalog lines, or the statement's own. */
function coverageOf(snapshot: Snapshot, job: Job): CoverageTask {
  const { config } = snapshot;
  const { key, fonts } = job.planned;
  const statement = snapshot.statements.find((item) => item.slug === key.slug)!;
  if (key.language === config.sourceLanguage) return { texts: statement.segments.map((segment) => ({ text: segment.source, place: segment.position })), language: key.language, fonts };
  const file = shown(config, catalogPath(config, key.language, key.slug));
  const texts = catalogOf(snapshot, key)
    .entries.filter((entry) => entry.translation)
    .map((entry) => ({ text: entry.translation, place: { file, line: entry.line ?? 0 } }));
  return { texts, language: key.language, fonts };
}
