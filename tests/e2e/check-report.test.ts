// `check` of a workspace unchanged since the last whole check prints that check's findings without
// reading anything again; any change to an input (an approval in a PO editor, a word added to the
// word list) makes it check again. Workspace: the seed statement with its real Spanish and French
// catalogs, which hold known findings.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));

describe('check on an unchanged workspace', () => {
  const root = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es', 'fr'], extraConfig: 'engine: none\n' });
  made.push(root);
  const check = (...flags: string[]) => runCli(['--root', root, 'check', ...flags]);
  const report = path.join(root, 'output/.editions-check-report.json');

  it('prints what checking prints, as text and JSON, with the same exit code', async () => {
    const first = await check();
    expect(existsSync(report)).toBe(true);
    const again = await check();
    expect(again).toEqual(first);
    expect(first.stdout).toMatch(/\[[a-z-]+\]\n/);
    const json = await check('--json');
    writeFileSync(report, '{"key":"none"}');
    expect(await check('--json')).toEqual(json);
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

  it('with --lang, reports only those languages and leaves the whole report alone', async () => {
    const whole = await check();
    const spanish = await check('--lang', 'es');
    expect(spanish.stdout).not.toContain('locales/fr/');
    expect(await check()).toEqual(whole);
  }, 120_000);
});
