// The read edge: find and decode the workspace's statements, catalogs and UI strings.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, Statement } from './edition.js';
import type { ResolvedConfig } from './config.js';
import { EditionsError } from './errors.js';
import { parseStatement } from './parse/statement.js';
import { readCatalog } from './review/po.js';
import { insideWorkspace, readText } from './read.js';

export { readText };

/** Path as the user sees it in messages: relative to the workspace root, with forward slashes. */
export function shown(config: ResolvedConfig, file: string): string {
  return path.relative(config.root, file).split(path.sep).join('/');
}

export function catalogPath(config: ResolvedConfig, language: string, slug: string): string {
  return path.join(config.paths.locales, language, `${slug}.po`);
}

export function uiPath(config: ResolvedConfig, language: string): string {
  return path.join(config.paths.locales, language, 'ui.json');
}

/** Every `source/<slug>.md`, parsed, in slug order. */
export function loadStatements(config: ResolvedConfig): Statement[] {
  if (!existsSync(config.paths.source)) {
    throw new EditionsError('there is no source/ folder; put each statement in source/<slug>.md', { rule: 'no-source', place: { file: 'source/', line: 0 } });
  }
  const files = readdirSync(config.paths.source)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (!files.length) {
    throw new EditionsError('source/ holds no statement; add source/<slug>.md', { rule: 'no-source', place: { file: 'source/', line: 0 } });
  }
  return files.map((name) => {
    const file = path.join(config.paths.source, name);
    const shownAs = shown(config, file);
    insideWorkspace(config.root, file, shownAs);
    return parseStatement(readText(file, shownAs), shownAs, name.slice(0, -'.md'.length));
  });
}

/** The catalog of a statement in one language, or undefined when none exists yet. */
export function loadCatalog(config: ResolvedConfig, language: string, slug: string): Catalog | undefined {
  const file = catalogPath(config, language, slug);
  if (!existsSync(file)) return undefined;
  const shownAs = shown(config, file);
  insideWorkspace(config.root, file, shownAs);
  return readCatalog(readText(file, shownAs), shownAs);
}

export type UiResources = Record<string, Record<string, unknown>>;

export interface UiFile {
  language: string;
  file: string;
  strings: Record<string, unknown>;
  text: string;
}

/** `locales/<lang>/ui.json` for each language that has one; malformed JSON is reported at its line. */
export function loadUiFiles(config: ResolvedConfig, languages: string[]): UiFile[] {
  const files: UiFile[] = [];
  for (const language of new Set(languages)) {
    const file = uiPath(config, language);
    if (!existsSync(file)) continue;
    const shownAs = shown(config, file);
    const text = readText(file, shownAs);
    try {
      const value = JSON.parse(text) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('expected an object of UI strings');
      files.push({ language, file: shownAs, strings: value as Record<string, unknown>, text });
    } catch (error) {
      const position = /position (\d+)/.exec(String((error as Error).message));
      const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
      throw new EditionsError(`cannot read the UI strings: ${(error as Error).message}`, { rule: 'ui-syntax', place: { file: shownAs, line } });
    }
  }
  return files;
}

export function loadUiResources(config: ResolvedConfig, languages: string[]): UiResources {
  return Object.fromEntries(loadUiFiles(config, languages).map((item) => [item.language, item.strings]));
}

export const WORDS_FILE = 'source/words.txt';

/** The project word list for the spelling check: one word per line, # starts a comment. */
export function loadWords(config: ResolvedConfig): string[] {
  const file = path.join(config.root, WORDS_FILE);
  if (!existsSync(file)) return [];
  return readText(file, WORDS_FILE)
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
