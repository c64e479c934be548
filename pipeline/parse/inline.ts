// Inline Markdown ⇄ mdast phrasing nodes: the one place that decides how a segment's text is spelled.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { PhrasingContent, Paragraph, Root, Text } from 'mdast';
import { htmlText, isComment } from '../document/raw-html.js';

const inlineParser = unified().use(remarkParse).use(remarkGfm);
/** Built once: making the GFM serializer extensions per segment showed in build profiles. */
const GFM_TO_MARKDOWN = [gfmToMarkdown()];

/** Only ASCII space, tab and line breaks fold: U+00A0, U+202F and U+3000 are the author's choice. */
const FOLDABLE = /[ \t\r\n]+/g;

/** Trim what folds (never a no-break or ideographic space). */
export function trimFoldable(value: string): string {
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** Fold soft line breaks and runs of spaces so re-wrapping the source never changes a segment. */
export function foldWhitespace(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: node.value.replace(FOLDABLE, ' ') } satisfies Text;
    if ('children' in node) {
      return { ...node, children: foldWhitespace(node.children as PhrasingContent[]) } as PhrasingContent;
    }
    return node;
  });
}

/**
 * A block's phrasing as a segment holds it: HTML comments removed (they never reach an edition),
 * neighbouring texts joined, whitespace folded, the block's edges trimmed. Applied to the source
 * tree too, so the source edition shows exactly what a translation equal to its source shows.
 */
export function normalizePhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const walk = (list: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (const node of list) {
      if (node.type === 'html' && isComment(node.value)) continue;
      const last = out[out.length - 1];
      if (node.type === 'text' && last?.type === 'text') {
        out[out.length - 1] = { ...last, value: last.value + node.value };
        continue;
      }
      out.push('children' in node ? ({ ...node, children: walk(node.children as PhrasingContent[]) } as PhrasingContent) : node);
    }
    return out;
  };
  const folded = foldWhitespace(walk(nodes));
  const first = folded[0];
  if (first?.type === 'text') folded[0] = { ...first, value: first.value.replace(/^[ \t\r\n]+/, '') };
  const last = folded[folded.length - 1];
  if (last?.type === 'text') folded[folded.length - 1] = { ...last, value: last.value.replace(/[ \t\r\n]+$/, '') };
  return folded.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Phrasing nodes → one line of Markdown. `*a*` stays `*a*`; `[x](u)` stays a link. */
export function inlineToMarkdown(nodes: PhrasingContent[]): string {
  const [only] = nodes;
  if (nodes.length === 1 && only.type === 'text') {
    const value = only.value.replace(FOLDABLE, ' ');
    // Plain text is its own Markdown, unless the serializer would escape something in it: a "." after
    // "w" (a www. literal, for GFM) or whitespace at either end (written as a character reference).
    if (isPlainText(value) && !/[Ww]\.|\s$/.test(value)) return value;
  }
  const paragraph: Paragraph = { type: 'paragraph', children: foldWhitespace(stripPositions(nodes)) };
  const markdown = toMarkdown(paragraph, {
    extensions: GFM_TO_MARKDOWN,
    emphasis: '*',
    strong: '*',
    bullet: '-',
  });
  return trimFoldable(markdown.replace(/\n+$/, ''));
}

export interface InlineOptions {
  /** Footnote labels the statement defines: `[^label]` in a translation refers to them. */
  footnotes?: readonly string[];
}

/**
 * One line of Markdown (a translation) → phrasing nodes. Text that does not parse as a single
 * paragraph (an editor typed a leading "#", say) is kept as literal text rather than restructured.
 * A segment stands alone except for footnotes: their definitions live elsewhere in the statement,
 * so stand-ins for them are appended before parsing, and `[^1]` stays a reference.
 */
export function markdownToInline(markdown: string, options: InlineOptions = {}): PhrasingContent[] {
  if (isPlainText(markdown)) return normalizePhrasing([{ type: 'text', value: markdown }]);
  const notes = options.footnotes?.length ? `\n\n${options.footnotes.map((label) => `[^${label}]: -`).join('\n')}\n` : '';
  const tree = inlineParser.parse(markdown + notes) as Root;
  const blocks = tree.children.filter((node) => node.type !== 'footnoteDefinition');
  const [first] = blocks;
  if (blocks.length === 1 && first.type === 'paragraph') return normalizePhrasing(stripPositions(first.children));
  return [{ type: 'text', value: trimFoldable(markdown.replace(FOLDABLE, ' ')) }];
}

/**
 * Characters that may start or change any CommonMark or GFM construct on one line: escapes, code,
 * emphasis, strikethrough, links, images, footnotes, autolinks, raw HTML, character references, tables,
 * e-mail and URL literals (":" and "@"); tabs and line breaks (indented code, hard breaks, setext).
 */
const MARKUP = /[\\`*_~[\]!<>&|:@\t\r\n\0]|www\./i;
/** What a line may not start with: headings, list markers, thematic breaks, ordered lists, indentation. */
const BLOCK_START = /^[\s#+\-=\d]/;

/**
 * True when `markdown` holds no Markdown at all, so it parses to one text node of itself (folded,
 * trimmed): most translated paragraphs. They skip the parser, which would otherwise combine its
 * syntax extensions and run its tokenizers for every segment of every edition.
 */
function isPlainText(markdown: string): boolean {
  return markdown !== '' && !BLOCK_START.test(markdown) && !MARKUP.test(markdown);
}

/** The raw HTML of a segment that is one block of raw HTML (tags and all), else undefined. */
export function htmlBlockOf(markdown: string): string | undefined {
  if (!/^\s*</.test(markdown)) return undefined;
  const tree = inlineParser.parse(markdown) as Root;
  const [first] = tree.children;
  return tree.children.length === 1 && first.type === 'html' ? first.value : undefined;
}

function stripPositions(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    const { position: _position, ...rest } = node as PhrasingContent & { position?: unknown };
    if ('children' in rest) {
      return { ...rest, children: stripPositions(rest.children as PhrasingContent[]) } as PhrasingContent;
    }
    return rest as PhrasingContent;
  });
}

/** Plain text of phrasing nodes, for search, word counts and PDF metadata. */
export function inlineToText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if (node.type === 'break') return '\n';
      if (node.type === 'html') return htmlText(node.value);
      if (node.type === 'image') return node.alt ?? '';
      if ('children' in node) return inlineToText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}
