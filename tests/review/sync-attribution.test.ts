// An editor approves a stale entry in a PO editor (Poedit, Lokalize…): the fuzzy mark goes, but the
// "approved before the source changed" marker and the earlier approver's `# approved-by:` line stay.
// Sync must not let that earlier name stand for the new approval.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { approvedBy } from '../../pipeline/review/edit.js';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import type { Catalog } from '../../pipeline/edition.js';
import { REPO } from '../support/workspace.js';

const SLUG = 'water-for-the-valley';
const read = (name: string) => readFileSync(path.join(REPO, 'tests/fixtures/hint-po-editor-approval', name), 'utf8');
const segments = parseStatement(read('source.md'), `source/${SLUG}.md`, SLUG).segments;
const before = readCatalog(read('catalog-before.po'), `locales/es/${SLUG}.po`);
const entry = (catalog: Catalog, source: string) => catalog.entries.find((item) => item.source === source)!;
const APPROVED_IN_EDITOR = 'Prices must stay low for families.';
const STILL_STALE = 'We will write to the council this week.';

describe('sync: hint-po-editor-approval', () => {
  const { catalog } = syncCatalog(segments, before, 'es', SLUG);

  it('reads the fixture as an editor left it: approved, marker and old approver still on it', () => {
    expect(entry(before, APPROVED_IN_EDITOR)).toMatchObject({ state: 'approved', approvedBeforeChange: true });
    expect(approvedBy(entry(before, APPROVED_IN_EDITOR))).toBe('Ana 2026-11-02');
  });

  it('records the Last-Translator and the PO-Revision-Date day as the approver, once', () => {
    const approved = entry(catalog, APPROVED_IN_EDITOR);
    expect(approvedBy(approved)).toBe('Luis Pérez <luis@example.org> 2026-11-28');
    expect(approved.notes.filter((line) => line.startsWith('approved-by: '))).toHaveLength(1);
  });

  it('drops the marker and keeps the editor-approved text', () => {
    const approved = entry(catalog, APPROVED_IN_EDITOR);
    expect(approved).toMatchObject({ state: 'approved', translation: 'Los precios deben seguir bajos para todas las familias.' });
    expect(approved.approvedBeforeChange).toBeUndefined();
    expect(writeCatalog(catalog)).not.toMatch(/approved before the source changed[^\n]*\n(#[^\n]*\n)*msgid "Prices must stay low/);
  });

  it('leaves an entry still marked fuzzy as it was: stale, marker and earlier approver kept', () => {
    expect(entry(catalog, STILL_STALE)).toMatchObject({ state: 'stale', approvedBeforeChange: true, previousSource: 'We will write to the council.' });
    expect(approvedBy(entry(catalog, STILL_STALE))).toBe('Ana 2026-11-02');
  });

  it('says "unknown (PO editor)" and "unknown" when the headers are still the placeholders', () => {
    const anonymous = { ...before, headers: { ...before.headers, 'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>', 'PO-Revision-Date': 'YEAR-MO-DA HO:MI+ZONE' } };
    expect(approvedBy(entry(syncCatalog(segments, anonymous, 'es', SLUG).catalog, APPROVED_IN_EDITOR))).toBe('unknown (PO editor) unknown');
    const editions = { ...before, headers: { ...before.headers, 'Last-Translator': 'Editions <editions@localhost>' } };
    expect(approvedBy(entry(syncCatalog(segments, editions, 'es', SLUG).catalog, APPROVED_IN_EDITOR))).toBe('unknown (PO editor) 2026-11-28');
  });

  it('is stable: a second sync changes nothing', () => {
    const again = syncCatalog(segments, catalog, 'es', SLUG).catalog;
    expect(writeCatalog(again)).toBe(writeCatalog(catalog));
  });
});
