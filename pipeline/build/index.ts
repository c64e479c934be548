// The composition: snapshot → sync saved → translate → plan → render ∥ check → publish.
// Reading is one step (snapshot), deciding is pure (plan), and writing is the sink the caller picks:
// staged on disk and published at once, or kept in memory (`write: false`) for tests.
import type { EngineChoice, ResolvedConfig } from '../config.js';
import type { Format } from '../edition.js';
import { saveSynced } from '../catalogs.js';
import { checkWorkspace } from '../check.js';
import { errorsByFile, type Finding, type SourceCache } from '../review/checks/index.js';
import { planWorkspace, translateWorkspace, type MachineTranslationEnv } from '../translate/workspace.js';
import { renderIndex } from '../render/index-page.js';
import { renderSitemap } from '../render/sitemap.js';
import { uiTranslator } from '../render/ui.js';
import { cores, poolSize, startRenderPool, type RenderPool } from '../render/pool.js';
import { toolFingerprint } from '../output/fingerprint.js';
import { isIntact, manifestEntry, type ManifestFile, type Stamp } from '../output/manifest.js';
import { removeOutputLeftovers, stageOutput } from '../output/stage.js';
import { catalogPath, shown } from '../workspace.js';
import { planBuild, type BuildPlan, type Decided } from './plan.js';
import { renderPlan } from './render.js';
import { indexStatements, orderFiles } from './index-page.js';
import { keyOf, readSnapshot, type Snapshot } from './snapshot.js';
import { writeCatalog } from '../review/po.js';
import { boundHeapGrowth } from './memory.js';

export { MANIFEST, type ManifestFile } from '../output/manifest.js';
export { creationDateOf as creationDate } from './plan.js';

/** Catalogs beyond which a build checks after rendering rather than alongside (~6 statements × 16 languages). */
const LARGE_BUILD = 100;

export interface BuildOptions {
  languages?: string[];
  formats?: Format[];
  engine?: EngineChoice;
  release?: boolean;
  /** Source-check results of the last build (spelling is slow to redo when nothing changed). */
  sourceCache?: SourceCache;
  /** Size and mtime of each output as the last build left it: an output that still matches is not re-read. */
  stamps?: Record<string, Stamp>;
  /** false: render into memory (`BuildResult.outputs`) and leave output/ alone. */
  write?: boolean;
  /** Render every edition and check everything again, reusing nothing of the last build. */
  fresh?: boolean;
  /**
   * What output/ holds was not vouched for by this machine's last build (output/seal.ts): nothing of
   * it is reused (`fresh`), and a build limited by languages or formats leaves the other files as
   * they are, out of its manifest, rather than remove them or list them as its own.
   */
  untrusted?: boolean;
}

export interface BuildEnv {
  mt: MachineTranslationEnv;
  /** SOURCE_DATE_EPOCH, when set: the date stamped into PDFs. */
  sourceDateEpoch?: number;
  say: (line: string) => void;
  /** Render workers to use (EDITIONS_RENDER_WORKERS); by default one per core when it pays. */
  renderWorkers?: number;
  /** Files rendered so far, of how many (for a progress bar). */
  progress?: (done: number, total: number) => void;
  /** A render pool started before the workspace was read (startEarly): used if it is the size the plan needs, else closed. */
  earlyPool?: RenderPool;
  /**
   * A render pool that outlives this build (`build --watch`): used whenever there is a PDF to render,
   * never closed here. Its workers keep their fonts and HarfBuzz warm from one build to the next.
   */
  keptPool?: RenderPool;
  /** Check here rather than on threads of their own (`build --watch`: this process keeps its dictionaries loaded). */
  checkHere?: boolean;
}

