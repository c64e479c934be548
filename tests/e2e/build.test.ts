// End to end: the real CLI on temporary workspaces made from the seed statement.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { REPO, listFiles, makeWorkspace, read, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const made: string[] = [];
/** An editor's slip: 320,000 becomes 32,000 in the translation (the second occurrence; the first is the msgid). */
const changeTranslatedFigure = (po: string) => {
  const at = po.indexOf('320,000', po.indexOf('320,000') + 1);
  return `${po.slice(0, at)}32,000${po.slice(at + '320,000'.length)}`;
};
const workspace = (...args: Parameters<typeof makeWorkspace>) => {
  const root = makeWorkspace(...args);
  made.push(root);
  return root;
};
afterAll(() => made.forEach(removeWorkspace));

interface Manifest {
  files: { path: string; language: string; format: string; bytes: number; sha256: string; status: string }[];
}

describe('e2e: editions build', () => {
  it('builds the English edition in three formats plus the index and a manifest whose checksums match', async () => {
    const root = workspace();
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built 3 edition files in /);
    expect(listFiles(root, 'output').filter((file) => !path.basename(file).startsWith('.editions-'))).toEqual(['output/en/2024-nato-summit.html', 'output/en/2024-nato-summit.pdf', 'output/en/2024-nato-summit.txt', 'output/index.html', 'output/manifest.json'].map((file) => file.replace('output/', '')).map((file) => path.join('output', file)));
    const manifest = JSON.parse(read(root, 'output/manifest.json')) as Manifest;
    expect(manifest.files).toHaveLength(4);
    for (const file of manifest.files) {
      const bytes = readFileSync(path.join(root, 'output', file.path));
      expect(file.bytes).toBe(bytes.byteLength);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(manifest.files.find((file) => file.format === 'pdf')).toMatchObject({ language: 'en', status: 'source' });
  });

  it('creates one review catalog per language that msgfmt would accept, and lists languages as pending', async () => {
    const root = workspace();
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.stderr).toContain('2024-nato-summit es: pending, no edition (0 % translated, 80 % needed for a draft');
    for (const language of ['es', 'fr', 'ru']) expect(read(root, `locales/${language}/${SLUG}.po`)).toContain('msgid "ILPS condemns the 2024 NATO Summit in Washington"');
    const index = read(root, 'output/index.html');
    expect(index).toContain('Pending translation');
    expect(index).toContain('href="en/2024-nato-summit.pdf"');
  });

  it('builds a draft from machine text, with its banner, and marks it draft in index and manifest', async () => {
    const root = workspace({ catalogs: ['es'] });
    const result = await runCli(['--root', root, 'build', '--engine', 'none', '--lang', 'es']);
    expect(result.code).toBe(0);
    expect(read(root, 'output/es/2024-nato-summit.html')).toContain('Borrador de traducción: aún no revisado');
    expect(read(root, 'output/es/2024-nato-summit.txt').split('\n')[1]).toBe('Borrador de traducción: aún no revisado');
    const manifest = JSON.parse(read(root, 'output/manifest.json')) as Manifest;
    expect(manifest.files.filter((file) => file.language === 'es').map((file) => file.status)).toEqual(['draft', 'draft', 'draft']);
    expect(read(root, 'output/index.html')).toContain('Draft, not reviewed');
  });

  it('builds an approved edition without a banner once every entry is approved', async () => {
    const root = workspace({ catalogs: ['es'], languages: ['es'] });
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^#, fuzzy\n/gm, ''));
    const result = await runCli(['--root', root, 'build', '--engine', 'none', '--release']);
    expect(result.code).toBe(0);
    const html = read(root, 'output/es/2024-nato-summit.html');
    expect(html).not.toContain('class="draft-banner"');
    expect(html).not.toContain('Borrador de traducción');
    expect(html).toContain('Traducción revisada con respecto al texto original (julio de 2024)');
  });

  it('respects the threshold: a language under 80 % translated gets no edition, lowering it makes a draft', async () => {
    const root = workspace({ catalogs: ['es'], languages: ['es'] });
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    // Blank out 3 of 12 translations: 75 % translated.
    let blanked = 0;
    const text = readFileSync(file, 'utf8').replace(/#, fuzzy\nmsgid ""\n((?:".*"\n)+)msgstr ""\n((?:".*"\n)+)/g, (whole, id: string) => (blanked++ < 3 ? `msgid ""\n${id}msgstr ""\n` : whole));
    writeFileSync(file, text);
    const pending = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(pending.stderr).toContain('es: pending, no edition (75 % translated, 80 % needed');
    expect(listFiles(root, 'output').some((name) => name.startsWith('output/es/'))).toBe(false);
    writeFileSync(path.join(root, 'editions.config.yaml'), 'sourceLanguage: en\nlanguages: [es]\nminTranslatedPercent: 70\n');
    await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(listFiles(root, 'output').filter((name) => name.startsWith('output/es/'))).toHaveLength(3);
  });

  it('refuses to release a language that is not fully approved, naming what is missing', async () => {
    const root = workspace({ catalogs: ['es'] });
    const result = await runCli(['--root', root, 'build', '--release', '--lang', 'es']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2024-nato-summit es: not released (not fully approved: 0 of 12 approved; 12 need review)');
    expect(listFiles(root, 'output').some((name) => name.startsWith('output/es/'))).toBe(false);
  });

  it('removes editions an earlier build made that this build no longer makes', async () => {
    const root = workspace({ catalogs: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(listFiles(root, 'output')).toContain('output/es/2024-nato-summit.pdf');
    await runCli(['--root', root, 'build', '--engine', 'none', '--release']);
    expect(listFiles(root, 'output').some((name) => name.startsWith('output/es/'))).toBe(false);
  });

  it('builds only the formats asked for', async () => {
    const root = workspace();
    await runCli(['--root', root, 'build', '--engine', 'none', '--format', 'txt']);
    expect(listFiles(root, 'output/en')).toEqual(['output/en/2024-nato-summit.txt']);
  });
});

describe('e2e: incremental builds', () => {
  const stamp = (root: string) => Object.fromEntries(listFiles(root, 'output').map((file) => [file, statSync(path.join(root, file)).mtimeMs]));

  it('a second build with nothing changed writes nothing and says so', async () => {
    const root = workspace({ catalogs: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const before = stamp(root);
    const again = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Nothing changed since the last build: \d+ files in output\/ are up to date/);
    expect(again.stderr).toContain('2024-nato-summit fr: pending, no edition');
    expect(stamp(root)).toEqual(before);
  });

  it('approving one Spanish entry re-renders only the Spanish editions', async () => {
    const root = workspace({ catalogs: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const before = stamp(root);
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('#, fuzzy\nmsgctxt "role"', 'msgctxt "role"'));
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code).toBe(0);
    const after = stamp(root);
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]).sort();
    expect(changed).toEqual(['output/.editions-build.json', 'output/es/2024-nato-summit.html', 'output/es/2024-nato-summit.pdf', 'output/es/2024-nato-summit.txt', 'output/index.html', 'output/manifest.json']);
    const manifest = JSON.parse(read(root, 'output/manifest.json')) as { files: { path: string; inputs?: string }[] };
    expect(manifest.files.filter((item) => item.path !== 'index.html').every((item) => /^[0-9a-f]{64}$/.test(item.inputs ?? ''))).toBe(true);
  });

  it('a changed ui.json re-renders that language', async () => {
    const root = workspace({ catalogs: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const ui = path.join(root, 'locales/es/ui.json');
    writeFileSync(ui, readFileSync(ui, 'utf8').replace('Borrador de traducción: aún no revisado', 'Borrador: sin revisar'));
    await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(read(root, `output/es/${SLUG}.txt`)).toContain('Borrador: sin revisar');
  });
});

describe('e2e: rendering on several cores', () => {
  it('render workers make byte-identical editions', async () => {
    const checksums = async (workers: string) => {
      const root = workspace({ catalogs: ['es'], languages: ['es', 'fr'] });
      const result = await runCli(['--root', root, 'build', '--engine', 'none'], { EDITIONS_RENDER_WORKERS: workers });
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(read(root, 'output/manifest.json')) as Manifest).files.map((file) => `${file.path} ${file.sha256}`);
    };
    const pooled = await checksums('2');
    expect(pooled.filter((line) => line.includes('.pdf'))).toHaveLength(2);
    expect(pooled).toEqual(await checksums('0'));
  });
});

describe('e2e: checks and the release gate', () => {
  it('check lists findings at file:line and exits 1 on errors; the seed’s typos are found', async () => {
    const root = workspace({ catalogs: ['es'], languages: ['es'] });
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, changeTranslatedFigure(readFileSync(file, 'utf8')));
    const result = await runCli(['--root', root, 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^locales/es/${SLUG}.po:\\d+: error: numbers differ: .*\\[number-mismatch\\]$`, 'm'));
    expect(result.stdout).toContain(`source/${SLUG}.md:17:645: warning: unknown word "bloddy"; did you mean "bloody"? [spelling]`);
    const json = JSON.parse((await runCli(['--root', root, 'check', '--json'])).stdout) as { errors: number; findings: { rule: string }[] };
    expect(json.errors).toBeGreaterThanOrEqual(1);
  });

  it('a fully approved language with a check error is not released', async () => {
    const root = workspace({ catalogs: ['es'], languages: ['es'] });
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(file, changeTranslatedFigure(readFileSync(file, 'utf8').replace(/^#, fuzzy\n/gm, '')));
    const result = await runCli(['--root', root, 'build', '--release', '--lang', 'es']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2024-nato-summit es: not released \(\d+ check errors? \(run editions check\)\)/);
    expect(listFiles(root, 'output').some((name) => name.startsWith('output/es/'))).toBe(false);
  });
});

describe('e2e: every script', () => {
  it('builds an Arabic edition in all three formats, right to left', async () => {
    const root = workspace({ languages: ['ar'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const file = path.join(root, 'locales/ar', `${SLUG}.po`);
    const catalog = readCatalog(readFileSync(file, 'utf8'), 'x.po');
    const arabic = readFileSync(path.join(REPO, 'tests/fixtures/scripts/ar.txt'), 'utf8').trim();
    catalog.entries = catalog.entries.map((entry) => ({ ...entry, translation: arabic, state: 'needs-review' }));
    writeFileSync(file, writeCatalog(catalog));
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code).toBe(0);
    expect(listFiles(root, 'output/ar')).toEqual(['html', 'pdf', 'txt'].map((format) => `output/ar/${SLUG}.${format}`));
    expect(read(root, `output/ar/${SLUG}.html`)).toContain('<html lang="ar" dir="rtl">');
  });

  it('stops a PDF whose text no font covers, naming the catalog line, and still builds HTML and text', async () => {
    const root = workspace({ languages: ['ar'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const file = path.join(root, 'locales/ar', `${SLUG}.po`);
    const catalog = readCatalog(readFileSync(file, 'utf8'), 'x.po');
    catalog.entries = catalog.entries.map((entry, index) => ({ ...entry, translation: index === 4 ? 'نص مع رمز ⟁ غريب' : 'نص', state: 'needs-review' }));
    writeFileSync(file, writeCatalog(catalog));
    const line = readCatalog(readFileSync(file, 'utf8'), 'x.po').entries[4].line;
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: locales/ar/${SLUG}.po:${line}: no font covers U+27C1 (⟁); the PDF would show a box, so it was not made [no-glyph]`);
    expect(listFiles(root, 'output/ar')).toEqual([`output/ar/${SLUG}.html`, `output/ar/${SLUG}.txt`]);
    // The same check where the fonts are, in a render worker: the same line, the same files.
    rmSync(path.join(root, 'output'), { recursive: true, force: true });
    const pooled = await runCli(['--root', root, 'build', '--engine', 'none'], { EDITIONS_RENDER_WORKERS: '2' });
    expect(pooled.code).toBe(1);
    expect(pooled.stderr).toContain(`error: locales/ar/${SLUG}.po:${line}: no font covers U+27C1 (⟁); the PDF would show a box, so it was not made [no-glyph]`);
    expect(listFiles(root, 'output/ar')).toEqual([`output/ar/${SLUG}.html`, `output/ar/${SLUG}.txt`]);
  });
});

describe('e2e: status', () => {
  it('counts segments per state, as a table and as JSON', async () => {
    const root = workspace({ catalogs: ['es'] });
    const json = await runCli(['--root', root, 'status', '--json'], { EDITIONS_APERTIUM_MODES: '/nonexistent' });
    expect(json.code).toBe(0);
    const status = JSON.parse(json.stdout) as { languages: Record<string, unknown>[] };
    expect(status.languages.find((row) => row.language === 'es')).toMatchObject({ total: 12, approved: 0, needsReview: 12, stale: 0, untranslated: 0, edition: 'draft' });
    expect(status.languages.find((row) => row.language === 'fr')).toMatchObject({ untranslated: 12, edition: 'pending', engine: 'none' });
    const table = await runCli(['--root', root, 'status'], { EDITIONS_APERTIUM_MODES: '/nonexistent' });
    expect(table.stdout).toMatch(/2024-nato-summit\s+es\s+12\s+0\s+12\s+0\s+0\s+draft/);
    expect(table.stdout).toContain('fr: set DEEPL_AUTH_KEY to translate with DeepL');
  });

  it('does not write anything', async () => {
    const root = workspace();
    await runCli(['--root', root, 'status']);
    expect(listFiles(root, 'locales').filter((file) => file.endsWith('.po'))).toEqual([]);
  });
});

describe('e2e: bad input stops with file, line and a non-zero exit, touching nothing', () => {
  it('a malformed catalog: names the line, writes no output, leaves every catalog as it was', async () => {
    const root = workspace({ catalogs: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const file = path.join(root, 'locales/fr', `${SLUG}.po`);
    const broken = `${readFileSync(file, 'utf8')}\nmsgid "unterminated\nmsgstr ""\n`;
    writeFileSync(file, broken);
    const line = broken.split('\n').indexOf('msgid "unterminated') + 1;
    const before = listFiles(root).map((name) => [name, statSync(path.join(root, name)).mtimeMs]);
    writeFileSync(path.join(root, 'source', `${SLUG}.md`), read(root, `source/${SLUG}.md`).replace('bloddy', 'bloody'));
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^editions: locales/fr/${SLUG}\\.po:${line}: cannot read the catalog: End-of-line within string.* \\[po-syntax\\]$`));
    expect(readFileSync(file, 'utf8')).toBe(broken);
    const after = listFiles(root).map((name) => [name, statSync(path.join(root, name)).mtimeMs]);
    expect(after.filter(([name]) => !String(name).startsWith('source/'))).toEqual(before.filter(([name]) => !String(name).startsWith('source/')));
  });

  it('a bad config: one line with file and line, exit 1, no stack trace', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'editions.config.yaml'), 'sourceLanguage: en\nlanguages:\n  - es\n  - ../../etc\n');
    const result = await runCli(['--root', root, 'build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('editions: editions.config.yaml:4: languages.1: "../../etc" is not a language code (BCP 47, such as es, pt-BR, zh-Hans) [config-invalid]\n');
  });

  it('a folder that is not a workspace, and an unknown --lang', async () => {
    const root = workspace();
    expect((await runCli(['--root', path.join(root, 'source'), 'build'])).stderr).toContain('no editions.config.yaml here');
    const unknown = await runCli(['--root', root, 'build', '--lang', 'de']);
    // A flag naming something that does not exist is a usage mistake: exit 2 (issue 9, one rule for all flags).
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--lang names "de", which editions.config.yaml does not list');
  });

  it('a usage mistake exits 2 and points at --help', async () => {
    const result = await runCli(['build', '--engine', 'google']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/google/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
