// `editions build`: flags → one build → a short report a non-programmer can act on. When nothing the
// build reads has changed since the last one and every output is as it left it, it says so without
// loading the pipeline at all.
import path from 'node:path';
import type { EngineChoice, ResolvedConfig } from '../config.js';
import { detectEngines, engineFingerprint } from '../translate/registry.js';
import { statusSettings } from './status.js';
import { toolCacheDir } from './tool-cache.js';
import type { RenderPool } from '../render/pool.js';
import { seal, sealing } from '../output/seal.js';
import { BUILD_STATE, fingerprintOf, manifestHash, outputsUnchanged, readBuildState, settledHashes, statusKey, workspaceHashes, type BuildState } from '../output/fingerprint.js';

export interface BuildFlags {
  engine?: EngineChoice;
  lang?: string[];
  format?: string[];
  release?: boolean;
}

/** What besides the files decides a build's outcome: its flags and which engines it could reach. */
function environment(flags: BuildFlags): string[] {
  return [JSON.stringify({ ...flags }), process.env.SOURCE_DATE_EPOCH ?? '', ...engineFingerprint(detectEngines(process.env))];
}

const seconds = (since: number, digits: number) => `${((performance.now() - since) / 1000).toFixed(digits)} s`;

/** What `build --watch` keeps between its builds, and asks of one. */
export interface Warm {
  /** The render pool that outlives each build. */
  pool?: RenderPool;
  /** Reuse nothing: every edition rendered, everything checked (r + Enter). */
  fresh?: boolean;
  /** Check in this process, whose dictionaries and source speller stay loaded (every build after the first). */
  checkHere?: boolean;
  /** Say nothing when nothing changed since the last build (a watched file saved as it was). */
  quiet?: boolean;
}

export async function runBuild(root: string, flags: BuildFlags, loadConfig: () => Promise<ResolvedConfig>, warm?: Warm): Promise<number> {
  const started = performance.now();
  const cache = toolCacheDir(); // A bad EDITIONS_CACHE_DIR is said every time, not only when there is work to do.
  const output = path.join(root, 'output');
  // Only a state this user's Editions sealed (output/seal.ts): one copied or crafted is not trusted.
  const state = readBuildState(output, cache);
  // Taken before anything is read: a catalog saved from now on makes the next build run again.
  const before = workspaceHashes(root);
  const extra = environment(flags);
  if (!warm?.fresh && state && state.fingerprint === fingerprintOf(before, extra) && outputsUnchanged(output, state)) {
    if (warm?.quiet) return 0;
    for (const line of state.report) console.error(line);
    console.log(`Nothing changed since the last build: ${state.files.length} files in output/ are up to date (${seconds(started, 2)}).`);
    return 0;
  }

  // Nothing to reuse: every PDF will be rendered, so their worker may start loading now.
  const early = state || warm ? undefined : (await import('./early-pool.js')).startEarly(root, flags.format);
  try {
    return await buildAndReport(root, flags, loadConfig, { started, state, before, extra, output, early, warm, cache });
  } finally {
    // Taken and closed by the build, or left over when the build stopped before it (a bad flag).
    await early?.close();
  }
}

interface Prelude {
  started: number;
  state: BuildState | undefined;
  before: Map<string, string>;
  extra: string[];
  output: string;
  early: RenderPool | undefined;
  warm: Warm | undefined;
  cache: string | undefined;
}

