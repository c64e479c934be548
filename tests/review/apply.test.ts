import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { applyCatalog, countStates, decideStatus } from '../../pipeline/review/apply.js';
import { directionOf } from '../../pipeline/language.js';
import { inlineToText } from '../../pipeline/parse/inline.js';
import type { Paragraph } from 'mdast';
import { SEED } from '../support/workspace.js';

const statement = parseStatement(readFileSync(SEED, 'utf8'), 'source/2024-nato-summit.md', '2024-nato-summit');
const fresh = () => syncCatalog(statement.segments, undefined, 'fr', statement.slug).catalog;
const counts = (total: number, approved: number, untranslated: number) => ({ total, approved, needsReview: total - approved - untranslated, stale: 0, untranslated });

describe('review/apply: what an edition shows', () => {
  it('uses approved and machine text, and the source wherever nothing exists', () => {
    const catalog = fresh();
    catalog.entries[0] = { ...catalog.entries[0], translation: 'L’ILPS condamne le sommet', state: 'approved' };
    catalog.entries[3] = { ...catalog.entries[3], translation: 'Premier *paragraphe* traduit.', state: 'needs-review' };
    const { tree, meta } = applyCatalog(statement, catalog);
    expect(meta.title).toBe('L’ILPS condamne le sommet');
    expect(meta.role).toBe('ILPS Chairperson');
    const first = tree.children[0] as Paragraph;
    expect(inlineToText(first.children)).toBe('Premier paragraphe traduit.');
    expect(first.children[1]).toMatchObject({ type: 'emphasis' });
    expect(inlineToText((tree.children[1] as Paragraph).children)).toMatch(/^In its “Washington Declaration,”/);
  });

  it('does not change the statement it was given', () => {
    const catalog = fresh();
    catalog.entries[3] = { ...catalog.entries[3], translation: 'X', state: 'approved' };
    applyCatalog(statement, catalog);
    expect(inlineToText((statement.tree.children[0] as Paragraph).children)).toMatch(/^The International League/);
  });

  it('counts each state', () => {
    const catalog = fresh();
    catalog.entries[0] = { ...catalog.entries[0], translation: 'x', state: 'approved' };
    catalog.entries[1] = { ...catalog.entries[1], translation: 'x', state: 'stale', previousSource: 'y' };
    catalog.entries[2] = { ...catalog.entries[2], translation: 'x', state: 'needs-review' };
    expect(countStates(catalog.entries)).toEqual({ total: 12, approved: 1, needsReview: 1, stale: 1, untranslated: 9 });
  });
});

describe('review/apply: draft, approved, pending, blocked', () => {
  it('makes a fully approved catalog an approved edition', () => {
    expect(decideStatus(counts(12, 12, 0), 80, false).status).toBe('approved');
    expect(decideStatus(counts(12, 12, 0), 80, true).status).toBe('approved');
  });

  it('makes a catalog at or above the threshold a draft, below it pending', () => {
    expect(decideStatus(counts(10, 0, 2), 80, false).status).toBe('draft');
    expect(decideStatus(counts(10, 0, 3), 80, false)).toMatchObject({ status: 'pending', reason: expect.stringContaining('70 % translated, 80 % needed') });
    expect(decideStatus(counts(10, 0, 3), 50, false).status).toBe('draft');
  });

  it('blocks anything short of fully approved in a release, naming what is missing', () => {
    expect(decideStatus(counts(12, 11, 0), 80, true)).toEqual({ status: 'blocked', reason: 'not fully approved: 11 of 12 approved; 1 need review' });
  });

  it('knows right-to-left languages', () => {
    expect(['ar', 'he', 'fa', 'ur'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'zh-Hans', 'hi', 'ru'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
