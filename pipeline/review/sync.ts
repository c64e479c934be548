// The extract side (like msgmerge --previous): bring a catalog in line with its statement's segments.
import type { Catalog, CatalogEntry, Segment } from '../edition.js';
import { newCatalogHeaders } from './po.js';

export interface SyncReport {
  added: number;
  unchanged: number;
  changed: number;
  removed: number;
  revived: number;
}

/** How alike two source texts must be (word overlap, 0–1) for an old translation to be offered as a hint. */
const HINT_SIMILARITY = 0.5;

/**
 * Pure: the catalog as it must be for these segments. Unchanged entries are untouched; a changed
 * segment inherits the old translation as stale (fuzzy, with the old source as previous); removed
 * entries that hold a translation become obsolete. No translation is ever dropped.
 */
export function syncCatalog(segments: Segment[], existing: Catalog | undefined, language: string, slug: string): { catalog: Catalog; report: SyncReport } {
  const report: SyncReport = { added: 0, unchanged: 0, changed: 0, removed: 0, revived: 0 };
  const active = new Map((existing?.entries ?? []).map((entry) => [keyOf(entry), entry]));
  const obsolete = new Map((existing?.obsolete ?? []).map((entry) => [keyOf(entry), entry]));
  const used = new Set<string>();

  const entries: (CatalogEntry | undefined)[] = segments.map((segment) => {
    const reference = `${segment.position.file}:${segment.position.line}`;
    const key = segment.id;
    const current = active.get(key);
    if (current) {
      used.add(key);
      report.unchanged++;
      return { ...current, references: [reference], line: undefined };
    }
    const revived = obsolete.get(key);
    if (revived) {
      obsolete.delete(key);
      report.revived++;
      return { ...revived, references: [reference], line: undefined };
    }
    return undefined;
  });

  const orphans = [...active.values()].filter((entry) => !used.has(keyOf(entry)));
  segments.forEach((segment, index) => {
    if (entries[index]) return;
    const reference = `${segment.position.file}:${segment.position.line}`;
    const fresh: CatalogEntry = {
      context: segment.context,
      source: segment.source,
      translation: '',
      state: 'untranslated',
      references: [reference],
      notes: [],
      comments: [],
    };
    const match = bestMatch(segment, orphans);
    if (match) {
      orphans.splice(orphans.indexOf(match), 1);
      report.changed++;
      entries[index] = inheritTranslation(fresh, match);
    } else {
      report.added++;
      entries[index] = fresh;
    }
  });

  const retired = orphans.filter((entry) => entry.translation);
  report.removed = orphans.length;
  const headers = existing?.headers && Object.keys(existing.headers).length ? existing.headers : newCatalogHeaders(language, slug);
  return {
    catalog: {
      language,
      headers,
      entries: entries as CatalogEntry[],
      obsolete: [...retired.map((entry) => ({ ...entry, line: undefined, references: [] })), ...obsolete.values()],
    },
    report,
  };
}

/** A changed segment keeps the old translation as a hint, marked stale against the source it was made for. */
function inheritTranslation(fresh: CatalogEntry, old: CatalogEntry): CatalogEntry {
  if (!old.translation) return fresh;
  return {
    ...fresh,
    translation: old.translation,
    state: 'stale',
    origin: old.origin,
    notes: old.notes,
    comments: old.comments,
    previousSource: old.previousSource ?? old.source,
    approvedBeforeChange: old.state === 'approved' || old.approvedBeforeChange || undefined,
  };
}

function bestMatch(segment: Segment, orphans: CatalogEntry[]): CatalogEntry | undefined {
  let best: CatalogEntry | undefined;
  let bestScore = HINT_SIMILARITY;
  for (const orphan of orphans) {
    // A front-matter field (context "title", …) always matches its own earlier value.
    if (segment.context && !segment.context.startsWith('repeat') && orphan.context === segment.context) return orphan;
    const score = similarity(segment.source, orphan.source);
    if (score >= bestScore) {
      best = orphan;
      bestScore = score;
    }
  }
  return best;
}

/** Dice coefficient over words: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const left = words(a);
  const right = words(b);
  if (!left.length || !right.length) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function keyOf(entry: { context: string; source: string }): string {
  return `${entry.context}\u0004${entry.source}`;
}
