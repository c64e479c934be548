// Strict PO: what `msgfmt -c` rejects is reported at file:line, what it accepts is kept. Each case says
// which gettext behaviour it mirrors (gettext 0.21: po-lex.c, po-gram-gen.y, msgfmt.c, and the test
// scripts in gettext-tools/tests/ it names), and is checked against the installed msgfmt too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { problemOf } from '../support/problem.js';
import { REPO } from '../support/workspace.js';
import { HAVE_GETTEXT, msgcat, msgfmtAccepts, random } from './po-support.js';

const FILE = 'locales/es/udhr.po';
// Lines 1–5; the first entry starts on line 6.
const HEADER = 'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

/** [what, the gettext behaviour it mirrors, PO body after the header, line, rule, words of the message] */
const REJECTED: [string, string, string, number, string, string][] = [
  ['a #, fuzzy line between msgctxt and msgid', 'po-gram-gen.y: no comment inside `message_intro` ("syntax error")', 'msgctxt "article"\n#, fuzzy\nmsgid "Article 1"\nmsgstr "Artículo 1"\n', 7, 'po-syntax', 'comments and flags go above msgctxt and msgid'],
  ['flags after msgid', "po-gram-gen.y: `message_intro string_list` alone (\"missing 'msgstr' section\")", 'msgid "Article 1"\n#, fuzzy\nmsgstr "Artículo 1"\n', 7, 'po-syntax', "missing 'msgstr' section"],
  ['msgstr before msgid', 'po-gram-gen.y: an entry starts with msgctxt or msgid ("syntax error")', 'msgstr "Artículo 1"\nmsgid "Article 1"\n', 6, 'po-syntax', 'where an entry should start'],
  ['msgid without msgstr', "po-gram-gen.y (\"missing 'msgstr' section\")", 'msgid "Article 1"\n\nmsgid "Article 2"\nmsgstr "Artículo 2"\n', 6, 'po-syntax', "missing 'msgstr' section"],
  ['an unterminated string', 'po-lex.c ("end-of-line within string")', 'msgid "Article 1"\nmsgstr "Artículo 1\n', 7, 'po-syntax', 'End-of-line within string'],
  ['a string cut by the end of the file', 'po-lex.c ("end-of-file within string")', 'msgid "Article 1"\nmsgstr "Artículo 1', 7, 'po-syntax', 'end of file within a string'],
  ['an unknown escape', 'po-lex.c control_sequence ("invalid control sequence")', 'msgid "Article 1"\nmsgstr "Artículo \\q1"\n', 7, 'po-syntax', 'unknown escape \\q'],
  ['an unknown keyword', 'po-lex.c keyword_p (\'keyword "MSGID" unknown\')', 'MSGID "Article 1"\nmsgstr "Artículo 1"\n', 6, 'po-syntax', 'unexpected "MSGID"'],
  ['an unescaped quote inside a translation', 'po-lex.c: the word after the quote is an unknown keyword', 'msgid "Article 1"\nmsgstr "el "derecho" a la vida"\n', 7, 'po-syntax', 'unexpected "derecho" after a closing quote'],
  ['stray text between entries', 'po-lex.c: JUNK token ("syntax error")', 'msgid "Article 1"\nmsgstr "Artículo 1"\n@ stray\n', 8, 'po-syntax', 'unexpected "@"'],
  ['a byte order mark before the header', 'po-lex.c: U+FEFF is a JUNK token ("syntax error")', '', 1, 'po-syntax', 'byte order mark'],
  ['a stray string after a comment', 'po-gram-gen.y: a string outside an entry ("syntax error")', 'msgid "Article 1"\nmsgstr "Artículo 1"\n# note\n"more"\n', 9, 'po-syntax', 'where an entry should start'],
  ['#| msgid between msgctxt and msgid', 'po-gram-gen.y: `prev` only before `msg_intro` ("syntax error")', 'msgctxt "article"\n#| msgid "Article one"\nmsgid "Article 1"\nmsgstr "Artículo 1"\n', 7, 'po-syntax', 'where msgid was expected'],
  ['the same entry twice', 'gettext-tools/tests/msgfmt-7 and msgfmt-8 ("duplicate message definition")', 'msgid "Article 1"\nmsgstr "Artículo 1"\n\nmsgid "Article 1"\nmsgstr "Art. 1"\n', 9, 'po-duplicate', 'repeats the one at line 6'],
  ['an active entry repeated as an obsolete one', 'gettext-tools/tests/msgfmt-9 ("Duplicates are also fatal in obsolete marked entries")', 'msgid "Article 1"\nmsgstr "Artículo 1"\n\n#~ msgid "Article 1"\n#~ msgstr "Art. 1"\n', 9, 'po-duplicate', 'repeats the one at line 6'],
  ['#~ on some lines of an entry only', 'po-gram-gen.y check_obsolete ("inconsistent use of #~")', '#~ msgid "Article 1"\nmsgstr "Artículo 1"\n', 7, 'po-syntax', 'inconsistent use of #~'],
  ['the msgctxt separator inside a string', 'po-lex.c ("context separator <EOT> within string")', 'msgid "Article\\0041"\nmsgstr "Artículo 1"\n', 6, 'po-syntax', 'context separator'],
  ['a domain directive', "msgfmt.c (\"'domain x' directive ignored\", fatal)", 'domain "udhr"\nmsgid "Article 1"\nmsgstr "Artículo 1"\n', 6, 'po-syntax', 'domain'],
  ['a translation ending in \\n for a source that does not', "msgfmt -c check_pair (\"'msgid' and 'msgstr' entries do not both end with '\\n'\")", 'msgid "Article 1"\nmsgstr "Artículo 1\\n"\n', 6, 'po-syntax', 'end with a line break'],
  ['a translation beginning with \\n for a source that does not', "msgfmt -c check_pair (\"… do not both begin with '\\n'\")", 'msgid "Article 1"\nmsgstr "\\nArtículo 1"\n', 6, 'po-syntax', 'begin with a line break'],
  ['msgstr[0] without msgid_plural', "po-gram-gen.y (\"missing 'msgid_plural' section\")", 'msgid "Article 1"\nmsgstr[0] "Artículo 1"\n', 6, 'po-syntax', "missing 'msgid_plural'"],
  ['plural forms numbered from 1', 'po-gram-gen.y pluralform ("first plural form has nonzero index")', '#~ msgid "one article"\n#~ msgid_plural "%d articles"\n#~ msgstr[1] "un artículo"\n', 8, 'po-syntax', 'first plural form has nonzero index'],
];

