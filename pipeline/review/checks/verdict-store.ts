// Spelling verdicts kept in the tool's cache folder (EDITIONS_CACHE_DIR, verdicts/<dictionary>.json),
// like the dictionary indexes, rather than in a workspace's output/. A verdict is a fact about a word
// and an installed dictionary (its key says which dictionary and spelling code): it holds for every
// workspace on the machine, and a file committed or copied with a workspace cannot mark a misspelled
// word as known. A build or check after the first on a machine loads no dictionary for words it has
// judged before, whichever workspace they came from.
//
// One JSON file per dictionary: { key, known[], unknown[] }. Written beside, then renamed: two
// processes writing at once lose at most the other's new verdicts, which are judged again next time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { keepCacheFile } from '../../cache-file.js';
import { dictionaryFor } from './dictionaries.js';
import type { LanguageVerdicts, SpellingVerdicts } from './verdicts.js';

/** More words than a dictionary's file keeps: the words of this run are kept, older ones let go. */
export const MOST_KEPT_VERDICTS = 200_000;

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The file a language's verdicts are kept in, under the tool cache folder; undefined without a dictionary. */
export function verdictFile(cacheFolder: string, language: string): string | undefined {
  const name = dictionaryFor(language);
  return name && path.join(cacheFolder, 'verdicts', `${name}.json`);
}

/** The verdicts kept under `key`; empty when there are none, they are damaged, or of another dictionary or spelling code. */
export function readVerdicts(file: string, key: string): SpellingVerdicts {
  const empty: SpellingVerdicts = { key, known: [], unknown: [] };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return empty;
  }
  const kept = value as Partial<SpellingVerdicts> | null;
  if (!kept || kept.key !== key || !strings(kept.known) || !strings(kept.unknown)) return empty;
  return { key, known: kept.known, unknown: kept.unknown };
}

/**
 * Keep what `judge` knows (what it read plus what it judged) when it adds to what the file held; past
 * MOST_KEPT_VERDICTS, only the words of this run. A cache only saves time: a folder that cannot be
 * written fails nothing.
 */
export function keepVerdicts(file: string, judge: LanguageVerdicts, read: SpellingVerdicts): void {
  let verdicts = judge.kept(false);
  const size = verdicts.known.length + verdicts.unknown.length;
  if (size === read.known.length + read.unknown.length) return;
  if (size > MOST_KEPT_VERDICTS) verdicts = judge.kept(true);
  const known = new Set(verdicts.known);
  const unknown = new Set(verdicts.unknown);
  // Another process may have kept words since this one read the file: keep theirs too.
  const now = readVerdicts(file, verdicts.key);
  if (known.size + unknown.size + now.known.length + now.unknown.length <= MOST_KEPT_VERDICTS) {
    for (const word of now.known) if (!unknown.has(word)) known.add(word);
    for (const word of now.unknown) if (!known.has(word)) unknown.add(word);
  }
  keepCacheFile(file, JSON.stringify({ key: verdicts.key, known: [...known], unknown: [...unknown] }));
}
