// The body of a statement → PDF blocks, through the document model's handler table: every node
// kind is named here; a kind the PDF cannot show is an error at its source line.
import type { List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { collectFootnotes, headingLevels, htmlText, isComment, listMarker, taskMarker, unsupportedNode, type Footnotes, type Handlers, type HeadingLevels } from '../../document/index.js';
import type { StyledRun } from './layout/paragraph.js';
import { block, columnWidth, drawMarker, firstLines, layoutBlock, newPage, pageBottom, roomFor, type Page, type StructElement } from './page.js';
import { drawTable } from './table.js';
import { isSafeUrl } from '../../document/links.js';

export const BODY = 11;

export interface Walk {
  page: Page;
  file: string;
  levels: HeadingLevels;
  footnotes: Footnotes;
  /** Inline style inherited by phrasing content. */
  style: Omit<StyledRun, 'text'>;
  indent: number;
  parent: StructElement;
  /** The sibling after the node being drawn: what a heading keeps itself with. */
  next?: RootContent;
  /** Inside a block's phrasing content (raw HTML is then a run, not a block). */
  inline?: boolean;
}

export function walkContext(page: Page, file: string): Walk {
  const tree = page.edition.tree;
  return { page, file, levels: headingLevels(tree), footnotes: collectFootnotes(tree), style: {}, indent: 0, parent: page.root };
}

/** Links that may become link actions: anything else (javascript:, data:, file:, …) stays plain text. */

export const noteId = (number: number) => `note-${number}`;
export const referenceId = (number: number) => `note-ref-${number}`;

/** Draw a node (block) or return its runs (phrasing). */
export function show(node: Nodes, context: Walk): StyledRun[] {
  return (HANDLERS[node.type] as (node: Nodes, context: Walk) => StyledRun[])(node, context);
}

export function phrasing(nodes: PhrasingContent[], context: Walk, style: Omit<StyledRun, 'text'> = context.style): StyledRun[] {
  return nodes.flatMap((node) => show(node, { ...context, style, inline: true }));
}

export function blocks(nodes: RootContent[], context: Walk): void {
  nodes.forEach((node, index) => show(node, { ...context, next: nodes[index + 1] }));
}

const none = (): StyledRun[] => [];

const HANDLERS: Handlers<Walk, StyledRun[]> = {
  root: (node, context) => (blocks(node.children, context), []),
  heading: (node, context) => {
    const { page } = context;
    const level = context.levels(node.depth);
    const size = level <= 2 ? 15 : level === 3 ? 13 : 12;
    page.y += 6;
    const runs = phrasing(node.children, context, { bold: true });
    page.doc.outline.addItem(runs.map((run) => run.text).join(''));
    block(page, `H${level}`, runs, { size, after: 6, indent: context.indent, keep: keepFor(context) }, context.parent);
    return [];
  },
  paragraph: (node, context) => {
    block(context.page, 'P', phrasing(node.children, context), { size: BODY, after: 9, indent: context.indent }, context.parent);
    return [];
  },
  blockquote: (node, context) => {
    const quote = context.page.doc.struct('BlockQuote');
    context.parent.add(quote);
    blocks(node.children, { ...context, indent: context.indent + 18, parent: quote });
    quote.end();
    return [];
  },
  list: (node, context) => (drawList(node, context), []),
  // Drawn by drawList, which knows each item's number.
  listItem: (node, context) => (blocks(node.children, context), []),
  table: (node, context) => (drawTable(node, context), []),
  tableRow: none,
  tableCell: (node, context) => phrasing(node.children, context),
  // Shown as notes at the end (drawNotes), numbered by first reference.
  footnoteDefinition: none,
  code: (node, context) => {
    block(context.page, 'Code', [{ text: node.value, mono: true }], { size: 9.5, after: 9, indent: context.indent + 8 }, context.parent);
    return [];
  },
  thematicBreak: (_node, context) => (drawRule(context.page, context.indent), []),
  // Raw HTML shows its text content: a run inside a paragraph, a paragraph of its own as a block.
  html: (node, context) => {
    if (isComment(node.value)) return [];
    if (context.inline) return [{ ...context.style, text: htmlText(node.value) }];
    const text = htmlText(node.value).replace(/[ \t\r\n]+/g, ' ').trim();
    if (text) block(context.page, 'P', [{ ...context.style, text }], { size: BODY, after: 9, indent: context.indent }, context.parent);
    return [];
  },
  text: (node, context) => [{ ...context.style, text: node.value }],
  emphasis: (node, context) => phrasing(node.children, context, { ...context.style, italic: true }),
  strong: (node, context) => phrasing(node.children, context, { ...context.style, bold: true }),
  delete: (node, context) => phrasing(node.children, context, { ...context.style, strike: true }),
  inlineCode: (node, context) => [{ ...context.style, mono: true, text: node.value }],
  break: (_node, context) => [{ ...context.style, text: '\n' }],
  link: (node, context) => phrasing(node.children, context, isSafeUrl(node.url.trim()) ? { ...context.style, link: node.url.trim() } : context.style),
  image: (node, context) => [{ ...context.style, text: node.alt ?? '' }],
  footnoteReference: (node, context) => {
    const number = context.footnotes.number(node.identifier);
    if (!number) return [{ ...context.style, text: `[^${node.label ?? node.identifier}]` }];
    return [{ ...context.style, text: `[${number}]`, goTo: noteId(number), anchor: referenceId(number) }];
  },
  // Expanded at extraction: reaching here is a bug in an earlier stage, reported at its line.
  linkReference: (node, context) => {
    throw unsupportedNode(node, 'PDF', context.file);
  },
  imageReference: (node, context) => {
    throw unsupportedNode(node, 'PDF', context.file);
  },
  definition: none,
  yaml: none,
};

/** What a heading reserves below itself: the first two lines of the block that follows. */
function keepFor(context: Walk): number {
  const next = context.next;
  if (next?.type === 'paragraph') return firstLines(layoutBlock(context.page, phrasing(next.children, context), { size: BODY, after: 9, indent: context.indent }, true)) + 2;
  return BODY * 1.9 * 2;
}

function drawList(list: List, context: Walk): void {
  const { page } = context;
  const element = page.doc.struct('L', { lang: page.edition.language });
  context.parent.add(element);
  const indent = context.indent + 18;
  list.children.forEach((item, index) => {
    const li = page.doc.struct('LI');
    element.add(li);
    const task = taskMarker(item);
    const marker = task || listMarker(list, index, '•');
    const [first, ...rest] = item.children;
    const body = page.doc.struct('LBody');
    if (first?.type === 'paragraph') {
      const style = { size: BODY, after: 4, indent };
      const laid = layoutBlock(page, phrasing(first.children, context), style);
      roomFor(page, laid);
      drawMarker(page, marker, style, laid, li);
      li.add(body);
      block(page, 'P', [], style, body, laid);
    } else {
      li.add(body);
      if (first) show(first, { ...context, indent, parent: body });
    }
    blocks(rest, { ...context, indent, parent: body });
    body.end();
    li.end();
  });
  element.end();
  page.y += 5;
}

/** A thematic break: a short centred rule, an artifact (it carries no words). */
function drawRule(page: Page, indent: number): void {
  const { doc } = page;
  if (page.y + 24 > pageBottom(doc)) newPage(page);
  const middle = 64 + indent + (columnWidth(doc) - indent) / 2;
  doc.markContent('Artifact', { type: 'Layout' } as never);
  doc.save().lineWidth(0.8).strokeColor('#888').moveTo(middle - 60, page.y + 10).lineTo(middle + 60, page.y + 10).stroke().restore();
  doc.endMarkedContent();
  page.y += 22;
}
