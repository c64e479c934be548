// Changes to catalog entries as data, so a writer applies only its own change to the catalog as it
// is on disk now (another editor, a build or a translate may have changed other entries meanwhile).
import type { Catalog, CatalogEntry } from '../edition.js';

/** One entry's change: what it looked like when the writer read it, and what to set. */
export interface EntryPatch {
  context: string;
  source: string;
  /** The entry as the writer saw it; if the entry on disk differs now, the patch is dropped. */
  expected: Pick<CatalogEntry, 'translation' | 'state'>;
  set: Partial<Omit<CatalogEntry, 'context' | 'source'>>;
}

export interface PatchResult {
  catalog: Catalog;
  applied: EntryPatch[];
  /** Patches whose entry changed (an editor approved or edited it) or vanished since it was read. */
  dropped: EntryPatch[];
}

const keyOf = (entry: { context: string; source: string }) => `${entry.context}\u0004${entry.source}`;

/**
 * Pure: apply each patch whose entry is still as the writer saw it. An approved entry is never
 * overwritten by a patch that expected it unapproved: the editor's work wins.
 */
export function applyPatches(catalog: Catalog, patches: EntryPatch[]): PatchResult {
  const byKey = new Map(patches.map((patch) => [keyOf(patch), patch]));
  const applied: EntryPatch[] = [];
  const entries = catalog.entries.map((entry) => {
    const patch = byKey.get(keyOf(entry));
    if (!patch) return entry;
    if (entry.translation !== patch.expected.translation || entry.state !== patch.expected.state) return entry;
    applied.push(patch);
    return { ...entry, ...patch.set };
  });
  const dropped = patches.filter((patch) => !applied.includes(patch));
  return { catalog: { ...catalog, entries }, applied, dropped };
}
