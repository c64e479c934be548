// `editions`: parse flags, resolve config, run one command. User mistakes exit with one plain line
// (one JSON object under --json); anything else is a bug and says so.
import path from 'node:path';
import { Command } from 'commander';
import type { ResolvedConfig } from '../config.js';
import { ENGINE_NAMES, FORMATS } from '../edition.js';
import { report } from './report.js';
import { checkConfiguredLanguages, packageVersion, parseEngine, parseFormats, parseLanguages, parsePort } from './flags.js';

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
    .option('--watch', 'keep building as statements, catalogs and the config change (r + Enter: rebuild everything; q + Enter or Ctrl+C: stop)')
    .action(async (flags) => {
      if (flags.watch) {
        // Not part of what a build decides: a watched build leaves the state a plain one would.
        const { watch: _watch, ...once } = flags;
        const { watchBuild } = await import('./watch.js');
        process.exitCode = await watchBuild(root(), once, () => config(flags.lang)).done;
        return;
      }
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
