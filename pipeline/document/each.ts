// A plain preorder walk: the helpers here run on every edition of every format, and
// unist-util-visit's generality (a parents array per node, a test built per call) showed in profiles.
import type { Nodes } from 'mdast';

type Kind = Nodes['type'];
type NodeOfKind<K extends Kind> = Extract<Nodes, { type: K }>;

/** Call `visit` on every node of kind `kind` under `node` (itself included), in document order. */
export function eachOf<K extends Kind>(node: Nodes, kind: K, visit: (found: NodeOfKind<K>) => void): void {
  if (node.type === kind) visit(node as NodeOfKind<K>);
  if ('children' in node) for (const child of node.children as Nodes[]) eachOf(child, kind, visit);
}
