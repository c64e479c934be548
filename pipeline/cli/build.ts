// `editions build`: flags → one build → a short report a non-programmer can act on.
import path from 'node:path';
import type { EngineChoice, ResolvedConfig } from '../config.js';
import { FORMATS, type Format } from '../edition.js';
import { EditionsError } from '../errors.js';
import { build } from '../build.js';
import { formatFinding } from '../review/checks/index.js';
import { machineTranslationEnv, sourceDateEpoch } from './environment.js';

interface BuildFlags {
  engine?: EngineChoice;
  lang?: string[];
  format?: string[];
  release?: boolean;
}

export async function runBuild(config: ResolvedConfig, flags: BuildFlags): Promise<number> {
  const formats = (flags.format ?? []).map((format) => {
    if (!(FORMATS as readonly string[]).includes(format)) throw new EditionsError(`--format: "${format}" is not a format; use ${FORMATS.join(', ')}`, { rule: 'bad-flag' });
    return format as Format;
  });
  const started = performance.now();
  const mt = await machineTranslationEnv();
  let result;
  try {
    result = await build(config, { languages: flags.lang, formats, engine: flags.engine, release: flags.release }, { mt, sourceDateEpoch: sourceDateEpoch(), say: mt.say!, warn: mt.warn! });
  } finally {
    mt.done();
  }
  if (result.translated.segments || result.translated.fromMemory) {
    console.error(`Machine-translated ${result.translated.segments} segments (${result.translated.characters} characters); ${result.translated.fromMemory} reused from translation memory.`);
  }
  let blockedRequested = 0;
  for (const { slug, language, decision } of result.decisions) {
    if (decision.status === 'pending' || decision.status === 'blocked') {
      const requested = flags.lang?.includes(language);
      if (decision.status === 'blocked' && requested) blockedRequested++;
      console.error(`${slug} ${language}: ${decision.status === 'blocked' ? 'not released' : 'pending, no edition'} (${decision.reason})`);
    }
  }
  for (const finding of result.findings) console.error(formatFinding(finding));
  for (const problem of result.problems) console.error(`error: ${problem}`);
  const editions = result.files.filter((file) => file.format !== 'index').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${editions} edition files in ${path.relative(process.cwd(), config.paths.output) || '.'}/ (${seconds} s); open ${path.join(path.relative(process.cwd(), config.paths.output) || '.', 'index.html')}.`);
  if (result.problems.length) return 1;
  return blockedRequested ? 1 : 0;
}
