// `editions review`: start the local review page and print its address (with its access token).
import { execFileSync } from 'node:child_process';
import type { ResolvedConfig } from '../config.js';
import { EditionsError } from '../errors.js';
import { startReviewServer } from '../serve/server.js';
import { useToolCache } from './environment.js';

/** The editor's name: --name, else git's user.name. */
function editorName(root: string, flag?: string): string {
  if (flag?.trim()) return flag.trim();
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    // No git, or no name configured: ask for --name below.
  }
  throw new EditionsError('say who is approving: editions review --name "Your Name" (or set git config user.name)', { rule: 'no-editor-name' });
}

/** `--lang` of `editions review`: the language of the page's own words, one BCP 47 tag. */
function pageLanguage(flag: string | string[] | undefined): string | undefined {
  const value = Array.isArray(flag) ? flag.join(',') : flag;
  if (value === undefined) return undefined;
  try {
    return new Intl.Locale(value.trim()).toString();
  } catch {
    throw new EditionsError(`--lang must be one language tag such as "es" or "pt-BR", not "${value}"`, { rule: 'bad-flag', exitCode: 2 });
  }
}

export async function runReview(config: ResolvedConfig, flags: { port?: string | number; name?: string; lang?: string | string[] }): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new EditionsError(`--port must be a number from 0 to 65535, not "${flags.port}"`, { rule: 'bad-flag' });
  await useToolCache();
  const server = await startReviewServer({ root: config.root, port, editorName: editorName(config.root, flags.name), now: () => new Date(), lang: pageLanguage(flags.lang) });
  console.log(`Review page: ${server.url}`);
  console.log('Open it in your browser. Changes are saved to locales/ as you make them. Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
