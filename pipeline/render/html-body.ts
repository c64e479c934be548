// The statement body (mdast) → sanitized hast, shared by the HTML edition and any HTML-like format.
// Translated text is untrusted: it is sanitized here, before any page is assembled.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Root as HastRoot, Element } from 'hast';
import type { Root as MdastRoot, Heading } from 'mdast';

const bodyPipeline = unified()
  // Raw HTML in Markdown is dropped (no allowDangerousHtml): translations cannot smuggle markup in.
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'fn-' });

/** The statement body as sanitized hast; headings shift down one level under the page's h1. */
export function bodyToHast(tree: MdastRoot): HastRoot {
  const shifted = structuredClone(tree);
  const shift = (nodes: MdastRoot['children']) => {
    for (const node of nodes) {
      if (node.type === 'heading') (node as Heading).depth = Math.min(6, node.depth + 1) as Heading['depth'];
      if ('children' in node) shift(node.children as MdastRoot['children']);
    }
  };
  shift(shifted.children);
  const body = bodyPipeline.runSync(shifted as never) as unknown as HastRoot;
  autoDirection(body);
  return body;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'figcaption']);

/** dir="auto" on every block: an untranslated English paragraph in an Arabic draft still reads left to right. */
function autoDirection(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (BLOCKS.has(child.tagName)) child.properties.dir = 'auto';
    autoDirection(child);
  }
}

