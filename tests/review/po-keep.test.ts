// Issue 9, item 8 and issue 14: rewriting a catalog keeps what other tools put there (translator
// comments on the header, flags such as no-wrap and python-format, #| msgctxt, obsolete plural forms),
// and a catalog re-saved by a PO editor changes only where someone changed it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { approveEntry, editEntry, entryKey } from '../../pipeline/review/edit.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { REPO } from '../support/workspace.js';
import { HAVE_GETTEXT, msgcat } from './po-support.js';

const FIXTURE = path.join(REPO, 'tests/fixtures/po-other-tools');
const FILE = 'locales/fr/2024-nato-summit.po';
const text = readFileSync(path.join(FIXTURE, 'catalog.po'), 'utf8');
const EDITOR = { name: 'Ana', date: '2026-11-30' };

/** Lines that differ between two texts (added + removed). */
const changedLines = (a: string, b: string) => diffLines(a, b).filter((part) => part.added || part.removed).reduce((sum, part) => sum + (part.count ?? 0), 0);

describe('review/po: what other tools put in a catalog survives Editions rewriting it', () => {
  const catalog = readCatalog(text, FILE);

  it('the fixture is a catalog msgcat leaves alone and msgfmt accepts, with every kind of foreign content', () => {
    if (HAVE_GETTEXT) expect(msgcat(text)).toBe(text);
    expect(catalog.headerComments).toEqual(['# French translation of the ILPS statement on the 2024 NATO summit.', '# Copyright (C) 2024 International League of Peoples’ Struggle.', '# Marie Dupont <marie@example.org>, 2024.', '#']);
    expect(catalog.entries.find((entry) => entry.context === 'title')?.flags).toEqual(['no-wrap']);
    expect(catalog.entries.find((entry) => entry.context === 'role')?.flags).toEqual(['python-format']);
    expect(catalog.obsolete.find((entry) => entry.plural)?.plural?.translations).toHaveLength(2);
  });

  it('an editor approving one entry changes only that entry: header comments, flags and obsolete plurals stay', () => {
    const target = catalog.entries.find((entry) => entry.context === 'organization')!;
    const after = writeCatalog(approveEntry(editEntry(catalog, entryKey(target), 'Ligue internationale de la lutte des peuples', EDITOR), entryKey(target), EDITOR));
    for (const kept of [...catalog.headerComments!, '#, fuzzy, no-wrap', '#, python-format', '#~ msgid_plural "%d NATO summits"', '#~ msgstr[1] "%d sommets de l’OTAN"', '#| msgctxt "subtitle"']) expect(after).toContain(kept);
    expect(changedLines(text, after)).toBeLessThanOrEqual(6);
    if (HAVE_GETTEXT) expect(msgcat(after)).toBe(after);
  });

  it('a sync against the statement keeps flags, #| msgctxt and obsolete plurals of the entries it keeps', () => {
    const statement = parseStatement(readFileSync(path.join(REPO, 'source/2024-nato-summit.md'), 'utf8'), 'source/2024-nato-summit.md', '2024-nato-summit');
    const synced = syncCatalog(statement.segments, catalog, 'fr', '2024-nato-summit').catalog;
    const after = writeCatalog(synced);
    for (const kept of ['#, fuzzy, no-wrap', '#, python-format', '#~ msgid_plural "%d NATO summits"', '#~ msgstr[0] "un sommet de l’OTAN"']) expect(after).toContain(kept);
    if (HAVE_GETTEXT) expect(msgcat(after)).toBe(after);
  });
});
