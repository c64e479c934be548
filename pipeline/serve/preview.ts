// A translation's Markdown rendered for the review page, through the editions' own sanitized HTML
// pipeline (never raw HTML from the translation). Links and images are shown, not followed: an
// editor sees that a translation adds one, and the page never loads or opens it.
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { markdownToInline } from '../parse/inline.js';
import { bodyToHast } from '../render/html-body.js';

/** `Lee *esto* [aquí](https://x.org)` → hast: `Lee <em>esto</em> <span class="link" title="https://x.org">aquí</span>`. */
export function previewOf(markdown: string): ElementContent[] {
  if (!markdown.trim()) return [];
  const tree: MdastRoot = { type: 'root', children: [{ type: 'paragraph', children: markdownToInline(markdown) }] };
  const hast = bodyToHast(tree);
  defuse(hast);
  return hast.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/** Links become labelled spans and images become their description: nothing to click or fetch. */
function defuse(node: HastRoot | Element): void {
  node.children = node.children.map((child: RootContent) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'a') {
      const target = String(child.properties.href ?? '');
      defuse(child);
      return { type: 'element', tagName: 'span', properties: { className: ['link'], title: target }, children: child.children };
    }
    if (child.tagName === 'img') {
      const text = `[image: ${String(child.properties.alt ?? '')} ${String(child.properties.src ?? '')}]`;
      return { type: 'element', tagName: 'span', properties: { className: ['image'] }, children: [{ type: 'text', value: text }] };
    }
    defuse(child);
    return child;
  }) as typeof node.children;
}

/** Whether a preview shows more than the raw text would (emphasis, a link, code): only then is it worth the space. */
export function hasMarkup(nodes: ElementContent[]): boolean {
  return nodes.some((node) => node.type === 'element' && (node.tagName !== 'p' || node.children.some((child) => child.type === 'element')));
}
