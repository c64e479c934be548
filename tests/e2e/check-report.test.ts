// `check` of a workspace unchanged since the last whole check prints that check's findings, kept in
// the tool cache folder, without reading anything again; any change to an input (an approval in a
// PO editor, a word added to the word list, an edit behind a linked statement) makes it check again.
// Workspace: the seed statement with its real Spanish and French catalogs, which hold known findings.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli, SLUG } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('check on an unchanged workspace', () => {
  const root = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es', 'fr'], extraConfig: 'engine: none\n' });
  const cache = mkdtempSync(path.join(os.tmpdir(), 'editions-check-report-'));
  made.push(root, cache);
  const check = (...flags: string[]) => runCli(['--root', root, 'check', ...flags], { EDITIONS_CACHE_DIR: cache });
  const reportOf = () => {
    const folder = path.join(cache, 'check-reports');
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    return path.join(folder, files[0]);
  };

  it('prints the kept findings, as text and JSON, with the same exit code as checking', async () => {
    const first = await check();
    expect(first.stdout).toMatch(/\[[a-z-]+\]\n/);
    const json = await check('--json');
    // The kept report is what the next check prints: marked here, the mark shows.
    const file = reportOf();
    const report = JSON.parse(readFileSync(file, 'utf8')) as { findings: { message: string }[] };
    report.findings[0].message = 'kept by the last check';
    writeFileSync(file, JSON.stringify(report));
    const again = await check();
    expect(again.code).toBe(first.code);
    expect(again.stdout).toContain('kept by the last check');
    // A report whose key does not match is not used: checking again gives the first answer.
    writeFileSync(file, JSON.stringify({ ...report, key: 'another workspace state' }));
    expect(await check('--json')).toEqual(json);
    expect(await check()).toEqual(first);
  }, 120_000);

  it('checks again after an approval in a PO editor and after a word joins the word list', async () => {
    const before = await check();
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('#, fuzzy\n', ''));
    const approved = await check();
    expect(approved.stdout).not.toBe(before.stdout);
    const unknown = /unknown word "([^"]+)"/.exec(approved.stdout);
    expect(unknown).not.toBeNull();
    writeFileSync(path.join(root, 'source/words.txt'), `${unknown![1]}\n`);
    const known = await check();
    expect(known.stdout).not.toContain(`unknown word "${unknown![1]}"`);
  }, 120_000);

  it('checks again when a statement behind a symbolic link changes', async () => {
    const drafts = path.join(root, 'drafts');
    mkdirSync(drafts);
    renameSync(path.join(root, 'source', `${SLUG}.md`), path.join(drafts, `${SLUG}.md`));
    symlinkSync(path.join('..', 'drafts', `${SLUG}.md`), path.join(root, 'source', `${SLUG}.md`));
    const linked = await check();
    expect(linked.stdout).not.toContain('Thiss');
    const target = path.join(drafts, `${SLUG}.md`);
    writeFileSync(target, readFileSync(target, 'utf8').replace(/\n\n([A-Z])/, '\n\nThiss sentense is misspelt. $1'));
    expect((await check()).stdout).toContain('unknown word "Thiss"');
  }, 120_000);

  it('with --lang, reports only those languages and leaves the whole report alone', async () => {
    const whole = await check();
    const spanish = await check('--lang', 'es');
    expect(spanish.stdout).not.toContain('locales/fr/');
    expect(await check()).toEqual(whole);
  }, 120_000);
});
