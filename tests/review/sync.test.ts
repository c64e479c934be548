import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { syncStatement } from '../../pipeline/catalogs.js';
import type { Catalog } from '../../pipeline/edition.js';
import { REPO } from '../support/workspace.js';

const fixture = (name: string) => readFileSync(path.join(REPO, 'tests/fixtures/changed-paragraph', name), 'utf8');
const FILE = 'source/2024-nato-summit.md';
const parse = (text: string) => parseStatement(text, FILE, '2024-nato-summit');
const find = (catalog: Catalog, start: string) => catalog.entries.find((entry) => entry.source.startsWith(start))!;

describe('sync: changed-paragraph (edited sentence, removed paragraph, new paragraph)', () => {
  const before = readCatalog(fixture('catalog-before.po'), 'locales/es/2024-nato-summit.po');
  // As build and translate do it: entries written by the older parser (no-break spaces folded) migrate first.
  const { catalog, report } = syncStatement(parse(fixture('source-after.md')), before, 'es');

  it('matches the expected catalog byte for byte', () => {
    expect(writeCatalog(catalog)).toBe(fixture('catalog-expected.po'));
  });

  it('counts unchanged, changed, added and removed segments', () => {
    expect(report).toEqual({ unchanged: 10, changed: 1, added: 1, removed: 1, revived: 0 });
  });

  it('marks the edited paragraph stale, keeping the approved translation and the old source', () => {
    const changed = find(catalog, 'The Summit also proved');
    const old = find(before, 'The Summit also proved');
    expect(old.state).toBe('approved');
    expect(changed).toMatchObject({ state: 'stale', translation: old.translation, previousSource: old.source, approvedBeforeChange: true });
    expect(changed.source).toContain('bloody urban warfare');
  });

  it('leaves unchanged entries untouched, approved or not', () => {
    for (const entry of before.entries) {
      const after = catalog.entries.find((item) => item.context === entry.context && item.source === entry.source);
      if (!after) continue;
      expect({ ...after, line: undefined, references: [] }).toEqual({ ...entry, line: undefined, references: [] });
    }
    expect(catalog.entries.find((entry) => entry.context === 'title')!.translation).toBe('La ILPS condena la Cumbre de la OTAN de 2024 en Washington');
  });

  it('keeps the removed paragraph as an obsolete entry with its translation', () => {
    const removed = find(before, 'NATO even had the gall');
    expect(catalog.obsolete).toEqual([expect.objectContaining({ source: removed.source, translation: removed.translation })]);
  });

  it('adds the new paragraph untranslated at its source line', () => {
    const added = find(catalog, 'Solidarity with all peoples');
    expect(added).toMatchObject({ state: 'untranslated', translation: '', references: [`${FILE}:25`] });
  });

  it('never loses a translation: every old translation is in the new catalog, active or obsolete', () => {
    const kept = new Set([...catalog.entries, ...catalog.obsolete].map((entry) => entry.translation));
    for (const entry of before.entries) expect(kept.has(entry.translation)).toBe(true);
  });

  it('revives an obsolete entry, approval and all, when its paragraph comes back', () => {
    const again = syncStatement(parse(fixture('source-before.md')), catalog, 'es');
    expect(again.report.revived).toBe(1);
    expect(find(again.catalog, 'NATO even had the gall')).toMatchObject({ translation: find(before, 'NATO even had the gall').translation });
    expect(again.catalog.obsolete).toHaveLength(0);
  });

  it('is a no-op on a catalog that already matches its source', () => {
    const again = syncStatement(parse(fixture('source-after.md')), catalog, 'es');
    expect(writeCatalog(again.catalog)).toBe(writeCatalog(catalog));
    expect(again.report).toMatchObject({ unchanged: 12, changed: 0, added: 0, removed: 0 });
  });

  it('keeps the first previous source when a stale entry changes again', () => {
    const twice = fixture('source-after.md').replace('bloody urban warfare', 'bloody urban wars');
    const again = syncStatement(parse(twice), catalog, 'es');
    expect(find(again.catalog, 'The Summit also proved').previousSource).toContain('bloddy urban warfare');
  });
});
