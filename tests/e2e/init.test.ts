// A new user's first commands, through the real CLI: init in an empty folder, build with no ui.json
// anywhere (every word comes built in, no raw key in any output), --version, and usage mistakes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_WORDS, UI_KEYS, formatDate } from '../../pipeline/render/ui.js';
import { ENGINE_NAMES } from '../../pipeline/edition.js';
import { REPO, listFiles, read, runCli } from '../support/workspace.js';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'editions-init-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What a reader sees in each output: HTML as is, text as is, a PDF's extracted text. */
function outputText(root: string, file: string): string {
  const full = path.join(root, file);
  return file.endsWith('.pdf') ? execFileSync('pdftotext', ['-enc', 'UTF-8', full, '-'], { encoding: 'utf8' }) : readFileSync(full, 'utf8');
}

describe('e2e: editions init', () => {
  it('makes a workspace with config, a sample statement, glossary, word list and .gitignore, asking nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['init', dir, '--source-language', 'en', '--languages', 'es,ar']);
    expect(result.code, result.stderr).toBe(0);
    expect(listFiles(dir).sort()).toEqual(['.gitignore', 'editions.config.yaml', 'locales/glossary.yaml', 'source/our-statement.md', 'source/words.txt']);
    expect(read(dir, '.gitignore')).toBe('output/\n');
    const config = read(dir, 'editions.config.yaml');
    expect(config).toMatch(/^sourceLanguage: en$/m);
    expect(config).toContain('languages:\n  - es\n  - ar\n');
    expect(config).toMatch(/^# baseUrl: /m);
    expect(result.stdout).toContain('npx editions build');
  });

  it('never overwrites a file that exists, and says which it kept', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'editions.config.yaml'), 'sourceLanguage: de\nlanguages: [fr]\n');
    const result = await runCli(['init', dir]);
    expect(result.code).toBe(0);
    expect(read(dir, 'editions.config.yaml')).toBe('sourceLanguage: de\nlanguages: [fr]\n');
    expect(result.stdout).toContain(`kept ${path.join(dir, 'editions.config.yaml')} (it already exists; not changed)`);
    expect(result.stdout).toContain(`created ${path.join(dir, 'source/our-statement.md')}`);
  });

  it('refuses a bad --languages value as a usage mistake (exit 2), writing nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['init', dir, '--languages', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('editions: --languages: "en" is the source language; list only the languages to translate into [bad-flag]');
    expect(listFiles(dir)).toEqual([]);
  });

  it('names editions init when a folder has no config', async () => {
    const result = await runCli(['--root', tempDir(), 'build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^editions: editions\.config\.yaml: no editions\.config\.yaml here .*run `editions init`.* \[no-config\]\n$/);
  });
});

describe('e2e: init → build with no ui.json anywhere', () => {
  let root: string;
  let built: Awaited<ReturnType<typeof runCli>>;
  const languages = ['es', 'ar', 'ja', 'sw'];

  beforeAll(async () => {
    root = tempDir();
    const init = await runCli(['init', root, '--languages', languages.join(',')]);
    if (init.code !== 0) throw new Error(init.stderr);
    // Editions of untranslated languages too (the source text under each language's own words).
    const config = read(root, 'editions.config.yaml').replace('minTranslatedPercent: 80', 'minTranslatedPercent: 0');
    writeFileSync(path.join(root, 'editions.config.yaml'), config);
    built = await runCli(['--root', root, 'build', '--engine', 'none'], { SOURCE_DATE_EPOCH: '1720569600' });
  }, 180_000);

  it('builds every language in every format', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(readdirSync(path.join(root, 'locales')).filter((name) => name.endsWith('.json'))).toEqual([]);
    for (const language of ['en', ...languages]) {
      for (const format of ['html', 'pdf', 'txt']) expect(listFiles(root, 'output')).toContain(`output/${language}/our-statement.${format}`);
    }
  });

  it('prints no UI key raw in any output file (HTML, text, PDF text, index)', () => {
    const files = listFiles(root, 'output').filter((file) => /\.(html|txt|pdf)$/.test(file));
    expect(files.length).toBe(16);
    // Dotted and camel-case keys cannot occur in real text; one-word keys are checked by their words below.
    const keys = UI_KEYS.filter((key) => /[.A-Z]/.test(key));
    for (const file of files) {
      const text = outputText(root, file);
      for (const key of keys) expect(text.includes(key), `${file} shows the raw key ${key}`).toBe(false);
    }
  });

  it('uses each language’s own built-in words: banner, published date, formats, PDF page numbers', () => {
    const date = (language: string) => formatDate(read(root, 'source/our-statement.md').match(/^date: (.*)$/m)![1], language);
    for (const language of languages) {
      const words = BUILT_IN_WORDS[language];
      const html = read(root, `output/${language}/our-statement.html`);
      const txt = read(root, `output/${language}/our-statement.txt`);
      const pdf = outputText(root, `output/${language}/our-statement.pdf`).replace(/\s+/g, ' ');
      expect(html).toContain(words.draft.banner);
      expect(html).toContain(words.published.replace('{{date}}', date(language)));
      expect(html).toContain(`>${words.formats.pdf}<`);
      expect(html).toContain(`>${words.formats.txt}<`);
      expect(txt).toContain(words.published.replace('{{date}}', date(language)));
      if (language !== 'ar') expect(pdf).toContain(words.footer.page.replace('{{page}}', '1').replace('{{pages}}', '1'));
    }
    expect(read(root, 'output/index.html')).toContain(BUILT_IN_WORDS.en.status.draft);
  });
});

describe('e2e: the CLI itself', () => {
  const version = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

  it.each(['--version', '-v'])('%s prints the package version', async (flag) => {
    const result = await runCli([flag]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it.each([
    [['build', '--format', 'docx'], '--format: "docx" is not a format; use html, pdf, txt [bad-flag]'],
    [['build', '--engine', 'babel'], `--engine: "babel" is not an engine; use ${ENGINE_NAMES.join(', ')} [bad-flag]`],
    [['build', '--lang', 'e s'], '--lang: "e s" is not a language code; use BCP 47 codes such as es, pt-BR, zh-Hans [bad-flag]'],
    [['translate', '--lang', 'de'], '--lang names "de", which editions.config.yaml does not list; add it to languages first [unknown-language]'],
    [['review', '--port', '70000'], '--port must be a number from 0 to 65535, not "70000" [bad-flag]'],
    [['build', '--colour'], "unknown option '--colour'; run `editions --help` [bad-flag]"],
  ])('%j exits 2 with one line', async (args, line) => {
    const dir = tempDir();
    await runCli(['init', dir, '--languages', 'es']);
    const result = await runCli(['--root', dir, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`editions: ${line}\n`);
  });

  it('reports an error as JSON under --json', async () => {
    const result = await runCli(['--root', tempDir(), 'status', '--json']);
    expect(result.code).toBe(1);
    const { version: schemaVersion, error } = JSON.parse(result.stdout);
    expect(schemaVersion).toBe(1);
    expect(error).toMatchObject({ rule: 'no-config', file: 'editions.config.yaml', exitCode: 1 });
  });
});