async function buildAndReport(root: string, flags: BuildFlags, loadConfig: () => Promise<ResolvedConfig>, { started, state, before, extra, output, early, warm, cache }: Prelude): Promise<number> {
  const [{ FORMATS }, { EditionsError }, { build }, { formatFinding }, { machineTranslationEnv, renderWorkers, sourceDateEpoch, useToolCache }, { writeAtomic }, { renderProgress }] = await Promise.all([
    import('../edition.js'),
    import('../errors.js'),
    import('../build.js'),
    import('../review/checks/finding.js'),
    import('./environment.js'),
    import('../output/write.js'),
    import('./progress.js'),
  ]);
  const config = await loadConfig();
  const formats = (flags.format ?? []).map((format) => {
    if (!(FORMATS as readonly string[]).includes(format)) throw new EditionsError(`--format: "${format}" is not a format; use ${FORMATS.join(', ')}`, { rule: 'bad-flag', exitCode: 2 });
    return format as (typeof FORMATS)[number];
  });
  const report: string[] = [];
  const tell = (line: string) => {
    report.push(line);
    console.error(line);
  };
  const mt = await machineTranslationEnv();
  await useToolCache();
  const progress = renderProgress();
  let result;
  try {
    const sourceCache = state?.sourceCache as Parameters<typeof build>[1]['sourceCache'];
    // The outputs in output/ are reused only when the sealed state vouches for their manifest.
    const vouched = !sealing(cache) || (state?.manifest !== undefined && state.manifest === manifestHash(config.paths.output));
    const options = { languages: flags.lang, formats, engine: flags.engine, release: flags.release, sourceCache, stamps: state?.stamps, fresh: warm?.fresh || !vouched, untrusted: !vouched };
    const env = { mt, sourceDateEpoch: sourceDateEpoch(), say: mt.say!, renderWorkers: renderWorkers(), progress: progress.update, earlyPool: early };
    result = await build(config, options, warm ? { ...env, keptPool: warm.pool, checkHere: warm.checkHere } : env);
  } finally {
    progress.done();
    mt.done();
  }
  if (result.translated.segments || result.translated.fromMemory) {
    console.error(`Machine-translated ${result.translated.segments} segments (${result.translated.characters} characters); ${result.translated.fromMemory} reused from translation memory.`);
  }
  let blockedRequested = 0;
  for (const { key, decision } of result.decisions) {
    if (decision.status === 'pending' || decision.status === 'blocked') {
      if (decision.status === 'blocked' && flags.lang?.includes(key.language)) blockedRequested++;
      tell(`${key.slug} ${key.language}: ${decision.status === 'blocked' ? 'not released' : 'pending, no edition'} (${decision.reason})`);
    }
  }
  for (const finding of result.findings) tell(formatFinding(finding));
  for (const problem of result.problems) console.error(`error: ${problem}`);
  if (result.leftAlone.length) {
    const count = result.leftAlone.length;
    tell(`output/ holds ${count} file${count === 1 ? '' : 's'} this machine's Editions did not make (or its record of them is gone): left as ${count === 1 ? 'it is' : 'they are'} and out of the manifest; build without --lang and --format to make ${count === 1 ? 'it' : 'them'} again.`);
  }
  const editions = result.files.filter((file) => file.format !== 'index').length;
  const where = path.relative(process.cwd(), config.paths.output) || '.';
  const rendered = editions - result.reused;
  console.log(`Built ${editions} edition files in ${where}/ (${rendered} rendered, ${result.reused} unchanged; ${seconds(started, 1)}); open ${path.join(where, 'index.html')}.`);
  const code = result.problems.length || blockedRequested ? 1 : 0;
  // A build with problems, or one whose inputs changed while it ran, leaves no fingerprint: the next
  // run builds again instead of repeating this one's report.
  const settled = code === 0 ? settledHashes(root, before, result.usedText) : undefined;
  const next: BuildState = {
    fingerprint: (settled && fingerprintOf(settled, extra)) || '',
    report,
    files: [...result.files.map((file) => file.path), 'manifest.json'],
    stamps: result.stamps,
    sourceCache: result.sourceCache,
    // Every language decided as `status` decides it (no --lang, no --release): status may reuse them.
    status: settled && !flags.lang?.length && !flags.release ? { key: statusKey(settled), rows: result.decisions, settings: statusSettings(config) } : undefined,
    manifest: manifestHash(config.paths.output),
  };
  writeAtomic(path.join(output, BUILD_STATE), seal(JSON.stringify(next), cache), output);
  return code;
}
