// Catalog I/O for a whole workspace: load every catalog first (so a malformed one stops the run before
// anything is written), sync them with their statements, and save only what changed.
import type { ResolvedConfig } from './config.js';
import type { Catalog, Statement } from './edition.js';
import { EditionsError } from './errors.js';
import { writeAtomic } from './output/write.js';
import { readCatalog, writeCatalog } from './review/po.js';
import { syncCatalog, type SyncReport } from './review/sync.js';
import { catalogPath, loadCatalog, shown } from './workspace.js';

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
      const { catalog, report } = syncCatalog(statement.segments, before, language, statement.slug);
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
 * Save one catalog atomically, after checking that the text written reads back. Returns the catalog
 * as read back, so every entry knows its line in the file now on disk.
 */
export function saveCatalog(config: ResolvedConfig, language: string, slug: string, catalog: Catalog): Catalog {
  const file = catalogPath(config, language, slug);
  const text = writeCatalog(catalog);
  const saved = readCatalog(text, shown(config, file));
  writeAtomic(file, text, config.paths.locales);
  return saved;
}
