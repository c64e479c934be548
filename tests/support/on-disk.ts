// A catalog "on disk" in memory, for translate tests that run translateCatalog without a workspace.
import type { Catalog } from '../../pipeline/edition.js';
import { applyPatches, type EntryPatch } from '../../pipeline/review/patch.js';

/** Each save applies the patches to the catalog, as updateCatalog does to the file, and records it. */
export function onDisk(start: Catalog, saved: Catalog[]) {
  let disk = start;
  return (patches: EntryPatch[]) => {
    disk = applyPatches(disk, patches).catalog;
    saved.push(disk);
    return disk;
  };
}
