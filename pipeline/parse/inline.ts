// Inline Markdown ⇄ mdast phrasing nodes: the one place that decides how a segment's text is spelled.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { PhrasingContent, Paragraph, Root, Text } from 'mdast';

const inlineParser = unified().use(remarkParse).use(remarkGfm);

/** Fold soft line breaks and runs of spaces so re-wrapping the source never changes a segment. */
export function foldWhitespace(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: node.value.replace(/\s+/g, ' ') } satisfies Text;
    if ('children' in node) {
      return { ...node, children: foldWhitespace(node.children as PhrasingContent[]) } as PhrasingContent;
    }
    return node;
  });
}

/** Phrasing nodes → one line of Markdown. `*a*` stays `*a*`; `[x](u)` stays a link. */
export function inlineToMarkdown(nodes: PhrasingContent[]): string {
  const paragraph: Paragraph = { type: 'paragraph', children: foldWhitespace(stripPositions(nodes)) };
  const markdown = toMarkdown(paragraph, {
    extensions: [gfmToMarkdown()],
    emphasis: '*',
    strong: '*',
    bullet: '-',
  });
  return markdown.replace(/\n+$/, '').trim();
}

/**
 * One line of Markdown (a translation) → phrasing nodes. Text that does not parse as a single
 * paragraph (an editor typed a leading "#", say) is kept as literal text rather than restructured.
 */
export function markdownToInline(markdown: string): PhrasingContent[] {
  const tree = inlineParser.parse(markdown) as Root;
  const [first] = tree.children;
  if (tree.children.length === 1 && first.type === 'paragraph') return foldWhitespace(stripPositions(first.children));
  return [{ type: 'text', value: markdown.replace(/\s+/g, ' ').trim() }];
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
      if ('children' in node) return inlineToText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}
