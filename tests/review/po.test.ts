import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { problemOf } from '../support/problem.js';
import { REPO } from '../support/workspace.js';

const FILE = 'locales/es/2024-nato-summit.po';
const committed = readFileSync(path.join(REPO, FILE), 'utf8');
const HEADER = 'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

const problem = (text: string) => problemOf(() => readCatalog(text, FILE));

describe('review/po: reading and writing catalogs', () => {
  it('reads the committed Spanish catalog: machine drafts needing review, with origin and line', () => {
    const catalog = readCatalog(committed, FILE);
    expect(catalog.language).toBe('es');
    expect(catalog.entries).toHaveLength(12);
    expect(catalog.entries.every((entry) => entry.state === 'needs-review')).toBe(true);
    expect(catalog.entries[0]).toMatchObject({ context: 'title', origin: expect.stringMatching(/^apertium eng-spa \d{4}-\d{2}-\d{2}$/), references: ['source/2024-nato-summit.md:2'] });
    expect(committed.split('\n')[catalog.entries[0].line! - 1]).toBe('msgid "ILPS condemns the 2024 NATO Summit in Washington"');
  });

  it('writes back exactly what it read', () => {
    expect(writeCatalog(readCatalog(committed, FILE))).toBe(committed);
  });

  it('writes catalogs that msgfmt -c --check-format accepts', () => {
    const msgfmt = spawnSync('msgfmt', ['--version']);
    if (msgfmt.error && process.env.CI) throw new Error('msgfmt (gettext) is required in CI');
    if (msgfmt.error) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'editions-po-'));
    const file = path.join(dir, 'x.po');
    const catalog = readCatalog(committed, FILE);
    catalog.entries[1] = { ...catalog.entries[1], state: 'stale', previousSource: 'Old "quoted" source\twith tab', translation: 'Presidenta de la ILPS' };
    catalog.entries[2] = { ...catalog.entries[2], state: 'approved', notes: ['checked by Ana'] };
    writeFileSync(file, writeCatalog(catalog));
    expect(() => execFileSync('msgfmt', ['-c', '--check-format', '-o', '/dev/null', file], { stdio: 'pipe' })).not.toThrow();
    expect(readCatalog(readFileSync(file, 'utf8'), FILE).entries[1]).toMatchObject({ state: 'stale', previousSource: 'Old "quoted" source\twith tab' });
  });

  it('tells states apart: untranslated, needs review, stale, approved', () => {
    const text = `${HEADER}msgid "a"\nmsgstr ""\n\n#, fuzzy\nmsgid "b"\nmsgstr "B"\n\n#, fuzzy\n#| msgid "old c"\nmsgid "c"\nmsgstr "C"\n\nmsgid "d"\nmsgstr "D"\n`;
    expect(readCatalog(text, FILE).entries.map((entry) => entry.state)).toEqual(['untranslated', 'needs-review', 'stale', 'approved']);
  });

  it('reports an unterminated string at its line', () => {
    const error = problem(`${HEADER}msgid "a"\nmsgstr "unterminated\n\nmsgid "b"\nmsgstr ""\n`);
    expect(error.rule).toBe('po-syntax');
    expect(error.place).toEqual({ file: FILE, line: 7 });
  });

  it('reports a bad keyword (an unescaped quote) at its line', () => {
    const error = problem(`${HEADER}msgid "a"\nmsgstr "say "hi" now"\n`);
    expect(error.place?.line).toBe(7);
  });

  it('reports a duplicate entry at the second one, naming the first', () => {
    const error = problem(`${HEADER}msgid "a"\nmsgstr "A"\n\nmsgid "a"\nmsgstr "B"\n`);
    expect(error.rule).toBe('po-duplicate');
    expect(error.place?.line).toBe(9);
    expect(error.message).toContain('line 6');
  });

  it('rejects plural entries, which statements never have', () => {
    expect(problem(`${HEADER}msgid "a"\nmsgid_plural "as"\nmsgstr[0] "A"\nmsgstr[1] "As"\n`).rule).toBe('po-plural');
  });
});
