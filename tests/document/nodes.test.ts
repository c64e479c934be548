// The handler tables: every node kind of the document model is named in extraction and in every
// renderer, and a kind a format cannot show is an error at its source line, never a silent drop.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { NODE_ROLES } from '../../pipeline/document/nodes.js';
import { EXTRACT } from '../../pipeline/parse/extract.js';
import { HTML, bodyToHast } from '../../pipeline/render/html-body.js';
import { TEXT, renderText } from '../../pipeline/render/text.js';
import { headingLevels } from '../../pipeline/document/headings.js';
import { collectFootnotes } from '../../pipeline/document/footnotes.js';
import { htmlText } from '../../pipeline/document/raw-html.js';
import { EditionsError } from '../../pipeline/errors.js';
import { identityEdition } from './identity.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { FRONT } from './identity.js';

describe('document/nodes: one table of node kinds', () => {
  it('extraction, HTML and text each name every kind of the table, and nothing else', () => {
    const kinds = Object.keys(NODE_ROLES).sort();
    expect(kinds).toHaveLength(26);
    for (const table of [EXTRACT, HTML, TEXT]) expect(Object.keys(table).sort()).toEqual(kinds);
  });

  it('refuses a reference that was not expanded, at its line, in HTML and in text', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'linkReference', identifier: 'r', label: 'r', referenceType: 'full', children: [{ type: 'text', value: 'x' }], position: { start: { line: 12, column: 3 }, end: { line: 12, column: 9 } } }] }],
    };
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (caught) {
        return caught as EditionsError;
      }
      throw new Error('expected an error');
    };
    const html = error(() => bodyToHast(tree, { file: 'source/x.md' }));
    expect(html).toBeInstanceOf(EditionsError);
    expect(html).toMatchObject({ rule: 'unsupported-markdown', place: { file: 'source/x.md', line: 12, column: 3 } });
    const edition = { ...identityEdition(parseStatement(`${FRONT}Text.\n`, 'source/x.md', 'x')), tree };
    expect(error(() => renderText(edition, (key) => key))).toMatchObject({ rule: 'unsupported-markdown', place: { line: 12 } });
  });
});

describe('document helpers', () => {
  const tree = (markdown: string) => parseStatement(FRONT + markdown, 'source/x.md', 'x').tree;

  it('ranks heading depths into levels 2–6 without gaps', () => {
    const levels = headingLevels(tree('## A\n\n#### B\n\n###### C\n'));
    expect([2, 4, 6].map(levels)).toEqual([2, 3, 4]);
    expect(headingLevels(tree('# A\n\n## B\n'))(1)).toBe(2);
  });

  it('numbers footnotes by first reference, whatever the order of definitions', () => {
    const notes = collectFootnotes(tree('a[^z] b[^y] c[^z]\n\n[^y]: Y.\n[^z]: Z.\n'));
    expect(notes.notes.map((note) => note.identifier)).toEqual(['z', 'y']);
    expect([notes.number('z'), notes.number('Y'), notes.number('x')]).toEqual([1, 2, undefined]);
  });

  it('shows raw HTML as its text: tags out, <br> a line break, comments and scripts gone, references decoded', () => {
    expect(htmlText('<abbr title="x">WHO</abbr><br/>a&nbsp;b &amp; &#x263A;<!-- c --><script>x()</script>')).toBe('WHO\na\u00a0b & ☺');
    expect(htmlText('<p align="center"><img width="500" src="logo.svg" alt="Awesome"> <img src=x alt=\'Two\'></p>')).toBe('Awesome Two');
  });
});
