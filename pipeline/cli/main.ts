// `editions`: parse flags, resolve config, run one command. User mistakes exit with one plain line
// (one JSON object under --json); anything else is a bug and says so.
import path from 'node:path';
import { environmentError } from '../output/write.js';
import { Command, CommanderError } from 'commander';
import type { ResolvedConfig } from '../config.js';
import { ENGINE_NAMES, FORMATS } from '../edition.js';
import { EditionsError, describeError, isEditionsError, redact } from '../errors.js';
import { USAGE, checkConfiguredLanguages, packageVersion, parseEngine, parseFormats, parseLanguages, parsePort } from './flags.js';

export async function main(argv: string[]): Promise<void> {
  const json = argv.slice(2).includes('--json');
  const program = new Command('editions')
    .description('Turn one canonical statement into reviewed HTML, PDF and text editions in many languages.')
    .version(packageVersion(), '-v, --version', 'print the version of Editions')
    .option('--root <dir>', 'the workspace folder', process.cwd())
    // commander's own messages are reworded into one line by report(); help and version still print.
    .configureOutput({ outputError: () => undefined })
    .exitOverride();

  const root = () => path.resolve(program.opts<{ root: string }>().root);
  // Loaded on demand: YAML and schema validation are the slowest part of start-up.
  const config = async (lang?: string[]): Promise<ResolvedConfig> => {
    const resolved = (await import('../config.js')).loadConfig(root());
    checkConfiguredLanguages(lang, resolved.languages.map((language) => language.code), resolved.sourceLanguage, path.basename(resolved.configFile));
    return resolved;
  };
  const engineHelp = `machine translation engine (${ENGINE_NAMES.join(', ')})`;

  program
    .command('init [dir]')
    .description('make a workspace ready to build: config, a sample statement, glossary, word list, .gitignore')
    .option('--source-language <code>', 'the language statements are written in (default: en)')
    .option('--languages <list>', 'languages to publish in, comma-separated (default: es,fr,de)', parseLanguages)
    .action(async (dir: string | undefined, flags) => {
      const { runInit } = await import('./init.js');
      process.exitCode = await runInit(path.resolve(root(), dir ?? '.'), flags);
    });

  program
    .command('doctor')
    .description('what this machine can do for this workspace: engines, fonts, dictionaries per language')
    .action(async () => {
      const { runDoctor } = await import('./doctor.js');
      process.exitCode = await runDoctor(await config());
    });

  program
    .command('build')
    .description('sync catalogs with the sources, machine-translate what is missing, render the editions into output/')
    .option('--engine <name>', engineHelp, parseEngine)
    .option('--lang <list>', 'only these languages (comma-separated)', parseLanguages)
    .option('--format <list>', `only these formats (${FORMATS.join(',')})`, parseFormats)
    .option('--release', 'build only fully approved languages; list what blocks the others')
    .action(async (flags) => {
      const { runBuild } = await import('./build.js');
      process.exitCode = await runBuild(root(), flags, () => config(flags.lang));
    });

  program
    .command('status')
    .description('per statement and language: segments approved, needing review, stale, untranslated')
    .option('--json', 'print JSON (docs/schemas/status.schema.json)')
    .action(async (flags) => {
      const { runStatus, statusFromLastBuild } = await import('./status.js');
      process.exitCode = statusFromLastBuild(root(), flags) ?? (await runStatus(await config(), flags));
    });

  program
    .command('check')
    .description('check sources (spelling, quotes), catalogs (links, numbers, markup, glossary) and UI strings')
    .option('--json', 'print JSON (docs/schemas/check.schema.json)')
    .option('--lang <list>', 'only these languages (comma-separated)', parseLanguages)
    .action(async (flags) => {
      const { runCheck, checkFromLastRun } = await import('./check.js');
      const last = checkFromLastRun(root(), flags);
      process.exitCode = 'code' in last ? last.code : await runCheck(await config(flags.lang), flags, last.key);
    });

  program
    .command('review')
    .description('open the review page in your browser: edit and approve translations, see check findings')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)', parsePort)
    .option('--name <name>', 'your name, recorded with each approval (default: git user.name)')
    .option('--lang <code>', "the language of the review page's own words (default: the browser's)")
    .action(async (flags) => {
      const { runReview } = await import('./review.js');
      process.exitCode = await runReview(await config(), flags);
    });

  program
    .command('translate')
    .description('machine-translate what is missing, without rendering; --dry-run only prints the cost')
    .option('--engine <name>', engineHelp, parseEngine)
    .option('--lang <list>', 'only these languages (comma-separated)', parseLanguages)
    .option('--dry-run', 'print what would be sent, and send nothing')
    .action(async (flags) => {
      const { runTranslate } = await import('./translate.js');
      process.exitCode = await runTranslate(await config(flags.lang), flags);
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error, json);
  }
}

/** Print one problem (one line, or one JSON object under --json) and return the exit code. */
function report(error: unknown, json: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // No command at all: commander has shown the help on stderr; that is a usage mistake.
    if (error.code === 'commander.help') return USAGE;
    // "error: unknown option '--x'" → one line in the shape of every other problem.
    const message = `${error.message.replace(/^error:\s*/, '').split('\n')[0]}; run \`editions --help\``;
    return report(new EditionsError(message, { rule: 'bad-flag', exitCode: USAGE }), json);
  }
  if (isEditionsError(error)) {
    // One rule for every flag: a bad or unknown flag value is a usage mistake, whoever found it.
    const exitCode = error.rule === 'bad-flag' || error.rule === 'unknown-language' ? USAGE : error.exitCode;
    // Some inputs report every problem at once (front matter): one line, or one JSON item, each.
    const problems: EditionsError[] = 'problems' in error && Array.isArray(error.problems) ? (error.problems as EditionsError[]) : [error];
    if (json) {
      const items = problems.map(({ rule, message, place }) => ({ rule, message, ...(place ? { file: place.file, line: place.line } : {}), exitCode }));
      console.log(JSON.stringify({ version: 1, error: items[0], ...(items.length > 1 ? { errors: items } : {}) }, null, 2));
    } else {
      // The first line carries the program's name; the others follow it, as the statement parser's do.
      problems.forEach((problem, index) => console.error(`${index ? '' : 'editions: '}${describeError(problem)}`));
    }
    return exitCode;
  }
  // A full disk or a read-only folder met outside the writer (making a folder, say) is still the
  // user's environment, not a bug: one line, exit 1.
  const where = (error as NodeJS.ErrnoException)?.path;
  if (where) {
    const explained = environmentError(error, where, process.cwd());
    if (isEditionsError(explained)) return report(explained, json);
  }
  if (json) console.log(JSON.stringify({ version: 1, error: { rule: 'internal-error', message: 'internal error, please report', exitCode: 70 } }, null, 2));
  console.error('editions: internal error, please report:', redact(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  return 70;
}
