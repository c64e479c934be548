// Catalog I/O for a whole workspace: load every catalog first (so a malformed one stops the run before
// anything is written), sync them with their statements, and save only what changed.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ResolvedConfig } from './config.js';
import type { Catalog, Statement } from './edition.js';
import { EditionsError } from './errors.js';
import { environmentError, removeLeftovers, writeAtomic } from './output/write.js';
import { readCatalog, writeCatalog } from './review/po.js';
import { syncCatalog, type SyncReport } from './review/sync.js';
import { migrateCatalog } from './review/migrate.js';
import { catalogPath, loadCatalog, shown } from './workspace.js';

// proper-lockfile (and graceful-fs under it) costs a command ~20 ms to load: only writers need it.
const require = createRequire(import.meta.url);
const lockfile = () => require('proper-lockfile') as typeof import('proper-lockfile');

export interface CatalogSet {
  /** `${language}/${slug}` → synced catalog. */
  catalogs: Map<string, Catalog>;
  reports: Map<string, SyncReport>;
  /** Catalogs whose text on disk differs from the synced one. */
  changed: Set<string>;
}

export const catalogKey = (language: string, slug: string) => `${language}/${slug}`;

/** The languages to work on: all configured ones, or those named with --lang (each must be configured). */
export function selectLanguages(config: ResolvedConfig, requested?: string[]): string[] {
  const configured = config.languages.map((language) => language.code);
  if (!requested?.length) return configured;
  for (const code of requested) {
    if (!configured.includes(code) && code !== config.sourceLanguage) {
      throw new EditionsError(`--lang names "${code}", which ${shown(config, config.configFile)} does not list; add it to languages first`, { rule: 'unknown-language' });
    }
  }
  return configured.filter((code) => requested.includes(code));
}

/**
 * Pure: the catalog as it must be for this statement. Entries written under an older spelling of
 * the same text (reference links not yet expanded) migrate first, keeping their state; then sync;
 * then each entry's extracted comments are the translator notes (`<!-- i18n: … -->`) of its segment.
 */
export function syncStatement(statement: Statement, current: Catalog | undefined, language: string): { catalog: Catalog; report: SyncReport } {
  const { catalog, report } = syncCatalog(statement.segments, current && migrateCatalog(statement, current), language, statement.slug);
  const notes = new Map(statement.segments.map((segment) => [segment.id, segment.notes ?? []]));
  const entries = catalog.entries.map((entry) => {
    const wanted = notes.get(`${entry.context}\u0004${entry.source}`) ?? [];
    return wanted.join('\n') === entry.comments.join('\n') ? entry : { ...entry, comments: wanted };
  });
  return { catalog: { ...catalog, entries }, report };
}

/** Read and sync every catalog of these statements × languages (pure after reading). */
export function syncAll(config: ResolvedConfig, statements: Statement[], languages: string[]): CatalogSet {
  const set: CatalogSet = { catalogs: new Map(), reports: new Map(), changed: new Set() };
  const existing = new Map<string, Catalog | undefined>();
  for (const language of languages) {
    for (const statement of statements) existing.set(catalogKey(language, statement.slug), loadCatalog(config, language, statement.slug));
  }
  for (const language of languages) {
    for (const statement of statements) {
      const key = catalogKey(language, statement.slug);
      const before = existing.get(key);
      const { catalog, report } = syncStatement(statement, before, language);
      const unchanged = before !== undefined && (sameContent(before, catalog) || writeCatalog(before) === writeCatalog(catalog));
      // Entries must carry their line in the catalog as it will be on disk: unchanged, that is as read.
      set.catalogs.set(key, unchanged ? before : readCatalog(writeCatalog(catalog), shown(config, catalogPath(config, language, statement.slug))));
      set.reports.set(key, report);
      if (!unchanged) set.changed.add(key);
    }
  }
  return set;
}

/** A cheap first test before comparing written text (compiling PO is the slow part of a sync). */
function sameContent(a: Catalog, b: Catalog): boolean {
  const plain = (catalog: Catalog) => JSON.stringify([catalog.headers, [...catalog.entries, ...catalog.obsolete].map((entry) => ({ ...entry, line: undefined }))]);
  return plain(a) === plain(b);
}

/**
 * Write every catalog the sync changed. Each is synced again against what is on disk under its
 * lock, so an approval saved since the catalogs were read is kept, never overwritten.
 */
export function saveSynced(config: ResolvedConfig, statements: Statement[], set: CatalogSet): void {
  // What a killed writer left behind goes first (files of live writers are kept).
  removeLeftovers(config.paths.locales, true);
  for (const key of set.changed) {
    const [language, slug] = key.split('/');
    const statement = statements.find((item) => item.slug === slug)!;
    const saved = updateCatalog(config, language, slug, (current) => syncStatement(statement, current, language).catalog);
    if (saved) set.catalogs.set(key, saved);
  }
}

/** How long a writer waits for another to finish with a catalog before giving up. */
const LOCK_WAIT_MS = 30_000;
/** A lock older than this was left by a killed process (a catalog write takes milliseconds). */
const LOCK_STALE_MS = 10_000;

/**
 * The one way to change a catalog. Takes an exclusive lock on the file (`<file>.lock`, stale locks
 * of killed processes recovered), re-reads what is on disk now, lets `change` compute the new
 * catalog from that (return undefined to leave the file alone), writes it atomically with every
 * byte checked, and returns the catalog as now on disk (each entry knows its line).
 * Two review servers, a build and a translate each keep every change they acknowledged, because
 * none writes a catalog it read before taking the lock.
 */
export function updateCatalog(config: ResolvedConfig, language: string, slug: string, change: (current: Catalog | undefined) => Catalog | undefined): Catalog | undefined {
  const file = catalogPath(config, language, slug);
  mkdirSync(path.dirname(file), { recursive: true });
  const release = acquire(config, file);
  try {
    removeLeftovers(path.dirname(file));
    const current = loadCatalog(config, language, slug);
    const next = change(current);
    if (!next) return current;
    const text = writeCatalog(next);
    const saved = readCatalog(text, shown(config, file));
    if (current && writeCatalog(current) === text) return current;
    writeAtomic(file, text, config.paths.locales);
    return saved;
  } finally {
    release();
  }
}

function acquire(config: ResolvedConfig, file: string): () => void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return lockfile().lockSync(file, { realpath: false, stale: LOCK_STALE_MS, lockfilePath: `${file}.lock` });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') throw environmentError(error, file, config.root);
      if (Date.now() > deadline) {
        throw new EditionsError(`another Editions process (a build, translate or review page) has held this catalog for ${LOCK_WAIT_MS / 1000} s; wait for it to finish and run again`, {
          rule: 'catalog-locked',
          place: { file: shown(config, file), line: 0 },
        });
      }
      // Synchronous wait: writers hold the lock for milliseconds.
      Atomics.wait(pause, 0, 0, 15 + Math.floor(Math.random() * 20));
    }
  }
}
