// Findings kept between runs, per source and per catalog, under a hash of everything the checks read
// for it plus the checks' own version: approving one entry re-checks one catalog.
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** Bumped when a rule changes what it finds, so that no finding from older rules survives. */
export const CHECKS_VERSION = 'checks-3';

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
}

export const emptyCache = (toolVersion: string): CheckCache => ({ version: `${CHECKS_VERSION} ${toolVersion}`, sources: {}, catalogs: {} });

/** A cache from an earlier run, if it is one of this version; anything else (an older format, junk) is empty. */
export function reusable(cache: unknown, toolVersion: string): CheckCache {
  const empty = emptyCache(toolVersion);
  if (!cache || typeof cache !== 'object') return empty;
  const candidate = cache as Partial<CheckCache>;
  if (candidate.version !== empty.version || typeof candidate.sources !== 'object' || typeof candidate.catalogs !== 'object') return empty;
  return { version: empty.version, sources: candidate.sources ?? {}, catalogs: candidate.catalogs ?? {} };
}

/** sha256 of the JSON of everything given. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
