import { describe, expect, it } from 'vitest';
import { approveEntry, approvedBy, editEntry, entryKey, machineDraft, revertEntry } from '../../pipeline/review/edit.js';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { committedCatalog } from '../support/editions.js';

const editor = { name: 'Ana Editor', date: '2026-11-24' };

describe('review/edit: what an editor does to an entry', () => {
  const catalog = committedCatalog('es');
  const key = entryKey(catalog.entries[1]);

  it('approves: clears the fuzzy mark, records who and when, and survives a PO round trip', () => {
    const approved = approveEntry(catalog, key, editor);
    const back = readCatalog(writeCatalog(approved), 'x.po').entries[1];
    expect(back.state).toBe('approved');
    expect(approvedBy(back)).toBe('Ana Editor 2026-11-24');
    expect(writeCatalog(approved)).toContain('# approved-by: Ana Editor 2026-11-24\n');
  });

  it('edits: new text needs review, origin becomes the editor, the machine draft is kept for revert', () => {
    const edited = editEntry(catalog, key, 'Presidente de la ILPS', editor);
    const entry = readCatalog(writeCatalog(edited), 'x.po').entries[1];
    expect(entry).toMatchObject({ translation: 'Presidente de la ILPS', state: 'needs-review', origin: 'editor Ana Editor 2026-11-24' });
    expect(machineDraft(entry)).toEqual({ text: 'ILPS Presidente', origin: catalog.entries[1].origin });
    const reverted = revertEntry(edited, key).entries[1];
    expect(reverted).toMatchObject({ translation: 'ILPS Presidente', state: 'needs-review', origin: catalog.entries[1].origin });
  });

  it('refuses to approve a blank translation, or to revert what has no machine draft', () => {
    expect(() => approveEntry(catalog, key, editor, '   ')).toThrow(/cannot be approved/);
    const handwritten = { ...catalog, entries: catalog.entries.map((entry) => ({ ...entry, origin: 'editor X 2026-01-01' })) };
    expect(() => revertEntry(handwritten, key)).toThrow(/no machine draft/);
  });

  it('approving a stale entry clears its previous source', () => {
    const stale = { ...catalog, entries: catalog.entries.map((entry, index) => (index === 1 ? { ...entry, state: 'stale' as const, previousSource: 'ILPS Chair', approvedBeforeChange: true } : entry)) };
    const entry = approveEntry(stale, key, editor, 'Presidente de la ILPS').entries[1];
    expect(entry).toMatchObject({ state: 'approved', previousSource: undefined, approvedBeforeChange: undefined });
  });
});
