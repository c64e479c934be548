// Run every check over a workspace's current state: what `check`, `build` and the review page show.
import { readFileSync } from 'node:fs';
import { keepCacheFile } from './cache-file.js';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import type { Catalog, Statement } from './edition.js';
import { catalogKey } from './catalogs.js';
import { toolFingerprint } from './output/fingerprint.js';
import { seal, unseal } from './output/seal.js';
import { runChecks, type CheckCache, type CheckInput, type CheckResult } from './review/checks/index.js';
import { checkOnThreads } from './build/check-threads.js';
import { indexesKeptIn } from './review/checks/dictionaries.js';
import { loadGlossary } from './translate/workspace.js';
import { catalogPath, loadUiFiles, loadWords, shown } from './workspace.js';

/** Where `editions check` keeps findings between runs when no cache is handed in. */
export const CHECK_CACHE = '.editions-checks.json';

export interface CheckOptions {
  /** Findings of an earlier run (the build keeps them in its state file); when given, no cache file is used. */
  sourceCache?: CheckCache;
  /** The cache file to read and update when no `sourceCache` is given: default output/.editions-checks.json; false for none. */
  cacheFile?: string | false;
  /** Check on this many worker threads, leaving this one free (a build renders meanwhile); 0: here. */
  threads?: number;
}

export async function checkWorkspace(config: ResolvedConfig, statements: Statement[], catalogs: Map<string, Catalog>, languages: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cacheFile = options.sourceCache || options.cacheFile === false ? undefined : (options.cacheFile ?? path.join(config.paths.output, CHECK_CACHE));
  const input: CheckInput = {
    sourceLanguage: config.sourceLanguage,
    statements,
    catalogs: languages.flatMap((language) =>
      statements.flatMap((statement) => {
        const catalog = catalogs.get(catalogKey(language, statement.slug));
        return catalog ? [{ language, file: shown(config, catalogPath(config, language, statement.slug)), catalog }] : [];
      }),
    ),
    ui: loadUiFiles(config, [config.sourceLanguage, ...languages]),
    glossary: loadGlossary(config),
    words: loadWords(config),
    sourceCache: options.sourceCache ?? (cacheFile ? readCache(cacheFile) : undefined),
    toolVersion: toolFingerprint(),
    dictionaryIndexes: indexesKeptIn(),
  };
  const result = options.threads ? await checkOnThreads(input, options.threads) : await runChecks(input);
  if (cacheFile && (result.checked.sources.length || result.checked.catalogs.length)) writeCache(cacheFile, result.sourceCache);
  return result;
}

/**
 * The cache file's content when this user's Editions sealed it (output/seal.ts: a cache copied or
 * crafted with a workspace could hide findings), checked for shape and version by the checks themselves.
 */
function readCache(file: string): CheckCache | undefined {
  try {
    const json = unseal(readFileSync(file, 'utf8'), indexesKeptIn());
    return json === undefined ? undefined : (JSON.parse(json) as CheckCache);
  } catch {
    return undefined; // No cache yet, or a damaged one: everything is checked again.
  }
}

/** A cache only saves time: when it cannot be written (read-only or full disk) the next run checks everything again. */
function writeCache(file: string, cache: CheckCache): void {
  keepCacheFile(file, seal(JSON.stringify(cache), indexesKeptIn()));
}
