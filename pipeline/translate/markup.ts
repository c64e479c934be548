// Inline Markdown ⇄ XML with placeholders, for engines. Link URLs, image URLs, inline code, footnote
// references and raw HTML never leave the machine: they become <a i="n">, <m i="n">alt</m>,
// <g i="n">…</g> (an HTML tag pair around text) or <x i="n"/>, and are put back byte-identical.
import type { Html, PhrasingContent } from 'mdast';
import { htmlBlockOf, inlineToMarkdown, inlineToText, markdownToInline } from '../parse/inline.js';
import { htmlTokens } from '../document/raw-html.js';

/** What a placeholder stands for, kept locally while the text is at the engine. */
export type Protected =
  | { kind: 'link'; url: string; title?: string | null }
  | { kind: 'image'; url: string; title?: string | null }
  | { kind: 'pair'; open: string; close: string }
  /** First in the table of a segment that is a block of raw HTML: the reply is put back as HTML. */
  | { kind: 'html-block' }
  | { kind: 'atom'; node: PhrasingContent };

export interface Protectable {
  xml: string;
  table: Protected[];
}

const TAGS: Partial<Record<PhrasingContent['type'], string>> = { emphasis: 'em', strong: 'b', delete: 's' };
const NODES: Record<string, 'emphasis' | 'strong' | 'delete'> = { em: 'emphasis', b: 'strong', s: 'delete' };

/**
 * Markdown of a segment → XML to send, plus the table of what was held back. `keep` terms (names,
 * acronyms) are held back too, for engines without a glossary.
 */
export function protect(markdown: string, keep: string[] = []): Protectable {
  const table: Protected[] = [];
  const pattern = keep.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${keep.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const text = (value: string) =>
    pattern
      ? value
          .split(pattern)
          .map((part, index) => (index % 2 ? `<x i="${table.push({ kind: 'atom', node: { type: 'text', value: part } }) - 1}"/>` : escapeXml(part)))
          .join('')
      : escapeXml(value);
  const one = (node: PhrasingContent): string => {
    if (node.type === 'text') return text(node.value);
    if (node.type === 'break') return '<br/>';
    if (node.type === 'link') {
      const index = table.push({ kind: 'link', url: node.url, title: node.title }) - 1;
      return `<a i="${index}">${walk(node.children)}</a>`;
    }
    // The alt text is translated; the image itself stays here.
    if (node.type === 'image' && node.alt) return `<m i="${table.push({ kind: 'image', url: node.url, title: node.title }) - 1}">${text(node.alt)}</m>`;
    const tag = TAGS[node.type];
    if (tag && 'children' in node) return `<${tag}>${walk(node.children as PhrasingContent[])}</${tag}>`;
    return `<x i="${table.push({ kind: 'atom', node }) - 1}"/>`;
  };
  const walk = (nodes: PhrasingContent[]): string => {
    let xml = '';
    for (let index = 0; index < nodes.length; index++) {
      const close = closingIndex(nodes, index);
      if (close < 0) {
        xml += one(nodes[index]);
        continue;
      }
      // What <script> or <style> holds is code: never sent, not even as text.
      if (/^<(script|style)\b/i.test((nodes[index] as Html).value)) {
        for (const node of nodes.slice(index, close + 1)) xml += `<x i="${table.push({ kind: 'atom', node }) - 1}"/>`;
        index = close;
        continue;
      }
      // <abbr title="…">WHO</abbr>: one element the engine keeps around its translated text.
      const pair = table.push({ kind: 'pair', open: (nodes[index] as Html).value, close: (nodes[close] as Html).value }) - 1;
      xml += `<g i="${pair}">${walk(nodes.slice(index + 1, close))}</g>`;
      index = close;
    }
    return xml;
  };
  const block = htmlBlockOf(markdown);
  if (block !== undefined) {
    // A block of raw HTML: its tags and character references are placeholders, its text is sent.
    table.push({ kind: 'html-block' });
    const nodes = htmlTokens(block).map((token): PhrasingContent => (token.kind === 'text' ? { type: 'text', value: token.value } : { type: 'html', value: token.value }));
    return { xml: walk(nodes), table };
  }
  // Footnote references are held back too: `[^1]` must reach the reply as it left.
  const footnotes = [...new Set([...markdown.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1]))];
  return { xml: walk(markdownToInline(markdown, { footnotes })), table };
}

/** Where the closing tag of an opening HTML tag at `index` is among its siblings, or -1. */
function closingIndex(nodes: PhrasingContent[], index: number): number {
  const node = nodes[index];
  if (node.type !== 'html') return -1;
  const name = /^<([a-z][a-z0-9-]*)\b[^>]*(?<!\/)>$/i.exec(node.value)?.[1]?.toLowerCase();
  if (!name) return -1;
  let depth = 0;
  for (let at = index + 1; at < nodes.length; at++) {
    const other = nodes[at];
    if (other.type !== 'html') continue;
    if (new RegExp(`^<${name}\\b[^>]*(?<!/)>$`, 'i').test(other.value)) depth++;
    else if (new RegExp(`^</${name}\\s*>$`, 'i').test(other.value)) {
      if (!depth) return at;
      depth--;
    }
  }
  return -1;
}

