// What a segment's Markdown is made of, for comparing a translation with its source.
import type { PhrasingContent } from 'mdast';
import { inlineToText, markdownToInline } from '../../parse/inline.js';
import { recurring } from './memo.js';

export interface Shape {
  links: string[];
  /** Images and other embedded resources (raw <img>, <iframe>, <video>…): what a reader's browser fetches. */
  images: string[];
  code: string[];
  marks: Record<string, number>;
  text: string;
  /** The text without inline code: what a dictionary may judge. */
  prose: string;
}

const EMBEDS = /<(?:img|iframe|video|audio|source|embed|object|script|link|image)\b[^>]*?\b(?:src|href|data|srcset|poster)\s*=\s*["']?([^"'\s>]+)/gi;
const RAW_LINKS = /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)/gi;

/** What a segment is made of; a source's shape is parsed once, not once per language (frozen: it is shared). */
export function shapeOf(markdown: string): Shape {
  return shapes(markdown);
}

const shapes = recurring((markdown: string): Shape => {
  const shape: Shape = { links: [], images: [], code: [], marks: {}, text: '', prose: '' };
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') shape.links.push(node.url);
      if (node.type === 'image') shape.images.push(node.url);
      if (node.type === 'html') {
        for (const match of node.value.matchAll(EMBEDS)) shape.images.push(match[1]);
        for (const match of node.value.matchAll(RAW_LINKS)) shape.links.push(match[1]);
      }
      if (node.type === 'inlineCode') shape.code.push(node.value);
      if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') shape.marks[node.type] = (shape.marks[node.type] ?? 0) + 1;
      if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  const nodes = markdownToInline(markdown);
  walk(nodes);
  shape.text = inlineToText(nodes);
  shape.prose = inlineToText(nodes.filter((node) => node.type !== 'inlineCode'));
  Object.freeze(shape.links);
  Object.freeze(shape.images);
  Object.freeze(shape.code);
  Object.freeze(shape.marks);
  return Object.freeze(shape);
});

/** Items of `expected` that `actual` lacks, counting repeats. */
export function missingFrom(expected: readonly string[], actual: readonly string[]): string[] {
  const left = [...actual];
  return expected.filter((item) => {
    const index = left.indexOf(item);
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}
