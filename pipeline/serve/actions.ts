// What the review server does with the workspace: read one catalog as the page shows it, and apply
// one editor action to one entry. Every change goes through updateCatalog (lock, re-read, patch,
// checked write); the entry's version check happens under that lock, so two editors saving
// different entries at the same moment both keep their work.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ResolvedConfig } from '../config.js';
import type { Catalog, CatalogEntry, Statement } from '../edition.js';
import { EditionsError } from '../errors.js';
import { selectLanguages, updateCatalog, syncStatement } from '../catalogs.js';
import { readCatalog, writeCatalog } from '../review/po.js';
import { approveEntry, editEntry, entryKey, revertEntry, type Editor } from '../review/edit.js';
import { checkCatalog } from '../review/checks/catalog.js';
import type { Glossary } from '../translate/glossary.js';
import { loadGlossary } from '../translate/workspace.js';
import { catalogPath, loadCatalog, loadStatements, loadWords, shown } from '../workspace.js';
import type { ReviewRow } from './page.js';
import { updatedFrom } from '../review/update-note.js';
import type { EntryRequest } from './request.js';

export interface Loaded {
  config: ResolvedConfig;
  language: string;
  statement: Statement;
  /** The catalog on disk, synced with the current source; each entry knows its line. */
  catalog: Catalog;
  /** The catalog file as the user sees it (`locales/es/x.po`). */
  file: string;
}

/**
 * An entry's version as a page shows it: a hash of its source, translation and state. A save is
 * refused only when this entry's version on disk differs from the one the page loaded.
 */
export function entryVersion(entry: Pick<CatalogEntry, 'source' | 'translation' | 'state'>): string {
  return createHash('sha256').update(JSON.stringify([entry.source, entry.translation, entry.state])).digest('hex').slice(0, 16);
}

/**
 * Refuse a file that resolves outside the workspace (a symbolic link to another folder): the review
 * page never reads or rewrites a file elsewhere. A file not yet created is judged by its folder.
 */
export function guardInside(config: ResolvedConfig, file: string): void {
  let existing = file;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const real = path.join(realpathSync(existing), path.relative(existing, file));
  const relative = path.relative(realpathSync(config.root), real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new EditionsError('is a link to a file outside the workspace; Editions does not read or write files outside it. Replace the link with the file itself', {
      rule: 'outside-workspace',
      place: { file: shown(config, file), line: 0 },
    });
  }
}

/** One statement's catalog as it is on disk now, aligned with the current source. */
export function load(root: string, language: string, slug: string): Loaded {
  const config = loadConfig(root);
  if (!selectLanguages(config).includes(language)) throw new EditionsError(`"${language}" is not a language of this workspace`, { rule: 'unknown-language' });
  const statement = loadStatements(config).find((item) => item.slug === slug);
  if (!statement) throw new EditionsError(`there is no statement "${slug}"`, { rule: 'no-source' });
  guardInside(config, path.join(config.paths.source, `${slug}.md`));
  const file = catalogPath(config, language, slug);
  guardInside(config, file);
  // Strict: a catalog that is not UTF-8 is refused exactly as the build refuses it (bad-encoding).
  const { catalog } = syncStatement(statement, loadCatalog(config, language, slug), language);
  return { config, language, statement, catalog: readCatalog(writeCatalog(catalog), shown(config, file)), file: shown(config, file) };
}

/** The page's rows: each entry with its segment's kind and line, its findings and its version. */
export function rowsOf(loaded: Loaded, glossary = loadGlossary(loaded.config)): ReviewRow[] {
  const { language } = loaded;
  const findings = checkCatalog(loaded.catalog.entries, language, loaded.file, glossary, { sourceLanguage: loaded.config.sourceLanguage, words: loadWords(loaded.config) });
  const segments = new Map(loaded.statement.segments.map((segment) => [segment.id, segment]));
  return loaded.catalog.entries.map((entry) => {
    const segment = segments.get(entryKey(entry));
    return {
      entry,
      kind: segment?.kind ?? 'segment',
      sourceLine: segment?.position.line ?? 0,
      findings: findings.filter((finding) => finding.place.line === entry.line),
      version: entryVersion(entry),
      previousTranslation: updatedFrom(entry.notes)?.translation,
    };
  });
}

/** What a save led to; the server turns it into an HTTP answer. */
export type SaveOutcome =
  | { kind: 'saved'; loaded: Loaded }
  /** The entry changed on disk since the page loaded it (or is gone): nothing was written. */
  | { kind: 'conflict'; loaded: Loaded; present: boolean }
  /** Approving would publish check errors the editor has not confirmed: nothing was written. */
  | { kind: 'confirm'; rules: string[] };

/** Apply one editor action to one entry, under the catalog's lock, unless that entry changed meanwhile. */
export function saveEntry(root: string, request: EntryRequest, editor: Editor): SaveOutcome {
  const loaded = load(root, request.language, request.slug);
  const glossary = loadGlossary(loaded.config);
  const file = catalogPath(loaded.config, request.language, request.slug);
  let refused: { kind: 'conflict'; present: boolean } | { kind: 'confirm'; rules: string[] } | undefined;
  const saved = updateCatalog(loaded.config, request.language, request.slug, (current) => {
    guardInside(loaded.config, file);
    const catalog = syncStatement(loaded.statement, current, request.language).catalog;
    const entry = catalog.entries.find((item) => entryKey(item) === request.key);
    if (!entry || entryVersion(entry) !== request.version) {
      refused = { kind: 'conflict', present: Boolean(entry) };
      return undefined;
    }
    if (request.action === 'revert') return revertEntry(catalog, request.key);
    if (request.action === 'save') return editEntry(catalog, request.key, request.translation ?? '', editor);
    const approved = approveEntry(catalog, request.key, editor, request.translation);
    const rules = errorRules(approved, request.language, request.key, loaded.file, glossary, loaded.config.sourceLanguage);
    const unconfirmed = rules.filter((rule) => !request.confirmedDespite.includes(rule));
    if (unconfirmed.length) {
      refused = { kind: 'confirm', rules };
      return undefined;
    }
    return rules.length ? approveEntry(catalog, request.key, editor, request.translation, rules) : approved;
  });
  if (refused?.kind === 'confirm') return refused;
  if (refused) return { kind: 'conflict', present: refused.present, loaded: load(root, request.language, request.slug) };
  return { kind: 'saved', loaded: { ...loaded, catalog: saved ?? loaded.catalog } };
}

/** The check errors (rule ids) of one entry's translation, as `editions check` would report them. */
function errorRules(catalog: Catalog, language: string, key: string, file: string, glossary: Glossary, sourceLanguage: string): string[] {
  const entry = catalog.entries.find((item) => entryKey(item) === key);
  if (!entry) return [];
  const findings = checkCatalog([{ ...entry, line: entry.line ?? 1 }], language, file, glossary, { sourceLanguage });
  return [...new Set(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule))];
}
