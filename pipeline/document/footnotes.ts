// Footnotes, numbered the same in every format: in order of first reference (as GitHub and
// mdast-util-to-hast number them); a definition never referenced is never shown (the parser warns).
import type { FootnoteDefinition, Root } from 'mdast';
import { eachOf } from './each.js';

export interface Footnotes {
  /** Definitions in note order (order of first reference). */
  notes: FootnoteDefinition[];
  /** The note number (1-based) of a reference's identifier, or undefined when it has no definition. */
  number(identifier: string): number | undefined;
}

/** Collect the notes of a body: `Text[^b] more[^a] again[^b]` → notes b (1), a (2). */
export function collectFootnotes(tree: Root): Footnotes {
  const definitions = new Map<string, FootnoteDefinition>();
  eachOf(tree, 'footnoteDefinition', (node) => {
    const id = node.identifier.toUpperCase();
    if (!definitions.has(id)) definitions.set(id, node);
  });
  const order: string[] = [];
  eachOf(tree, 'footnoteReference', (node) => {
    const id = node.identifier.toUpperCase();
    if (definitions.has(id) && !order.includes(id)) order.push(id);
  });
  return {
    notes: order.map((id) => definitions.get(id)!),
    number: (identifier) => {
      const index = order.indexOf(identifier.toUpperCase());
      return index < 0 ? undefined : index + 1;
    },
  };
}

/** Labels of every footnote definition in a body, as written: what a translation may refer to. */
export function footnoteLabels(tree: Root): string[] {
  const labels: string[] = [];
  eachOf(tree, 'footnoteDefinition', (node) => {
    labels.push(node.label ?? node.identifier);
  });
  return labels;
}