export interface BuildResult {
  /** Every file the manifest lists, index last. */
  files: ManifestFile[];
  decisions: Decided[];
  problems: string[];
  findings: Finding[];
  /** Source-check results for the next build to reuse. */
  sourceCache: SourceCache;
  translated: { segments: number; characters: number; fromMemory: number };
  /** Size and mtime of each published file, for the next build's cheap check. */
  stamps: Record<string, Stamp>;
  /** With `write: false`: every file made, by path inside output/. */
  outputs?: Map<string, Uint8Array>;
  /** Files of this run that were reused from the last build rather than rendered. */
  reused: number;
  /** Files of output/ a limited, untrusted build left as they were, out of its manifest (BuildOptions.untrusted). */
  leftAlone: string[];
  /** What the checks looked at again, rather than take from an earlier run: statement and catalog files. */
  checked: { sources: string[]; catalogs: string[] };
  /** A catalog's text as this build used it (path relative to the workspace), for the fingerprint. */
  usedText: (file: string) => string | undefined;
}

/** Build every edition the options ask for. Problems that affect one file are collected, not thrown. */
export async function build(config: ResolvedConfig, options: BuildOptions, env: BuildEnv): Promise<BuildResult> {
  const write = options.write !== false;
  if (write) removeOutputLeftovers(config.paths.output);
  const snapshot = readSnapshot(config, { languages: options.languages, formats: options.formats });
  if (write) saveSynced(config, snapshot.statements, snapshot.synced);
  const changed = snapshot.synced.changed.size;
  if (changed) env.say(`Updated ${changed} review catalog${changed === 1 ? '' : 's'} to match the source.`);

  let translated = { segments: 0, characters: 0, fromMemory: 0 };
  if (!options.release && options.engine !== 'none') {
    const plans = planWorkspace(config, snapshot.statements, snapshot.languages, snapshot.synced.catalogs, env.mt.engines, options.engine);
    translated = await translateWorkspace(config, snapshot.statements, plans, snapshot.synced.catalogs, env.mt);
  }

  // Fresh: no findings of an earlier run, neither the state's nor those `check` keeps in output/.
  const sourceCache = options.fresh ? undefined : options.sourceCache;
  const cacheFile = write && !options.fresh ? undefined : false;
  const check = (threads = 0) => checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages, { sourceCache, cacheFile, threads: env.checkHere ? 0 : threads });
  const intact = options.fresh ? new Set<string>() : intactOutputs(config, snapshot, options.stamps);
  const planOptions = { release: options.release, sourceDateEpoch: env.sourceDateEpoch, tool: toolFingerprint(), intact };
  // A release needs the checks' verdict before deciding; otherwise checking and rendering overlap.
  const released = options.release ? await check() : undefined;
  const plan = planBuild(snapshot, { ...planOptions, checkErrors: released && errorCounter(config, released.findings) });
  const large = snapshot.synced.catalogs.size > LARGE_BUILD;
  if (large) boundHeapGrowth();
  const toRender = plan.editions.flatMap((item) => item.files.filter((file) => !file.reuse && file.format === 'pdf')).length;
  const size = poolSize(toRender, env.renderWorkers);
  if (env.earlyPool && env.earlyPool.size !== size) await env.earlyPool.close();
  // A warm worker renders even one PDF faster than this thread would, loading the PDF renderer cold.
  const kept = toRender && env.keptPool ? env.keptPool : undefined;
  const pool = kept ?? (env.earlyPool?.size === size ? env.earlyPool : startRenderPool(size));
  const closePool = async (which: RenderPool | undefined) => {
    if (which !== kept) await which?.close();
  };
  const memory = new Map<string, Uint8Array>();
  const staging = write ? stageOutput(config.paths.output, shown(config, config.paths.output) || 'output') : undefined;
  const sink = (file: string, bytes: Uint8Array) => (staging ? staging.put(file, bytes) : memory.set(file, bytes));
  try {
    const render = () => renderPlan(plan, snapshot, sink, { pool, progress: env.progress });
    const [rendered, checked] = released
      ? [await render(), released]
      : large && pool
        ? // Many statements: the render workers keep every core busy on their own, so the checks
          // follow them, and the two never hold their memory (fonts, dictionaries) at once.
          [await render().finally(() => closePool(pool)), await check(cores())]
        : // A few: the checks are the longest chain, so they overlap rendering on a thread of their
          // own, leaving this one free to hand out PDFs and render HTML and text.
          await Promise.all([render(), check(pool ? 1 : 0)]);
    const files = publishable(snapshot, plan, rendered.files, sink);
    const limited = Boolean(options.languages?.length || options.formats?.length);
    const others = [...snapshot.previous.keys()].filter((file) => !files.some((item) => item.path === file));
    const leftAlone = options.untrusted && limited ? others : [];
    const remove = leftAlone.length ? [] : others;
    const stamps = staging ? await staging.publish(files, remove) : {};
    const reused = plan.editions.reduce((sum, item) => sum + item.files.filter((file) => file.reuse).length, 0);
    return { files, decisions: plan.decisions, problems: rendered.problems, findings: checked.findings, sourceCache: checked.sourceCache, translated, stamps, outputs: write ? undefined : memory, reused, checked: checked.checked, leftAlone, usedText: usedTexts(snapshot) };
  } catch (error) {
    staging?.abort();
    throw error;
  } finally {
    await closePool(pool);
  }
}

