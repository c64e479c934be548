// Reference links and images become inline links and images at extraction (as mdbook-i18n-helpers
// does), so every segment stands alone: a translator sees the target, and a translation applied
// without the statement's definitions still links where the source links.
import type { Definition, Image, Link, LinkReference, ImageReference, Nodes, Parent, Root } from 'mdast';
import { eachOf } from '../document/each.js';

/** Definitions by identifier; the first definition of a label wins, as CommonMark says. */
export function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  eachOf(tree, 'definition', (node) => {
    const id = node.identifier.toUpperCase();
    if (!found.has(id)) found.set(id, node);
  });
  return found;
}

/**
 * Replace every linkReference/imageReference in `tree` (in place) by the link or image it stands
 * for. `[the report][r]` with `[r]: https://x "T"` → `[the report](https://x "T")`;
 * `![foo *bar*][]` → an image with alt "foo bar", as the reference renders. A reference without a
 * definition cannot occur (the parser only makes references from definitions); it stays as text.
 */
export function expandReferences(tree: Root | Parent, definitions: Map<string, Definition>): void {
  tree.children.forEach((child, index) => {
    const node = child as Nodes;
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier.toUpperCase());
      const replacement = definition ? expanded(node, definition) : { type: 'text' as const, value: literal(node) };
      tree.children[index] = replacement as never;
    }
    // A link keeps the reference's children (the same array): references inside it are expanded there.
    if ('children' in node) expandReferences(node, definitions);
  });
}

function expanded(node: LinkReference | ImageReference, definition: Definition): Link | Image {
  const common = { url: definition.url, title: definition.title ?? null, position: node.position };
  if (node.type === 'imageReference') return { type: 'image', alt: node.alt ?? '', ...common };
  return { type: 'link', children: node.children, ...common };
}

function literal(node: LinkReference | ImageReference): string {
  return `${node.type === 'imageReference' ? '!' : ''}[${node.label ?? node.identifier}]`;
}
