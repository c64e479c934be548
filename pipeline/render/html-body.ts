// The statement body (mdast) → sanitized hast, shared by the HTML edition and any HTML-like format.
// One handler per node kind of the document model; raw HTML is parsed as a browser would and then
// everything (translations are untrusted) is sanitized before any page is assembled.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { toHast, defaultHandlers, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import type { Nodes, Parents, Root as MdastRoot } from 'mdast';
import type { Handlers } from '../document/nodes.js';
import { unsupportedNode } from '../document/nodes.js';
import { headingLevels, type HeadingLevels } from '../document/headings.js';
import { isComment } from '../document/raw-html.js';
import type { Translate } from './ui.js';
import { SAFE_SCHEMES } from '../document/links.js';

/** Prefix of every id the body carries, so no statement can clobber the page's own names. */
export const ID_PREFIX = 'user-content-';

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const sanitizer = unified().use(rehypeSanitize, {
  ...defaultSchema,
  // GitHub's list, plus the inline elements statements use for text (abbreviations, marks, dates).
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'mark', 'small', 'u', 'cite', 'dfn', 'time', 'bdi', 'bdo', 'wbr', 'figure', 'figcaption', 'center'],
  clobberPrefix: ID_PREFIX,
  // One allow-list of link schemes for every format (document/links.ts).
  protocols: { ...defaultSchema.protocols, href: [...SAFE_SCHEMES], cite: ['http', 'https'], src: ['http', 'https'] },
  // Their content is code, not text: drop it with them (other unknown tags keep their text).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed'],
});

interface HtmlContext {
  state: State;
  parent: Parents | undefined;
  levels: HeadingLevels;
  file: string;
}

type HastResult = ElementContent | ElementContent[] | HastRoot | undefined;
const byDefault = (type: keyof typeof defaultHandlers) => (node: Nodes, { state, parent }: HtmlContext) => (defaultHandlers[type] as Handler)(state, node as never, parent) as HastResult;
const ignore = () => undefined;
const refuse = (node: Nodes, { file }: HtmlContext): never => {
  throw unsupportedNode(node, 'HTML', file);
};

/** How the HTML edition shows each node kind. */
export const HTML: Handlers<HtmlContext, HastResult> = {
  root: byDefault('root'),
  // The title is the page's only h1: body headings take levels 2–6 without gaps.
  heading: (node, context) => byDefault('heading')({ ...node, depth: context.levels(node.depth) as 1 }, context),
  paragraph: byDefault('paragraph'),
  tableCell: byDefault('tableCell'),
  blockquote: byDefault('blockquote'),
  list: byDefault('list'),
  listItem: byDefault('listItem'),
  table: byDefault('table'),
  tableRow: byDefault('tableRow'),
  // Shown in the notes section mdast-util-to-hast builds from the references.
  footnoteDefinition: ignore,
  code: byDefault('code'),
  thematicBreak: byDefault('thematicBreak'),
  html: (node, context) => (isComment(node.value) ? undefined : byDefault('html')(node, context)),
  text: byDefault('text'),
  emphasis: byDefault('emphasis'),
  strong: byDefault('strong'),
  delete: byDefault('delete'),
  inlineCode: byDefault('inlineCode'),
  break: byDefault('break'),
  link: byDefault('link'),
  image: byDefault('image'),
  footnoteReference: byDefault('footnoteReference'),
  // Expanded at extraction: reaching here would be a bug, reported at its line.
  linkReference: refuse,
  imageReference: refuse,
  definition: ignore,
  yaml: ignore,
};

export interface BodyOptions {
  /** The edition's UI words: the notes section's title (`notes.title`) and back links (`notes.back`). */
  t?: Translate;
  /** The statement's source file, for errors at a node's line. */
  file?: string;
}

const ENGLISH: Record<string, string> = { 'notes.title': 'Notes', 'notes.back': 'Back to text' };

/** The statement body as sanitized hast, with notes (footnotes) at its end, linked both ways. */
export function bodyToHast(tree: MdastRoot, options: BodyOptions = {}): HastRoot {
  const t = options.t ?? ((key: string) => ENGLISH[key] ?? key);
  const context = { levels: headingLevels(tree), file: options.file ?? 'source' };
  const handlers = Object.fromEntries(
    Object.entries(HTML).map(([type, handle]) => [type, (state: State, node: Nodes, parent: Parents | undefined) => (handle as (node: Nodes, context: HtmlContext) => HastResult)(node, { ...context, state, parent })]),
  );
  const hast = toHast(tree, {
    allowDangerousHtml: true,
    handlers: handlers as never,
    clobberPrefix: '',
    footnoteLabel: t('notes.title'),
    footnoteBackLabel: () => t('notes.back'),
    footnoteLabelProperties: {},
  }) as HastRoot;
  const body = sanitizer.runSync(readRaw(hast)) as HastRoot;
  linkFragments(body);
  autoDirection(body);
  return body;
}

/**
 * Raw HTML becomes elements the way a browser reads it; sanitizing comes after. Only what holds raw
 * HTML is parsed again: the whole body when a block of HTML stands at its top (its tags may wrap
 * the Markdown after it), else each top-level block with inline HTML, on its own (a tag left open
 * in one paragraph cannot spill into the next).
 */
function readRaw(hast: HastRoot): HastRoot {
  const parse = (nodes: HastRoot['children']) => fragmentParser.parse(toHtml({ type: 'root', children: nodes }, { allowDangerousHtml: true })).children;
  if (hast.children.some((child) => child.type === 'raw')) return { type: 'root', children: parse(hast.children) };
  return { type: 'root', children: hast.children.flatMap((child) => (hasRaw(child as ElementContent) ? parse([child]) : [child])) };
}

function hasRaw(node: HastRoot | ElementContent): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && (node.children as ElementContent[]).some(hasRaw);
}

/** Sanitizing prefixes ids; point in-page links (`#fn-1`) at the prefixed ids that exist. */
function linkFragments(body: HastRoot): void {
  const ids = new Set<string>();
  const links: Element[] = [];
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (typeof child.properties.id === 'string') ids.add(child.properties.id);
      if (child.tagName === 'a' && typeof child.properties.href === 'string' && child.properties.href.startsWith('#')) links.push(child);
      walk(child);
    }
  };
  walk(body);
  for (const link of links) {
    const target = decodeURIComponent(String(link.properties.href).slice(1));
    if (!ids.has(target) && ids.has(ID_PREFIX + target)) link.properties.href = `#${ID_PREFIX}${target}`;
  }
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
