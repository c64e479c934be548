import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { problemOf } from '../support/problem.js';
import { SEED } from '../support/workspace.js';

const seed = readFileSync(SEED, 'utf8');
const parseSeed = (text = seed) => parseStatement(text, 'source/2024-nato-summit.md', '2024-nato-summit');

const problem = problemOf;

describe('parse: the seed statement', () => {
  it('yields the translatable front-matter fields and the nine paragraphs, in order', () => {
    const statement = parseSeed();
    expect(statement.segments.map((segment) => segment.kind)).toEqual(['title', 'role', 'organization', ...Array(9).fill('paragraph')]);
    expect(statement.meta).toMatchObject({ author: 'Len Cooper', role: 'ILPS Chairperson', date: '2024-07', organization: "International League of Peoples' Struggle" });
  });

  it('keeps each segment at its source line', () => {
    const statement = parseSeed();
    const lines = seed.split('\n');
    for (const segment of statement.segments.filter((item) => item.kind === 'paragraph')) {
      expect(lines[segment.position.line - 1].startsWith(segment.source.slice(0, 20))).toBe(true);
    }
    expect(statement.segments[0].position).toEqual({ file: 'source/2024-nato-summit.md', line: 2 });
  });

  it('keeps the text verbatim, typos included, with runs of spaces folded', () => {
    const text = parseSeed().segments.map((segment) => segment.source).join('\n');
    for (const word of ['bloddy', 'advernurism', 'mobiliztion', '€40 billion', '320,000', '75%']) expect(text).toContain(word);
    expect(text).not.toMatch(/ {2}/);
  });

  it('gives the same segments when the source is re-wrapped at 40 columns', () => {
    // An editor re-wraps at ASCII spaces; a no-break space is text and stays where it is.
    const rewrapped = seed.replace(/^(?!---|[a-z]+:)(.{41,})$/gm, (paragraph) => paragraph.replace(/(.{1,40})([ \t]+|$)/g, '$1\n').trimEnd());
    expect(rewrapped.split('\n').length).toBeGreaterThan(seed.split('\n').length + 50);
    expect(parseSeed(rewrapped).segments.map((segment) => segment.source)).toEqual(parseSeed().segments.map((segment) => segment.source));
  });
});

