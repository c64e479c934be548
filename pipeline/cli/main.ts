// `editions`: parse flags, resolve config, run one command. User mistakes exit with one plain line;
// anything else is a bug and says so.
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ResolvedConfig } from '../config.js';
import { ENGINE_NAMES, FORMATS } from '../edition.js';
import { describeError, isEditionsError } from '../errors.js';

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export async function main(argv: string[]): Promise<void> {
  const program = new Command('editions')
    .description('Turn one canonical statement into reviewed HTML, PDF and text editions in many languages.')
    .option('--root <dir>', 'the workspace folder', process.cwd())
    .showHelpAfterError('(run `editions --help` for usage)')
    .exitOverride();

  const root = () => path.resolve(program.opts<{ root: string }>().root);
  // Loaded on demand: YAML and schema validation are the slowest part of start-up.
  const config = async (): Promise<ResolvedConfig> => (await import('../config.js')).loadConfig(root());

  program
    .command('build')
    .description('sync catalogs with the sources, machine-translate what is missing, render the editions into output/')
    .addOption(new Option('--engine <name>', 'machine translation engine').choices([...ENGINE_NAMES]))
    .option('--lang <list>', 'only these languages (comma-separated)', list)
    .addOption(new Option('--format <list>', `only these formats (${FORMATS.join(',')})`).argParser(list))
    .option('--release', 'build only fully approved languages; list what blocks the others')
    .action(async (flags) => {
      const { runBuild } = await import('./build.js');
      process.exitCode = await runBuild(root(), flags, config);
    });

  program
    .command('status')
    .description('per statement and language: segments approved, needing review, stale, untranslated')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const { runStatus } = await import('./status.js');
      process.exitCode = await runStatus(await config(), flags);
    });

  program
    .command('check')
    .description('check sources (spelling, quotes), catalogs (links, numbers, markup, glossary) and UI strings')
    .option('--json', 'print JSON')
    .option('--lang <list>', 'only these languages (comma-separated)', list)
    .action(async (flags) => {
      const { runCheck } = await import('./check.js');
      process.exitCode = await runCheck(await config(), flags);
    });

  program
    .command('review')
    .description('open the review page in your browser: edit and approve translations, see check findings')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)')
    .option('--name <name>', 'your name, recorded with each approval (default: git user.name)')
    .action(async (flags) => {
      const { runReview } = await import('./review.js');
      process.exitCode = await runReview(await config(), flags);
    });

  program
    .command('translate')
    .description('machine-translate what is missing, without rendering; --dry-run only prints the cost')
    .addOption(new Option('--engine <name>', 'machine translation engine').choices([...ENGINE_NAMES]))
    .option('--lang <list>', 'only these languages (comma-separated)', list)
    .option('--dry-run', 'print what would be sent, and send nothing')
    .action(async (flags) => {
      const { runTranslate } = await import('./translate.js');
      process.exitCode = await runTranslate(await config(), flags);
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error);
  }
}

function report(error: unknown): number {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('commander.')) {
    // commander has printed its own message (or the help/version text).
    return code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2;
  }
  if (isEditionsError(error)) {
    console.error(`editions: ${describeError(error)}`);
    return error.exitCode;
  }
  console.error('editions: internal error, please report:', error instanceof Error ? error.stack : error);
  return 70;
}
