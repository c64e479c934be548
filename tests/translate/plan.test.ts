import { describe, expect, it } from 'vitest';
import { batches, buildMemory, planTranslations } from '../../pipeline/translate/plan.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { statement } from '../support/editions.js';
import type { Catalog } from '../../pipeline/edition.js';

const fresh = (language = 'fr'): Catalog => syncCatalog(statement.segments, undefined, language, statement.slug).catalog;

describe('translate/plan: only what has no translation yet, or whose source changed', () => {
  it('sends every segment of a new catalog and counts its characters', () => {
    const plan = planTranslations(fresh(), new Map());
    expect(plan.send).toHaveLength(12);
    expect(plan.characters).toBeGreaterThan(6000);
  });

  it('never sends approved or needs-review entries', () => {
    const catalog = fresh();
    catalog.entries = catalog.entries.map((entry, index) => (index < 6 ? { ...entry, translation: 'x', state: 'approved' } : { ...entry, translation: 'y', state: 'needs-review' }));
    expect(planTranslations(catalog, new Map())).toMatchObject({ send: [], characters: 0 });
  });

  it('re-sends a stale machine draft but keeps an editor’s stale work for the editor', () => {
    const catalog = fresh();
    catalog.entries[3] = { ...catalog.entries[3], translation: 'old machine', state: 'stale', previousSource: 'old' };
    catalog.entries[4] = { ...catalog.entries[4], translation: 'old human', state: 'stale', previousSource: 'old', approvedBeforeChange: true };
    catalog.entries = catalog.entries.map((entry, index) => (index === 3 || index === 4 ? entry : { ...entry, translation: 'x', state: 'approved' }));
    const plan = planTranslations(catalog, new Map());
    expect(plan.send.map((entry) => entry.source)).toEqual([catalog.entries[3].source]);
    expect(plan.waitingForEditor.map((entry) => entry.source)).toEqual([catalog.entries[4].source]);
  });

  it('answers from translation memory for 0 characters when another catalog approved the same text', () => {
    const other = fresh();
    other.entries[1] = { ...other.entries[1], translation: 'Président de l’ILPS', state: 'approved' };
    const plan = planTranslations(fresh(), buildMemory([other]));
    expect(plan.fromMemory).toEqual([{ entry: expect.objectContaining({ source: 'ILPS Chairperson' }), translation: 'Président de l’ILPS' }]);
    expect(plan.send).toHaveLength(11);
  });

  it('splits requests at the text count and byte limits', () => {
    const items = Array.from({ length: 120 }, (_, index) => 'x'.repeat(index === 5 ? 900 : 10));
    expect(batches(items, (item) => item.length, { texts: 50, bytes: 100_000 }).map((group) => group.length)).toEqual([50, 50, 20]);
    const small = batches(items, (item) => item.length, { texts: 50, bytes: 1000 });
    expect(small.map((group) => group.length)).toEqual([11, 50, 50, 9]);
    for (const group of small) expect(group.join('').length).toBeLessThanOrEqual(1000);
    expect(small.flat()).toEqual(items);
  });
});
