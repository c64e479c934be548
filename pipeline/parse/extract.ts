// Extraction (the xgettext side): walk the body with one handler per node kind of the document
// model and hand every block that holds inline text to `visit`, in document order.
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import type { SegmentKind } from '../edition.js';
import type { Handlers } from '../document/nodes.js';
import { droppedHtml, isTranslatableHtml } from '../document/raw-html.js';
import { i18nOf, type Problem } from './comments.js';
import { inlineToMarkdown, normalizePhrasing, trimFoldable } from './inline.js';

/** Deepest nesting of lists and quotes that the editions can indent on an A4 page. */
export const MAX_NESTING = 6;

export type TextBlock = Parent & { children: PhrasingContent[] };

export interface ExtractContext {
  file: string;
  path: number[];
  depth: number;
  /** The segment kind a paragraph takes inside the current container. */
  container?: 'list-item' | 'quote' | 'footnote';
  /** Translator notes waiting for the next segment (from an i18n: comment on a container). */
  notes?: string[];
  /** A segment: its kind, its source (inline Markdown, or a block of raw HTML as written), where it is. */
  visit: (kind: SegmentKind, source: string, line: number, path: number[], notes?: string[]) => void;
  problems: Problem[];
  warnings: Problem[];
}

const segment = (kind: SegmentKind | undefined) => (node: Nodes, context: ExtractContext) => {
  const block = node as TextBlock;
  // The tree keeps what the segment holds, so the source edition equals an identity translation.
  block.children = normalizePhrasing(block.children);
  for (const child of block.children) inline(child, context);
  visitSegment(kind ?? context.container ?? 'paragraph', inlineToMarkdown(block.children), node, context);
};

function visitSegment(kind: SegmentKind, source: string, node: Nodes, context: ExtractContext): void {
  const notes = [...(context.notes ?? []), ...(i18nOf(node).i18nNotes ?? [])];
  context.notes = undefined;
  context.visit(kind, source, node.position?.start.line ?? 0, context.path, notes.length ? notes : undefined);
}

const container = (kind: ExtractContext['container'] | 'same', nests: boolean) => (node: Nodes, context: ExtractContext) => {
  const parent = node as Parent;
  if (nests && context.depth >= MAX_NESTING) {
    context.problems.push({ place: { file: context.file, line: node.position?.start.line ?? 0 }, message: `lists and quotes are nested more than ${MAX_NESTING} deep here; flatten them`, rule: 'nesting-too-deep' });
    return;
  }
  const inner: ExtractContext = { ...context, depth: context.depth + (nests ? 1 : 0), container: kind === 'same' ? context.container : kind };
  inner.notes = [...(context.notes ?? []), ...(i18nOf(node).i18nNotes ?? [])];
  walkBlocks(parent.children as RootContent[], inner);
};

const nothing = () => undefined;

/** Raw HTML is kept (sanitized when shown); what sanitizing drops is said at its line. */
const warnHtml = (node: Nodes, context: ExtractContext) => {
  if (node.type !== 'html') return;
  const dropped = droppedHtml(node.value);
  if (dropped.length) {
    context.warnings.push({
      place: { file: context.file, line: node.position?.start.line ?? 0, column: node.position?.start.column },
      message: `raw HTML with ${dropped.join(', ')}: no edition runs it, so it is dropped; remove it or write it in Markdown`,
      rule: 'html-dropped',
    });
  }
};

/**
 * A block of raw HTML with text for readers is a segment of its own, tags and all, its ASCII
 * whitespace folded like a paragraph's (code blocks of HTML, such as <pre>, are never segments).
 */
const html = (node: Nodes, context: ExtractContext) => {
  warnHtml(node, context);
  if (node.type !== 'html' || !isTranslatableHtml(node.value)) return;
  node.value = trimFoldable(node.value.replace(/[ \t\r\n]+/g, ' '));
  visitSegment(context.container ?? 'paragraph', node.value, node, context);
};

/** Inline nodes travel inside their segment; only raw HTML is looked at (for warnings). */
function inline(node: PhrasingContent, context: ExtractContext): void {
  if (node.type === 'html') warnHtml(node, context);
  if ('children' in node) for (const child of node.children as PhrasingContent[]) inline(child, context);
}

export const EXTRACT: Handlers<ExtractContext, void> = {
  root: container('same', false),
  heading: segment('heading'),
  paragraph: segment(undefined),
  tableCell: segment('table-cell'),
  blockquote: container('quote', true),
  list: container('same', true),
  listItem: container('list-item', false),
  table: container('same', false),
  tableRow: container('same', false),
  footnoteDefinition: container('footnote', false),
  code: nothing,
  thematicBreak: nothing,
  html,
  // Phrasing only occurs inside segments, which are walked above.
  text: nothing,
  emphasis: nothing,
  strong: nothing,
  delete: nothing,
  inlineCode: nothing,
  break: nothing,
  link: nothing,
  image: nothing,
  footnoteReference: nothing,
  // Expanded before extraction; definitions stay in the tree for catalog migration, unshown.
  linkReference: nothing,
  imageReference: nothing,
  definition: nothing,
  yaml: nothing,
};

/** Walk sibling blocks in document order; `<!-- i18n:skip -->` keeps a block out of the catalog. */
export function walkBlocks(nodes: RootContent[], context: ExtractContext): void {
  nodes.forEach((node, index) => {
    if (i18nOf(node).i18nSkip) return;
    const handler = EXTRACT[node.type] as (node: Nodes, context: ExtractContext) => void;
    handler(node, { ...context, path: [...context.path, index] });
    // A note given to a container goes to its first segment only.
    context.notes = undefined;
  });
}