/** The manifest's rows: what was made or reused, what a limited build kept, and the index page. */
function publishable(snapshot: Snapshot, plan: BuildPlan, made: ManifestFile[], sink: (file: string, bytes: Uint8Array) => void): ManifestFile[] {
  const { config } = snapshot;
  const files = orderFiles(snapshot, [...made, ...plan.kept]);
  const t = uiTranslator(snapshot.ui, config.sourceLanguage, config.sourceLanguage);
  const index = new TextEncoder().encode(renderIndex(indexStatements(snapshot, plan, files), config.sourceLanguage, t, { baseUrl: config.baseUrl }));
  sink('index.html', index);
  const rows = [...files, manifestEntry('index.html', '', config.sourceLanguage, 'index', 'index', index)];
  // With a baseUrl, search engines get every HTML edition and its language alternates.
  const sitemap = renderSitemap(
    config.baseUrl,
    snapshot.statements.map((statement) => ({ slug: statement.slug, sourceLanguage: config.sourceLanguage, languages: files.filter((file) => file.statement === statement.slug && file.format === 'html').map((file) => file.language) })),
  );
  if (sitemap === undefined) return rows;
  const bytes = new TextEncoder().encode(sitemap);
  sink('sitemap.xml', bytes);
  return [...rows, manifestEntry('sitemap.xml', '', config.sourceLanguage, 'index', 'index', bytes)];
}

/** Which of the last build's files are still exactly what its manifest says (size + mtime, else hash). */
function intactOutputs(config: ResolvedConfig, snapshot: Snapshot, stamps: Record<string, Stamp> = {}): Set<string> {
  const intact = new Set<string>();
  for (const entry of snapshot.previous.values()) {
    if (entry.format !== 'index' && isIntact(config.paths.output, entry, stamps[entry.path])) intact.add(entry.path);
  }
  return intact;
}

function usedTexts(snapshot: Snapshot): (file: string) => string | undefined {
  const { config } = snapshot;
  const byFile = new Map([...snapshot.synced.catalogs.keys()].map((key) => {
    const { language, slug } = keyOf(key);
    return [shown(config, catalogPath(config, language, slug)), key] as const;
  }));
  return (file) => {
    const key = byFile.get(file);
    const catalog = key === undefined ? undefined : snapshot.synced.catalogs.get(key);
    return catalog && writeCatalog(catalog);
  };
}

function errorCounter(config: ResolvedConfig, findings: Finding[]) {
  const errors = errorsByFile(findings);
  return (key: { language: string; slug: string }) => errors.get(shown(config, catalogPath(config, key.language, key.slug))) ?? 0;
}