/** [what, the gettext behaviour it mirrors, PO body after the header] */
const ACCEPTED: [string, string, string][] = [
  ['keyword and string on one line', 'gettext-tools/tests/msgfmt-7 (`msgid "2" msgstr "2"`)', 'msgid "Article 2" msgstr "Artículo 2"\n'],
  ['obsolete keyword and string on separate lines', 'gettext-tools/tests/msgfmt-9 (`#~ msgid` / `#~ "2"`)', '#~ msgid\n#~ "Article 2"\n#~ msgstr\n#~ "Artículo 2"\n'],
  ['previous msgids on active and obsolete entries, fuzzy obsolete entries', 'gettext-tools/tests/msgfmt-16', '#. TRANSLATORS: An article title.\n#: src/udhr.c:242\n#, fuzzy, c-format\n#| msgid "article %d"\nmsgid "Article %d."\nmsgstr "artículo %d"\n\n# Oder besser "Artikel"?\n#, c-format\n#| msgid "missing articles"\nmsgid "Missing articles."\nmsgstr "Faltan artículos."\n\n#, fuzzy\n#~| msgid "%s: invalid article -- %c\\n"\n#~ msgid "%s: illegal article -- %c\\n"\n#~ msgstr "%s: artículo no válido -- %c\\n"\n'],
  ['one msgid under two contexts', 'gettext-tools/tests/msgfmt-14', 'msgctxt "File|"\nmsgid "Open"\nmsgstr "Abrir"\n\nmsgctxt "Lock state"\nmsgid "Open"\nmsgstr "Abierto"\n'],
  ['octal and hex escapes of UTF-8 bytes', 'po-lex.c control_sequence (\\ooo, \\xhh)', 'msgid "Article 1"\nmsgstr "Art\\303\\255culo \\x31"\n'],
  ['a backslash-newline inside a string', 'po-lex.c lex_getc (backslash-newline is skipped)', 'msgid "Article 1"\nmsgstr "Artí\\\nculo 1"\n'],
  ['CRLF line ends', 'po-lex.c (\\r is whitespace)', 'msgid "Article 1"\r\nmsgstr "Artículo 1"\r\n'],
  ['flags gettext knows in any order, and flags it does not', 'read-catalog-abstract.c po_parse_comment_special (unknown flags ignored)', '#, x-reviewed, no-wrap, python-format, fuzzy, range: 1..3\nmsgid "%(n)s articles"\nmsgstr "%(n)s artículos"\n'],
  ['#| msgctxt and a blank line before the entry', 'po-gram-gen.y `prev` (whitespace between tokens)', '#, fuzzy\n#| msgctxt "old"\n#| msgid "Article one"\n\nmsgctxt "article"\nmsgid "Article 1"\nmsgstr "Artículo 1"\n'],
  ['an obsolete entry with plural forms', 'write-po.c message_print_obsolete', '#~ msgid "one article"\n#~ msgid_plural "%d articles"\n#~ msgstr[0] "un artículo"\n#~ msgstr[1] "%d artículos"\n'],
  ['Solaris-style file positions, read as references', 'read-catalog-abstract.c po_parse_comment_solaris_filepos', '# File: src/udhr.c, line:12\n#: src/udhr.c:40\nmsgid "Article 1"\nmsgstr "Artículo 1"\n'],
  ['a fuzzy entry whose translation ends in \\n (msgfmt -c skips fuzzy entries)', 'msgfmt.c: fuzzy messages are not checked', '#, fuzzy\nmsgid "Article 1"\nmsgstr "Artículo 1\\n"\n'],
];

