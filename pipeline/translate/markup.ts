// Inline Markdown ⇄ XML with placeholders, for engines. Link URLs, inline code and raw HTML never
// leave the machine: they become <a i="n"> / <x i="n"/> and are put back byte-identical.
import type { PhrasingContent } from 'mdast';
import { inlineToMarkdown, markdownToInline } from '../parse/inline.js';

/** What a placeholder stands for, kept locally while the text is at the engine. */
export type Protected = { kind: 'link'; url: string; title?: string | null } | { kind: 'atom'; node: PhrasingContent };

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
  const walk = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return text(node.value);
        if (node.type === 'break') return '<br/>';
        if (node.type === 'link') {
          const index = table.push({ kind: 'link', url: node.url, title: node.title }) - 1;
          return `<a i="${index}">${walk(node.children)}</a>`;
        }
        const tag = TAGS[node.type];
        if (tag && 'children' in node) return `<${tag}>${walk(node.children as PhrasingContent[])}</${tag}>`;
        const index = table.push({ kind: 'atom', node }) - 1;
        return `<x i="${index}"/>`;
      })
      .join('');
  return { xml: walk(markdownToInline(markdown)), table };
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
  return inlineToMarkdown(root.children);
}

function appendText(children: PhrasingContent[], value: string): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value });
}

/** Characters that would be billed: the text only, never tags or held-back URLs. */
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
