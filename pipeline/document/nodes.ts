// The document model: every mdast node kind a statement can hold (CommonMark + GFM + front matter),
// named once. Extraction and every renderer implement `Handlers<…>` over this table, so a node kind
// a stage forgets is a type error, and a kind a format cannot show is an error at its source line.
import type { Nodes } from 'mdast';
import { EditionsError } from '../errors.js';

export type NodeType = Nodes['type'];
export type NodeOf<K extends NodeType> = Extract<Nodes, { type: K }>;

/** One handler per node kind; TypeScript reports any kind left out. */
export type Handlers<Context, Result> = { [K in NodeType]: (node: NodeOf<K>, context: Context) => Result };

/**
 * What each node kind is to the pipeline:
 * - segment: a block whose inline content is one translatable segment;
 * - container: a block that holds other blocks;
 * - block: a block shown as it is (never translated text of its own);
 * - inline: phrasing content, travels inside its segment;
 * - expanded: resolved at extraction (reference links/images become inline links/images), never reaches a renderer;
 * - ignored: deliberately not shown, with the reason.
 */
export type NodeRole = 'segment' | 'container' | 'block' | 'inline' | 'expanded' | 'ignored';

export const NODE_ROLES: Record<NodeType, { role: NodeRole; note: string }> = {
  root: { role: 'container', note: 'the statement body' },
  heading: { role: 'segment', note: 'one segment; level kept without gaps under the title' },
  paragraph: { role: 'segment', note: 'one segment' },
  tableCell: { role: 'segment', note: 'one segment per cell' },
  blockquote: { role: 'container', note: 'quoted blocks' },
  list: { role: 'container', note: 'ordered (with start) or bullet list' },
  listItem: { role: 'container', note: 'task state (checked) kept in every format' },
  table: { role: 'container', note: 'rows; first row is the header, align kept' },
  tableRow: { role: 'container', note: 'cells' },
  footnoteDefinition: { role: 'container', note: 'its paragraphs are segments; rendered as notes in every format' },
  code: { role: 'block', note: 'shown verbatim, never translated' },
  thematicBreak: { role: 'block', note: 'a rule in every format' },
  html: { role: 'block', note: 'block HTML is sanitized; inline HTML travels as a protected placeholder; comments never reach an edition' },
  text: { role: 'inline', note: 'Unicode spaces kept; only ASCII space, tab and newline fold' },
  emphasis: { role: 'inline', note: 'italic' },
  strong: { role: 'inline', note: 'bold' },
  delete: { role: 'inline', note: 'strikethrough' },
  inlineCode: { role: 'inline', note: 'protected, never translated' },
  break: { role: 'inline', note: 'hard line break' },
  link: { role: 'inline', note: 'target protected; only http, https and mailto become live links' },
  image: { role: 'inline', note: 'alt text translated and shown in txt/PDF' },
  footnoteReference: { role: 'inline', note: 'a numbered reference to a footnote, linked both ways' },
  linkReference: { role: 'expanded', note: 'expanded to an inline link at extraction' },
  imageReference: { role: 'expanded', note: 'expanded to an inline image at extraction' },
  definition: { role: 'expanded', note: 'consumed by expanding its references' },
  yaml: { role: 'ignored', note: 'front matter: read into the statement metadata' },
};

/**
 * The error a format raises for a node kind it cannot show: at the node's source line, never a
 * silent drop. `file` is the statement's source file (`source/<slug>.md`).
 */
export function unsupportedNode(node: Nodes, format: string, file: string): EditionsError {
  const { note } = NODE_ROLES[node.type];
  return new EditionsError(`the ${format} edition cannot show this ${node.type} (${note}); write it in plain Markdown`, {
    rule: 'unsupported-markdown',
    place: { file, line: node.position?.start.line ?? 0, column: node.position?.start.column },
  });
}
