// Findings kept between runs, per source and per catalog, under a hash of everything the checks read
// for it plus the checks' own version: approving one entry re-checks one catalog. Spelling verdicts
// are kept per language as well, so that re-checking that catalog loads no dictionary.
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';
import type { SpellingVerdicts } from './verdicts.js';

/** Bumped when a rule changes what it finds, or the cache its shape, so that nothing older survives. */
export const CHECKS_VERSION = 'checks-4';

export interface CachedFindings {
  key: string;
  findings: Finding[];
}

export interface CheckCache {
  version: string;
  /** By statement file (source/x.md). */
  sources: Record<string, CachedFindings>;
  /** By catalog file (locales/es/x.po). */
  catalogs: Record<string, CachedFindings>;
  /**
   * By language: the words its dictionary has judged. They depend on the dictionary and the spelling
   * code only (their key says which), so they outlive a new version of the rest of the tool. Kept
   * here only when there is no tool cache folder; otherwise there (verdict-store.ts), and empty here.
   */
  spelling: Record<string, SpellingVerdicts>;
}

export const emptyCache = (toolVersion: string): CheckCache => ({ version: `${CHECKS_VERSION} ${toolVersion}`, sources: {}, catalogs: {}, spelling: {} });

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The entries of a record that have the right shape; anything else in it is left out. */
function valid<T>(record: unknown, check: (value: Record<string, unknown>) => boolean): Record<string, T> {
  if (!isObject(record)) return {};
  return Object.fromEntries(Object.entries(record).filter(([, value]) => isObject(value) && check(value))) as Record<string, T>;
}

/**
 * What can be used of a cache from an earlier run: everything when it is of this version and this
 * tool; only the spelling verdicts when the tool changed; nothing from an older format or junk.
 */
export function reusable(cache: unknown, toolVersion: string): CheckCache {
  const empty = emptyCache(toolVersion);
  if (!isObject(cache) || typeof cache.version !== 'string' || !cache.version.startsWith(`${CHECKS_VERSION} `)) return empty;
  const spelling = valid<SpellingVerdicts>(cache.spelling, (value) => typeof value.key === 'string' && isStrings(value.known) && isStrings(value.unknown));
  if (cache.version !== empty.version) return { ...empty, spelling };
  const findings = (value: Record<string, unknown>) => typeof value.key === 'string' && Array.isArray(value.findings);
  return { version: empty.version, sources: valid(cache.sources, findings), catalogs: valid(cache.catalogs, findings), spelling };
}

/** sha256 of the JSON of everything given. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
