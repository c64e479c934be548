// Canonical Markdown + front matter → Statement: metadata, the body tree, and its segments in order.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Html, Root, RootContent, PhrasingContent } from 'mdast';
import { readFrontMatter } from './front-matter.js';
import { visit } from 'unist-util-visit';
import { EditionsError } from '../errors.js';
import type { Segment, SegmentKind, Statement } from '../edition.js';
import { inlineToMarkdown } from './inline.js';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longest block accepted: far beyond any real paragraph, and under DeepL's 128 KiB per request. */
export const MAX_BLOCK_CHARACTERS = 50_000;
/** Deepest nesting of lists and quotes that the editions can indent on an A4 page. */
export const MAX_NESTING = 6;

/** Front-matter fields that are translated, in the order editors meet them. */
export const TRANSLATED_FIELDS = ['title', 'subtitle', 'summary', 'role', 'organization'] as const;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * Parse one statement. `file` is the path shown in messages (`source/x.md`).
 * Example: "---\ntitle: T\n…\n---\nHello *world*." → segments [title "T", …, paragraph "Hello *world*."]
 */
export function parseStatement(markdown: string, file: string, slug: string): Statement {
  if (!SLUG_PATTERN.test(slug)) {
    throw new EditionsError(`the file name "${slug}" is not a statement slug; use lowercase letters, digits and dashes`, {
      rule: 'bad-slug',
      place: { file, line: 0 },
    });
  }
  if (markdown.includes('\u0000')) {
    const line = markdown.slice(0, markdown.indexOf('\u0000')).split('\n').length;
    throw new EditionsError('the file contains a NUL byte; save it as plain UTF-8 text', { rule: 'bad-encoding', place: { file, line } });
  }
  rejectOversizedBlocks(markdown, file);
  const tree = parser.parse(markdown) as Root;
  rejectRawHtml(tree, file);
  const [first] = tree.children;
  if (!first || first.type !== 'yaml') {
    throw new EditionsError('the statement has no front matter; start the file with a "---" block holding title, date, author, role and organization', {
      rule: 'no-front-matter',
      place: { file, line: 1 },
    });
  }
  const { meta, lines } = readFrontMatter(first, file);
  const body: Root = { type: 'root', children: tree.children.slice(1) };

  const segments: Segment[] = [];
  const seen = new Map<string, number>();
  const add = (kind: SegmentKind, source: string, line: number, context: string, nodePath?: number[]) => {
    if (!source) return;
    let ctx = context;
    const count = (seen.get(`${ctx}\u0004${source}`) ?? 0) + 1;
    seen.set(`${ctx}\u0004${source}`, count);
    if (count > 1) ctx = ctx ? `${ctx} (repeat ${count})` : `repeat ${count}`;
    segments.push({ id: `${ctx}\u0004${source}`, context: ctx, source, kind, position: { file, line }, path: nodePath });
  };
  for (const field of TRANSLATED_FIELDS) {
    const value = meta[field];
    if (value) add(field, value.replace(/\s+/g, ' ').trim(), lines[field] ?? 1, field);
  }
  collectBlocks(
    body.children,
    [],
    undefined,
    (kind, node, nodePath) => {
      add(kind, inlineToMarkdown(node.children), node.position?.start.line ?? 0, '', nodePath);
    },
    0,
    file,
  );
  return { slug, file, meta, segments, tree: body };
}

/** A block this long is a mistake (a pasted file, a lost line break); parsing it would also take minutes. */
function rejectOversizedBlocks(markdown: string, file: string): void {
  let offset = 0;
  for (const block of markdown.split(/\n[ \t]*\n/)) {
    if (block.length > MAX_BLOCK_CHARACTERS) {
      const line = markdown.slice(0, offset).split('\n').length;
      throw new EditionsError(`this paragraph is ${block.length.toLocaleString('en')} characters long; split it into paragraphs under ${MAX_BLOCK_CHARACTERS.toLocaleString('en')}`, {
        rule: 'segment-too-long',
        place: { file, line },
      });
    }
    offset += block.length + 2;
  }
}

/** Raw HTML would be dropped from every edition (it is never trusted); say so instead of losing it. */
function rejectRawHtml(tree: Root, file: string): void {
  visit(tree, 'html', (node: Html) => {
    if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return;
    throw new EditionsError(`raw HTML (${node.value.trim().slice(0, 40)}) is not allowed in a statement; write it in Markdown`, {
      rule: 'raw-html',
      place: { file, line: node.position?.start.line ?? 0, column: node.position?.start.column },
    });
  });
}

type Block = Extract<RootContent, { children: PhrasingContent[] }>;

/** Walk the body in document order, calling `visit` for each block that holds inline text. */
export function collectBlocks(
  nodes: RootContent[],
  parentPath: number[],
  container: 'list-item' | 'quote' | undefined,
  visit: (kind: SegmentKind, node: Block, path: number[]) => void,
  depth = 0,
  file = '',
): void {
  nodes.forEach((node, index) => {
    if ((node.type === 'list' || node.type === 'blockquote') && depth >= MAX_NESTING) {
      throw new EditionsError(`lists and quotes are nested more than ${MAX_NESTING} deep here; flatten them`, {
        rule: 'nesting-too-deep',
        place: { file, line: node.position?.start.line ?? 0 },
      });
    }
    const nodePath = [...parentPath, index];
    switch (node.type) {
      case 'heading':
        visit('heading', node, nodePath);
        break;
      case 'paragraph':
        visit(container ?? 'paragraph', node, nodePath);
        break;
      case 'tableCell':
        visit('table-cell', node, nodePath);
        break;
      case 'list':
        collectBlocks(node.children as RootContent[], nodePath, container, visit, depth + 1, file);
        break;
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        collectBlocks(node.children as RootContent[], nodePath, container, visit, depth, file);
        break;
      case 'listItem':
        collectBlocks(node.children as RootContent[], nodePath, 'list-item', visit, depth, file);
        break;
      case 'blockquote':
        collectBlocks(node.children as RootContent[], nodePath, 'quote', visit, depth + 1, file);
        break;
      default:
        // Code, raw HTML, thematic breaks and definitions are not prose: never translated.
        break;
    }
  });
}