describe('review/po strict reading: the header entry', () => {
  it.each([
    ['entries without a header entry', 'msgid "Article 1"\nmsgstr "Artículo 1"\n', 1],
    ['an empty file', '', 1],
    ['only obsolete entries', '#~ msgid "Article 1"\n#~ msgstr "Artículo 1"\n', 1],
  ])('rejects %s, as msgfmt -c ("PO file header missing or invalid", fatal)', (_, text, line) => {
    const error = problemOf(() => readCatalog(text, FILE));
    expect(error).toMatchObject({ rule: 'po-syntax', place: { file: FILE, line } });
    expect(error.message).toContain('no header entry');
    if (HAVE_GETTEXT) expect(msgfmtAccepts(text)).toBe(false);
  });
});

describe('review/po strict reading: what msgfmt -c rejects', () => {
  it.each(REJECTED)('%s (%s)', (_, __, body, line, rule, words) => {
    const text = body ? `${HEADER}${body}` : `\uFEFF${HEADER}`;
    const error = problemOf(() => readCatalog(text, FILE));
    expect(error.place).toEqual({ file: FILE, line });
    expect(error.rule).toBe(rule);
    expect(error.message).toContain(words);
    if (HAVE_GETTEXT) expect(msgfmtAccepts(text), 'the installed msgfmt -c rejects it too').toBe(false);
  });

  it('counts nothing approved in a catalog with a fuzzy line between msgctxt and msgid (issue 14)', () => {
    expect(() => readCatalog(`${HEADER}msgctxt "title"\n#, fuzzy\nmsgid "a"\nmsgstr "b"\n`, FILE)).toThrow(/comments and flags go above/);
  });
});

