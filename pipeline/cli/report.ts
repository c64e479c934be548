// One problem, said once: one plain line (or one JSON object under --json) and the exit code it
// carries. Shared by every command and by `build --watch`, which reports a build's problem and goes on.
import { CommanderError } from 'commander';
import { EditionsError, describeError, isEditionsError, redact } from '../errors.js';
import { environmentError } from '../output/write.js';
import { USAGE } from './flags.js';

/** Print one problem (one line, or one JSON object under --json) and return the exit code. */
export function report(error: unknown, json: boolean): number {
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
