// `editions init [DIR]`: a workspace ready to build. Asks only on a terminal, never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { EditionsError } from '../errors.js';
import { USAGE } from './flags.js';
import { SAMPLE_SLUG, initFiles } from './init-files.js';

export interface InitFlags {
  sourceLanguage?: string;
  languages?: string[];
}

const DEFAULT_LANGUAGES = ['es', 'fr', 'de'];

/** Ask on a terminal; with flags given, or stdin not a terminal, take the flags or the defaults. */
async function choose(flags: InitFlags): Promise<{ sourceLanguage: string; languages: string[] }> {
  let sourceLanguage = flags.sourceLanguage ?? 'en';
  let languages = flags.languages ?? DEFAULT_LANGUAGES.filter((code) => code !== sourceLanguage);
  if (process.stdin.isTTY && flags.sourceLanguage === undefined && flags.languages === undefined) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      sourceLanguage = (await rl.question(`Language the statements are written in [${sourceLanguage}]: `)).trim() || sourceLanguage;
      const answer = (await rl.question(`Languages to publish in, comma-separated [${languages.join(',')}]: `)).trim();
      if (answer) languages = answer.split(',').map((code) => code.trim()).filter(Boolean);
    } finally {
      rl.close();
    }
  }
  return { sourceLanguage, languages };
}

async function validate(sourceLanguage: string, languages: string[]): Promise<void> {
  const { languageCodeProblem } = await import('../config.js');
  const usage = (message: string) => new EditionsError(message, { rule: 'bad-flag', exitCode: USAGE });
  const problem = languageCodeProblem(sourceLanguage);
  if (problem) throw usage(`--source-language: ${problem}`);
  if (!languages.length) throw usage('--languages needs at least one language to publish in');
  for (const code of languages) {
    const issue = languageCodeProblem(code);
    if (issue) throw usage(`--languages: ${issue}`);
    if (code === sourceLanguage) throw usage(`--languages: "${code}" is the source language; list only the languages to translate into`);
  }
}

export async function runInit(dir: string, flags: InitFlags, today = new Date().toISOString().slice(0, 10)): Promise<number> {
  const { sourceLanguage, languages } = await choose(flags);
  await validate(sourceLanguage, languages);
  const written: string[] = [];
  const kept: string[] = [];
  try {
    for (const [file, text] of initFiles({ sourceLanguage, languages, today })) {
      const full = path.join(dir, file);
      if (existsSync(full)) {
        kept.push(file);
        continue;
      }
      mkdirSync(path.dirname(full), { recursive: true });
      // 'wx': never replace a file that appeared since the check above.
      writeFileSync(full, text, { flag: 'wx' });
      written.push(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EEXIST') {
      throw new EditionsError(`cannot write the workspace in ${dir}: ${(error as Error).message}`, { rule: 'init-failed', cause: error });
    }
    throw error;
  }
  const relative = path.relative(process.cwd(), dir);
  const shownDir = relative.startsWith('..') ? dir : relative || '.';
  for (const file of written) console.log(`created ${path.join(shownDir, file)}`);
  for (const file of kept) console.log(`kept ${path.join(shownDir, file)} (it already exists; not changed)`);
  const cd = shownDir === '.' ? '' : `cd ${shownDir} && `;
  console.log(`\nNext: write your statement in source/${SAMPLE_SLUG}.md (rename it to source/<your-slug>.md), then run:\n  ${cd}npx editions doctor    # what this machine can translate and print\n  ${cd}npx editions build     # editions into output/; open output/index.html`);
  return 0;
}
