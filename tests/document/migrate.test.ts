// Catalog migration: a catalog written before segments were self-contained keeps every translation
// and every approval; only the spelling of msgids (and of the translations' references) changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { readCatalog } from '../../pipeline/review/po.js';
import { migrateCatalog } from '../../pipeline/review/migrate.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { applyCatalog } from '../../pipeline/review/apply.js';
import { bodyToHast } from '../../pipeline/render/html-body.js';
import { toHtml } from 'hast-util-to-html';
import { REPO } from '../support/workspace.js';

const FIXTURE = path.join(REPO, 'tests/fixtures/catalog-migration');
const statement = parseStatement(readFileSync(path.join(FIXTURE, 'source.md'), 'utf8'), 'source/migration.md', 'migration');
const old = readCatalog(readFileSync(path.join(FIXTURE, 'catalog-old.po'), 'utf8'), 'locales/fr/migration.po');

describe('review/migrate: catalog-migration', () => {
  const migrated = migrateCatalog(statement, old);

  it('the old catalog does not match today’s segments (what sync alone would make stale)', () => {
    const { report } = syncCatalog(statement.segments, old, 'fr', 'migration');
    expect(report.changed).toBe(5);
  });

  it('rewrites each msgid to today’s segment and its translation’s references with the same definitions', () => {
    const bySource = Object.fromEntries(migrated.entries.map((entry) => [entry.source, entry.translation]));
    expect(bySource['Read [the report](https://example.org/report "The report") and the [Declaration](https://example.org/declaration).']).toBe(
      'Lisez [le rapport](https://example.org/report "The report") et la [Declaration](https://example.org/declaration).',
    );
    expect(bySource['See ![the map](https://example.org/map.png) and [NATO](https://www.nato.int/).']).toBe('Voir ![la carte](https://example.org/map.png) et [NATO](https://www.nato.int/).');
    expect(bySource['On 9–11 July, see [the report](https://example.org/report "The report").']).toBe('Du 9 au 11 juillet, voir [le rapport](https://example.org/report "The report").');
    expect(bySource['Text here.']).toBe('Texte ici.');
    expect(bySource['The summit met in July.[^date] Le prix\u00a0: 10\u202f000\u00a0€.']).toBe('Le sommet s’est réuni en juillet.[^date] Le prix : 10 000 €.');
  });

  it('keeps every approval, and sync then finds every entry unchanged', () => {
    expect(migrated.entries.map((entry) => entry.state)).toEqual(old.entries.map((entry) => entry.state));
    expect(migrated.entries.map((entry) => entry.notes)).toEqual(old.entries.map((entry) => entry.notes));
    const { report, catalog } = syncCatalog(statement.segments, migrated, 'fr', 'migration');
    expect(report).toMatchObject({ unchanged: statement.segments.length, changed: 0, added: 0, removed: 0 });
    expect(catalog.entries.filter((entry) => entry.state === 'approved')).toHaveLength(6);
  });

  it('gives the French edition the links, image and note the source has', () => {
    const { tree } = applyCatalog(statement, migrated);
    const html = toHtml(bodyToHast(tree));
    for (const target of ['https://example.org/report', 'https://example.org/declaration', 'https://www.nato.int/', 'https://example.org/map.png']) expect(html).toContain(target);
    expect(html).toContain('Du 9 au 11 juillet');
    expect(html).toMatch(/<a href="#user-content-fn-date"[^>]*>1<\/a>/);
    expect(html).not.toMatch(/\]\[|\[\^/);
  });

  it('is a no-op on a catalog already in today’s spelling', () => {
    expect(migrateCatalog(statement, migrated)).toEqual(migrated);
  });
});
