// `editions build`: flags → one build → a short report a non-programmer can act on. When nothing the
// build reads has changed since the last one, it says so without loading the pipeline at all.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { EngineChoice, ResolvedConfig } from '../config.js';
import { BUILD_STATE, readBuildState, workspaceFingerprint, type BuildState } from '../output/fingerprint.js';

interface BuildFlags {
  engine?: EngineChoice;
  lang?: string[];
  format?: string[];
  release?: boolean;
}

/** What besides the files decides a build's outcome: its flags and which engines it could reach. */
function environment(flags: BuildFlags): string[] {
  const modes = process.env.EDITIONS_APERTIUM_MODES || '/usr/share/apertium/modes';
  return [
    JSON.stringify({ ...flags }),
    String(Boolean(process.env.DEEPL_AUTH_KEY)),
    process.env.DEEPL_SERVER_URL ?? '',
    process.env.SOURCE_DATE_EPOCH ?? '',
    existsSync(modes) ? readdirSync(modes).sort().join(',') : '',
  ];
}

export async function runBuild(root: string, flags: BuildFlags, loadConfig: () => Promise<ResolvedConfig>): Promise<number> {
  const started = performance.now();
  const output = path.join(root, 'output');
  const state = readBuildState(output);
  if (state && state.fingerprint === workspaceFingerprint(root, environment(flags)) && state.files.every((file) => existsSync(path.join(output, file)))) {
    for (const line of state.report) console.error(line);
    console.log(`Nothing changed since the last build: ${state.files.length} files in output/ are up to date (${((performance.now() - started) / 1000).toFixed(2)} s).`);
    return 0;
  }

  const [{ FORMATS }, { EditionsError }, { build }, { formatFinding }, { machineTranslationEnv, renderWorkers, sourceDateEpoch }, { writeAtomic }] = await Promise.all([
    import('../edition.js'),
    import('../errors.js'),
    import('../build.js'),
    import('../review/checks/index.js'),
    import('./environment.js'),
    import('../output/write.js'),
  ]);
  const config = await loadConfig();
  const formats = (flags.format ?? []).map((format) => {
    if (!(FORMATS as readonly string[]).includes(format)) throw new EditionsError(`--format: "${format}" is not a format; use ${FORMATS.join(', ')}`, { rule: 'bad-flag' });
    return format as (typeof FORMATS)[number];
  });
  const report: string[] = [];
  const tell = (line: string) => {
    report.push(line);
    console.error(line);
  };
  const mt = await machineTranslationEnv();
  let result;
  try {
    const sourceCache = state?.sourceCache as Parameters<typeof build>[1]['sourceCache'];
    result = await build(config, { languages: flags.lang, formats, engine: flags.engine, release: flags.release, sourceCache }, { mt, sourceDateEpoch: sourceDateEpoch(), say: mt.say!, renderWorkers: renderWorkers() });
  } finally {
    mt.done();
  }
  if (result.translated.segments || result.translated.fromMemory) {
    console.error(`Machine-translated ${result.translated.segments} segments (${result.translated.characters} characters); ${result.translated.fromMemory} reused from translation memory.`);
  }
  let blockedRequested = 0;
  for (const { slug, language, decision } of result.decisions) {
    if (decision.status === 'pending' || decision.status === 'blocked') {
      if (decision.status === 'blocked' && flags.lang?.includes(language)) blockedRequested++;
      tell(`${slug} ${language}: ${decision.status === 'blocked' ? 'not released' : 'pending, no edition'} (${decision.reason})`);
    }
  }
  for (const finding of result.findings) tell(formatFinding(finding));
  for (const problem of result.problems) console.error(`error: ${problem}`);
  const editions = result.files.filter((file) => file.format !== 'index').length;
  const where = path.relative(process.cwd(), config.paths.output) || '.';
  console.log(`Built ${editions} edition files in ${where}/ (${((performance.now() - started) / 1000).toFixed(1)} s); open ${path.join(where, 'index.html')}.`);
  const code = result.problems.length || blockedRequested ? 1 : 0;
  // Taken after the build, which may have rewritten catalogs: the next run compares against this.
  // A build with problems leaves no fingerprint, so the next run tries again instead of repeating it.
  const next: BuildState = {
    fingerprint: code === 0 ? workspaceFingerprint(root, environment(flags)) : '',
    report,
    files: [...result.files.map((file) => file.path), 'manifest.json'],
    sourceCache: result.sourceCache,
  };
  writeAtomic(path.join(output, BUILD_STATE), JSON.stringify(next), output);
  return code;
}