describe('review/po strict reading: what msgfmt -c accepts is kept', () => {
  it.each(ACCEPTED)('%s (%s)', (_, __, body) => {
    const text = `${HEADER}${body}`;
    const catalog = readCatalog(text, FILE);
    expect(catalog.entries.length + catalog.obsolete.length).toBeGreaterThan(0);
    if (!HAVE_GETTEXT) return;
    expect(msgfmtAccepts(text), 'the installed msgfmt -c accepts it').toBe(true);
    // Written as msgcat writes it; the one difference is a flag gettext does not know, which Editions keeps.
    expect(writeCatalog(catalog).replace(', x-reviewed', ''), 'written as msgcat writes it, nothing lost').toBe(msgcat(text));
  });

  it('reads what it kept: escapes decoded, states, previous context and source', () => {
    const catalog = readCatalog(`${HEADER}${ACCEPTED[4][2]}\n${ACCEPTED[8][2]}`, FILE);
    expect(catalog.entries[0].translation).toBe('Artículo 1');
    expect(catalog.entries[1]).toMatchObject({ state: 'stale', previousContext: 'old', previousSource: 'Article one', context: 'article' });
  });

  it('keeps the line of every msgid, also after multi-line strings and obsolete entries', () => {
    const text = `${HEADER}msgid ""\n"Article 1\\n"\n"All human beings are born free."\nmsgstr ""\n"Artículo 1\\n"\n"Todos los seres humanos nacen libres."\n\n#~ msgid "gone"\n#~ msgstr "ido"\n\nmsgctxt "x"\nmsgid "Article 2"\nmsgstr "Artículo 2"\n`;
    const lines = text.split('\n');
    const catalog = readCatalog(text, FILE);
    expect(catalog.entries.map((entry) => lines[entry.line! - 1])).toEqual(['msgid ""', 'msgid "Article 2"']);
  });
});

describe('review/po strict reading: agrees with msgfmt -c on damaged catalogs', () => {
  // Lines deleted, swapped or inserted (flags, #|, #~, stray strings, keywords) in a real catalog.
  const INSERTS = ['#, fuzzy', '#| msgid "x"', '#~ msgid "zz"', 'msgstr "q"', 'msgid "q"', 'msgctxt "c"', '"cont"', '', '# note', '#. x', '#: a.c:1', 'msgstr[0] "x"', 'msgid_plural "p"', '#~ msgstr "y"', '"a\\nb"', 'msgid "ILPS Chairperson"', '#~| msgid "o"', 'domain "d"', 'msgstr "\\x41"', '"\\q"'];
  (HAVE_GETTEXT ? it : it.skip)('accepts exactly what msgfmt -c accepts, over 150 seeded mutants of tests/fixtures/po-other-tools', () => {
    const base = readFileSync(path.join(REPO, 'tests/fixtures/po-other-tools/catalog.po'), 'utf8').split('\n');
    const next = random(14);
    const tally = { accepted: 0, rejected: 0 };
    for (let index = 0; index < 150; index++) {
      const lines = [...base];
      for (let count = 1 + next(2); count > 0; count--) {
        const at = 17 + next(lines.length - 17);
        const operation = next(3);
        if (operation === 0) lines.splice(at, 1);
        else if (operation === 1) lines.splice(at, 0, INSERTS[next(INSERTS.length)]);
        else {
          const other = 17 + next(lines.length - 17);
          [lines[at], lines[other]] = [lines[other], lines[at]];
        }
      }
      const text = lines.join('\n');
      let ours = true;
      try {
        readCatalog(text, FILE);
      } catch {
        ours = false;
      }
      expect(ours, `mutant ${index}:\n${text}`).toBe(msgfmtAccepts(text));
      tally[ours ? 'accepted' : 'rejected']++;
    }
    // Both outcomes occur, so the comparison means something.
    expect(tally.accepted).toBeGreaterThan(30);
    expect(tally.rejected).toBeGreaterThan(30);
  });
});
