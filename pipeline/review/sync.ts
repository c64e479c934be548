// The extract side (like msgmerge --previous): bring a catalog in line with its statement's segments.
import type { Catalog, CatalogEntry, Segment } from '../edition.js';
import { APPROVED_BY } from './edit.js';
import { findHints } from './hints.js';
import { newCatalogHeaders } from './po.js';

export interface SyncReport {
  added: number;
  unchanged: number;
  changed: number;
  removed: number;
  revived: number;
}

/**
 * Pure: the catalog as it must be for these segments. Unchanged entries are untouched; a changed
 * segment inherits the old translation as stale (fuzzy, with the old source as previous), found by
 * aligning the old and new segment sequences (see hints.ts); removed entries that hold a translation
 * become obsolete. No translation is ever dropped.
 */
export function syncCatalog(segments: Segment[], existing: Catalog | undefined, language: string, slug: string): { catalog: Catalog; report: SyncReport } {
  const report: SyncReport = { added: 0, unchanged: 0, changed: 0, removed: 0, revived: 0 };
  const headers = existing?.headers && Object.keys(existing.headers).length ? existing.headers : newCatalogHeaders(language, slug);
  const olds = existing?.entries ?? [];
  const active = new Map(olds.map((entry, index) => [keyOf(entry), index]));
  const obsolete = new Map((existing?.obsolete ?? []).map((entry) => [keyOf(entry), entry]));
  const orphans = new Set(olds.keys());
  const open = new Set<number>();

  const entries: CatalogEntry[] = segments.map((segment, index) => {
    const reference = referenceOf(segment);
    const current = active.get(segment.id);
    if (current !== undefined && orphans.has(current)) {
      orphans.delete(current);
      report.unchanged++;
      return { ...attributeEditorApproval(olds[current], headers), references: [reference], line: undefined };
    }
    const revived = obsolete.get(segment.id);
    if (revived) {
      obsolete.delete(segment.id);
      report.revived++;
      return { ...revived, references: [reference], line: undefined };
    }
    open.add(index);
    return { context: segment.context, source: segment.source, translation: '', state: 'untranslated', references: [reference], notes: [], comments: [] };
  });

  const unmatched = new Set(open);
  const hints = findHints(olds, segments, olds.map(keyOf), segments.map((segment) => segment.id), orphans, open);
  for (const index of unmatched) {
    const from = hints.get(index);
    if (from) report.changed++;
    else report.added++;
    if (from) entries[index] = inheritTranslation(entries[index], from.map((oldIndex) => olds[oldIndex]));
  }

  const left = [...orphans].sort((a, b) => a - b).map((index) => olds[index]);
  report.removed = left.length;
  const retired = left.filter((entry) => entry.translation).map((entry) => ({ ...entry, line: undefined, references: [] }));
  return { catalog: { language, headers, ...(existing?.headerComments ? { headerComments: existing.headerComments } : {}), entries, obsolete: [...retired, ...obsolete.values()] }, report };
}

/**
 * A changed segment keeps the old translation as a hint, marked stale against the source it was
 * made for. From a merge, the old translations are joined in their old order, as are their sources.
 */
function inheritTranslation(fresh: CatalogEntry, from: CatalogEntry[]): CatalogEntry {
  const old = from.filter((entry) => entry.translation);
  if (!old.length) return fresh;
  const [first] = old;
  // Like msgmerge: `#| msgctxt` only when the context the translation was made for differs and was not empty.
  const madeFor = first.previousSource !== undefined ? (first.previousContext ?? first.context) : first.context;
  return {
    ...fresh,
    translation: old.map((entry) => entry.translation).join(' '),
    state: 'stale',
    origin: first.origin,
    ...(first.flags ? { flags: first.flags } : {}),
    ...(madeFor && madeFor !== fresh.context ? { previousContext: madeFor } : {}),
    notes: [...new Set(old.flatMap((entry) => entry.notes))],
    comments: [...new Set(old.flatMap((entry) => entry.comments))],
    previousSource: old.map((entry) => entry.previousSource ?? entry.source).join(' '),
    approvedBeforeChange: old.some((entry) => entry.state === 'approved' || entry.approvedBeforeChange) || undefined,
  };
}

/** Stand-ins PO editors and Editions put in headers before anyone fills them in. */
const PLACEHOLDERS = /^(|FULL NAME <EMAIL@ADDRESS>|Editions <editions@localhost>|YEAR-MO-DA.*|1970-01-01.*)$/;

/**
 * An entry approved in a PO editor while stale (fuzzy dropped, the "approved before the source
 * changed" marker still on it) was approved by whoever last saved the file, not by the earlier
 * `approved-by:` name: record the Last-Translator header (or "unknown (PO editor)") and the
 * PO-Revision-Date's day (or "unknown"), and drop the marker.
 */
function attributeEditorApproval(entry: CatalogEntry, headers: Record<string, string>): CatalogEntry {
  if (entry.state !== 'approved' || !entry.approvedBeforeChange) return entry;
  const translator = (headers['Last-Translator'] ?? '').trim();
  const revised = (headers['PO-Revision-Date'] ?? '').trim();
  const who = PLACEHOLDERS.test(translator) ? 'unknown (PO editor)' : translator;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(revised)?.[0];
  const when = day && !PLACEHOLDERS.test(revised) ? day : 'unknown';
  return {
    ...entry,
    approvedBeforeChange: undefined,
    previousSource: undefined,
    previousContext: undefined,
    notes: [...entry.notes.filter((line) => !line.startsWith(APPROVED_BY)), `${APPROVED_BY}${who} ${when}`],
  };
}

function referenceOf(segment: Segment): string {
  return `${segment.position.file}:${segment.position.line}`;
}

function keyOf(entry: { context: string; source: string }): string {
  return `${entry.context}\u0004${entry.source}`;
}
