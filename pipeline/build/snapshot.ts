// The read edge of a build: the workspace read once, into plain data every later step plans from.
// `build`, `status` and `check` all start here, so they see the same statements and catalogs.
// Nothing here loads a renderer.
import type { ResolvedConfig } from '../config.js';
import type { Catalog, Format, Statement } from '../edition.js';
import { catalogKey, selectLanguages, syncAll, type CatalogSet } from '../catalogs.js';
import { loadStatements, loadUiResources, type UiResources } from '../workspace.js';
import { readManifest, type ManifestFile } from '../output/manifest.js';

/** One edition's identity: a language and a statement, never a "lang/slug" string split later. */
export interface EditionKey {
  language: string;
  slug: string;
}

export interface Snapshot {
  config: ResolvedConfig;
  statements: Statement[];
  /** The target languages this run works on (all configured ones, or those named with --lang). */
  languages: string[];
  formats: Format[];
  /** Catalogs as read and synced with their statements (not yet saved). */
  synced: CatalogSet;
  /** UI words of the source language and every configured language. */
  ui: UiResources;
  /** The last build's manifest, by path inside output/. */
  previous: Map<string, ManifestFile>;
}

export interface SnapshotOptions {
  languages?: string[];
  formats?: Format[];
}

/** Read statements, catalogs (synced in memory), UI words and the last manifest. */
export function readSnapshot(config: ResolvedConfig, options: SnapshotOptions = {}): Snapshot {
  const statements = loadStatements(config);
  const languages = selectLanguages(config, options.languages);
  const synced = syncAll(config, statements, languages);
  const ui = loadUiResources(config, [config.sourceLanguage, ...config.languages.map((language) => language.code)]);
  const formats = options.formats?.length ? options.formats : config.formats;
  return { config, statements, languages, formats, synced, ui, previous: readManifest(config.paths.output) };
}

/** The synced catalog of one edition (every selected language × statement has one). */
export function catalogOf(snapshot: Pick<Snapshot, 'synced'>, key: EditionKey): Catalog {
  const catalog = snapshot.synced.catalogs.get(catalogKey(key.language, key.slug));
  if (!catalog) throw new Error(`no catalog for ${key.language} ${key.slug}`);
  return catalog;
}

/** catalogs.ts keys its sets by "lang/slug" strings; this turns them back into typed keys. */
export function keyOf(catalogSetKey: string): EditionKey {
  const at = catalogSetKey.indexOf('/');
  return { language: catalogSetKey.slice(0, at), slug: catalogSetKey.slice(at + 1) };
}
