// Reference links and images become inline links and images at extraction (as mdbook-i18n-helpers
// does), so every segment stands alone: a translator sees the target, and a translation applied
// without the statement's definitions still links where the source links.
import type { Definition, Image, Link, LinkReference, ImageReference, Nodes, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Definitions by identifier; the first definition of a label wins, as CommonMark says. */
export function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
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
  visit(tree as Root, (node: Nodes, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const definition = definitions.get(node.identifier.toUpperCase());
    const replacement = definition ? expanded(node, definition) : { type: 'text' as const, value: literal(node) };
    (parent as Parent).children[index] = replacement as never;
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