describe('parse: Markdown blocks and inline markup', () => {
  const front = '---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\n';

  it('keeps emphasis, strong, links and inline code inside one segment', () => {
    const statement = parseStatement(`${front}We *condemn* the **summit** at [NATO](https://www.nato.int/) and \`code\`.\n`, 'source/x.md', 'x');
    expect(statement.segments.at(-1)!.source).toBe('We *condemn* the **summit** at [NATO](https://www.nato.int/) and `code`.');
  });

  it('makes headings, list items, quotes and table cells segments of their own kind', () => {
    const body = '## Demands\n\n- End the war\n- Peace now\n\n> A quoted line\n\n| Year | Troops |\n| --- | --- |\n| 2024 | 90,000 |\n';
    const kinds = parseStatement(front + body, 'source/x.md', 'x').segments.slice(3).map((segment) => `${segment.kind}:${segment.source}`);
    expect(kinds).toEqual(['heading:Demands', 'list-item:End the war', 'list-item:Peace now', 'quote:A quoted line', 'table-cell:Year', 'table-cell:Troops', 'table-cell:2024', 'table-cell:90,000']);
  });

  it('keeps two identical paragraphs independently translatable', () => {
    const segments = parseStatement(`${front}Solidarity!\n\nMore text.\n\nSolidarity!\n`, 'source/x.md', 'x').segments.slice(3);
    expect(segments.map((segment) => segment.context)).toEqual(['', '', 'repeat 2']);
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(3);
  });

  it('does not translate code blocks or HTML comments', () => {
    const segments = parseStatement(`${front}\`\`\`\nnot prose\n\`\`\`\n\n<!-- note to editors -->\n\nProse.\n`, 'source/x.md', 'x').segments.slice(3);
    expect(segments.map((segment) => segment.source)).toEqual(['Prose.']);
  });

  it('accepts raw HTML, warning at its line about an event handler or a script it will drop', () => {
    const statement = parseStatement(`${front}Text <abbr title="x">X</abbr>.\n\n<div onclick="x()">raw</div>\n\n<script>alert(1)</script>\n`, 'source/x.md', 'x');
    expect(statement.segments.slice(3).map((segment) => segment.source)).toEqual(['Text <abbr title="x">X</abbr>.', '<div onclick="x()">raw</div>']);
    expect(statement.warnings).toEqual([
      { rule: 'html-dropped', place: { file: 'source/x.md', line: 11, column: 1 }, message: expect.stringContaining('the onclick handler') },
      { rule: 'html-dropped', place: { file: 'source/x.md', line: 13, column: 1 }, message: expect.stringContaining('<script>') },
    ]);
  });

  it('turns <!-- i18n: … --> before a block into a translator note, and <!-- i18n:skip --> keeps a block out', () => {
    const statement = parseStatement(`${front}<!-- i18n: ILPS is a name; keep it -->\nILPS speaks.\n\n<!-- i18n:comment: a slogan -->\n- Peace now\n\n<!-- i18n:skip -->\nSkipped text.\n\nLast.\n`, 'source/x.md', 'x');
    const body = statement.segments.slice(3);
    expect(body.map((segment) => [segment.source, segment.notes])).toEqual([
      ['ILPS speaks.', ['ILPS is a name; keep it']],
      ['Peace now', ['a slogan']],
      ['Last.', undefined],
    ]);
    expect(JSON.stringify(statement.tree)).not.toContain('<!--');
    expect(JSON.stringify(statement.tree)).toContain('Skipped text.');
  });

  it('reports every unreadable i18n: comment of a statement in one message, the first at its line', () => {
    const error = problem(() => parseStatement(`${front}<!-- i18n:skp -->\nText.\n\n<!-- i18n:sikp -->\nMore.\n`, 'source/x.md', 'x'));
    expect(error.rule).toBe('translator-comment');
    expect(error.place).toEqual({ file: 'source/x.md', line: 9 });
    expect(error.message).toContain('"<!-- i18n:skp -->"');
    expect(error.message).toContain('1 more: line 12: unknown i18n: comment "<!-- i18n:sikp -->"');
    expect(error.message).not.toContain('\n');
  });

  it('expands reference links and images into each segment that uses them', () => {
    const statement = parseStatement(`${front}See [the report][r] and ![logo][].\n\n[r]: https://example.org/r "Report"\n[logo]: /logo.png\n`, 'source/x.md', 'x');
    expect(statement.segments.at(-1)!.source).toBe('See [the report](https://example.org/r "Report") and ![logo](/logo.png).');
  });

  it('makes footnote paragraphs segments and warns about a footnote nobody refers to', () => {
    const statement = parseStatement(`${front}Text.[^a]\n\n[^a]: The note.\n\n[^b]: Never used.\n`, 'source/x.md', 'x');
    expect(statement.segments.slice(3).map((segment) => `${segment.kind}:${segment.source}`)).toEqual(['paragraph:Text.[^a]', 'footnote:The note.']);
    expect(statement.warnings).toEqual([{ rule: 'footnote-unused', place: { file: 'source/x.md', line: 13 }, message: expect.stringContaining('[^b]') }]);
  });

  it('removes every unused footnote, also two in a row and one inside a quote, with a warning each', () => {
    const statement = parseStatement(`${front}Text.[^a]\n\n[^b]: Unused one.\n\n[^c]: Unused two.\n\n[^a]: The note.\n\n> Quoted.\n>\n> [^d]: Unused in a quote.\n`, 'source/x.md', 'x');
    expect(statement.segments.slice(3).map((segment) => `${segment.kind}:${segment.source}`)).toEqual(['paragraph:Text.[^a]', 'footnote:The note.', 'quote:Quoted.']);
    expect(statement.warnings?.map((warning) => warning.message.match(/\[\^\w\]/)?.[0])).toEqual(['[^b]', '[^c]', '[^d]']);
  });

  it('keeps no-break, narrow no-break and ideographic spaces; folds only ASCII whitespace', () => {
    const statement = parseStatement(`${front}Prix\u00a0: 10\u202f000 €,\n  « oui\u00a0»\t!\n\n東京\u3000大阪\n`, 'source/x.md', 'x');
    expect(statement.segments.slice(3).map((segment) => segment.source)).toEqual(['Prix\u00a0: 10\u202f000 €, « oui\u00a0» !', '東京\u3000大阪']);
  });

  it('makes a block of raw HTML with text a segment as written, and leaves tags-only blocks and code out', () => {
    const statement = parseStatement(`${front}<div align="center">\n\n<p align="center">Signed in\n<b>Geneva</b> &amp; Paris</p>\n\n</div>\n\n<pre>\ncode\n</pre>\n`, 'source/x.md', 'x');
    expect(statement.segments.slice(3).map((segment) => `${segment.kind}:${segment.source}`)).toEqual([`paragraph:<p align="center">Signed in <b>Geneva</b> &amp; Paris</p>`]);
  });

  it('refuses a 10 MB paragraph at its line', () => {
    expect(() => parseStatement(`${front}Short.\n\n${'word '.repeat(2_000_000)}\n`, 'source/x.md', 'x')).toThrow(expect.objectContaining({ rule: 'segment-too-long', place: { file: 'source/x.md', line: 11 } }));
  });

  it('refuses lists nested deeper than a page can indent', () => {
    const nested = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n');
    expect(() => parseStatement(`${front}${nested}\n`, 'source/x.md', 'x')).toThrow(expect.objectContaining({ rule: 'nesting-too-deep', place: { file: 'source/x.md', line: 15 } }));
  });
});

describe('parse: bad input names the file and line', () => {
  it('rejects a statement without front matter at line 1', () => {
    const error = problem(() => parseStatement('Just text.\n', 'source/x.md', 'x'));
    expect(error.rule).toBe('no-front-matter');
    expect(error.place).toEqual({ file: 'source/x.md', line: 1 });
  });

  it('names the missing front-matter field', () => {
    const error = problem(() => parseStatement('---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\n---\nText\n', 'source/x.md', 'x'));
    expect(error.message).toContain('"organization"');
  });

  it('points at an unknown front-matter field by line', () => {
    const error = problem(() => parseStatement('---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\ncolour: red\n---\nText\n', 'source/x.md', 'x'));
    expect(error.message).toContain('"colour"');
    expect(error.place?.line).toBe(7);
  });

  it('points at broken YAML by line', () => {
    const error = problem(() => parseStatement('---\ntitle: T\ndate: [2024\nauthor: A\n---\nText\n', 'source/x.md', 'x'));
    expect(error.rule).toBe('front-matter-syntax');
    expect(error.place?.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects a NUL byte at its line and a path-like slug', () => {
    expect(problem(() => parseStatement('---\ntitle: T\n---\n\nA\u0000B\n', 'source/x.md', 'x')).place?.line).toBe(5);
    expect(problem(() => parseStatement(seed, 'source/../x.md', '../x')).rule).toBe('bad-slug');
  });
});