/**
 * Markdown → XML whose placeholders carry the indices of another segment's table: the same link,
 * image, code or HTML pair gets the number it has there. Used for the previous source and approved
 * translation of an update, whose links may come in another order than in the new text; numbered
 * by their own order, `<a i="0">` would name a different URL in each and a model copying the
 * approved translation would move a link to another phrase. What the new text no longer has gets
 * a number past its table, so it can never stand for something else.
 * "Bald [zwei](b) und [eins](a)" like "[one](a) and [two](b)" → 'Bald <a i="1">zwei</a> und <a i="0">eins</a>'
 */
export function protectLike(markdown: string, like: Protected[], keep: string[] = []): string {
  const { xml, table } = protect(markdown, keep);
  const keyOf = (held: Protected) => JSON.stringify(held, (name, value) => (name === 'position' ? undefined : value));
  const free = like.map(keyOf);
  const numbers = table.map((held, index) => {
    const at = free.indexOf(keyOf(held));
    if (at < 0) return like.length + index;
    free[at] = '';
    return at;
  });
  return xml.replace(/(<[a-z]+ i=")(\d+)(")/g, (_, open: string, index: string, close: string) => `${open}${numbers[Number(index)]}${close}`);
}

export class MarkupError extends Error {}

/**
 * An engine's XML reply → Markdown, with every placeholder restored from `table`.
 * Accepts what engines do to tags (`<x i="1"></x>`, `<br>`); anything else is a MarkupError.
 */
export function restore(xml: string, table: Protected[]): string {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { tag: string; node: { children: PhrasingContent[] } }[] = [{ tag: '', node: root }];
  const pattern = /<(\/?)([a-z]+)((?:\s+[a-z]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of xml.matchAll(pattern)) {
    const [, closing, tag, attributes, selfClosing, text, stray] = match;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      appendText(top.node.children, unescapeXml(text));
      continue;
    }
    if (stray) throw new MarkupError('a stray "<" in the reply');
    const index = Number(/\bi="(\d+)"/.exec(attributes ?? '')?.[1] ?? NaN);
    if (closing) {
      if (tag === 'x' || tag === 'br') continue;
      if (top.tag !== tag) throw new MarkupError(`the reply closes <${tag}> where <${top.tag || 'nothing'}> is open`);
      stack.pop();
      continue;
    }
    if (tag === 'br') {
      top.node.children.push({ type: 'break' });
    } else if (tag === 'g' || tag === 'm') {
      const held = table[index];
      if (!held || held.kind !== (tag === 'g' ? 'pair' : 'image')) throw new MarkupError(`the reply has a <${tag}> that was never sent`);
      const holder = { type: tag, held, children: [] as PhrasingContent[] };
      top.node.children.push(holder as unknown as PhrasingContent);
      if (!selfClosing) stack.push({ tag, node: holder });
    } else if (tag === 'x') {
      const held = table[index];
      if (!held || held.kind !== 'atom') throw new MarkupError(`the reply has a placeholder <x i="${attributes}"> that was never sent`);
      top.node.children.push(structuredClone(held.node));
    } else if (tag === 'a') {
      const held = table[index];
      if (!held || held.kind !== 'link') throw new MarkupError('the reply has a link that was never sent');
      const link = { type: 'link' as const, url: held.url, title: held.title ?? null, children: [] as PhrasingContent[] };
      top.node.children.push(link as PhrasingContent);
      if (!selfClosing) stack.push({ tag, node: link });
    } else if (NODES[tag]) {
      const node = { type: NODES[tag], children: [] as PhrasingContent[] };
      top.node.children.push(node as PhrasingContent);
      if (!selfClosing) stack.push({ tag, node });
    } else {
      throw new MarkupError(`the reply has an unknown tag <${tag}>`);
    }
  }
  if (stack.length > 1) throw new MarkupError(`the reply leaves <${stack[stack.length - 1].tag}> open`);
  const nodes = unwrapHolders(root.children);
  return table[0]?.kind === 'html-block' ? toHtmlBlock(nodes) : inlineToMarkdown(nodes);
}

/** A restored block of raw HTML: tags and references as they were sent, the translated text escaped. */
function toHtmlBlock(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'html') return node.value;
      if (node.type === 'text') return node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      throw new MarkupError(`the reply adds markup (${node.type}) to a block of HTML`);
    })
    .join('');
}

/** Replace the reply's <g>/<m> holders by what they stand for: the tag pair around its text, the image. */
function unwrapHolders(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    const holder = node as unknown as { type: string; held?: Protected; children: PhrasingContent[] };
    if (holder.held?.kind === 'pair') return [{ type: 'html', value: holder.held.open }, ...unwrapHolders(holder.children), { type: 'html', value: holder.held.close }];
    if (holder.held?.kind === 'image') return [{ type: 'image', url: holder.held.url, title: holder.held.title ?? null, alt: inlineToText(holder.children) }];
    if ('children' in node) return [{ ...node, children: unwrapHolders(node.children as PhrasingContent[]) } as PhrasingContent];
    return [node];
  });
}

function appendText(children: PhrasingContent[], value: string): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value });
}

/** Characters that would be billed: the text only, never tags or held-back URLs. */
/**
 * A segment's words as an engine may read them for context: its text without link URLs, inline code
 * or raw HTML (what protect() holds back stays here, for context too).
 * "See [the text](https://x.example/) and `code`." → "See the text and ."
 */
export function contextText(markdown: string): string {
  return unescapeXml(protect(markdown).xml.replace(/<[^>]*>/g, ''));
}

export function billableLength(xml: string): number {
  return unescapeXml(xml.replace(/<[^>]*>/g, '')).length;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
