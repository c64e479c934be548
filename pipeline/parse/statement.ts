// Canonical Markdown + front matter → Statement: metadata, the body tree, and its segments in order.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parent, Root } from 'mdast';
import { eachOf } from '../document/each.js';
import { readFrontMatter } from './front-matter.js';
import { EditionsError } from '../errors.js';
import type { Segment, SegmentKind, Statement } from '../edition.js';
import { trimFoldable } from './inline.js';
import { definitionsOf, expandReferences } from './references.js';
import { takeComments, type Problem } from './comments.js';
import { MAX_NESTING, walkBlocks } from './extract.js';

export { MAX_NESTING };

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longest block accepted: far beyond any real paragraph, and under DeepL's 128 KiB per request. */
export const MAX_BLOCK_CHARACTERS = 50_000;
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
  const [first] = tree.children;
  if (!first || first.type !== 'yaml') {
    throw new EditionsError('the statement has no front matter; start the file with a "---" block holding title, date, author, role and organization', {
      rule: 'no-front-matter',
      place: { file, line: 1 },
    });
  }
  const { meta, lines } = readFrontMatter(first, file);
  const body: Root = { type: 'root', children: tree.children.slice(1) };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  prepareBody(body, file, warnings, problems);

  const segments: Segment[] = [];
  const seen = new Map<string, number>();
  const add = (kind: SegmentKind, source: string, line: number, context: string, nodePath?: number[], notes?: string[]) => {
    if (!source) return;
    let ctx = context;
    const count = (seen.get(`${ctx}\u0004${source}`) ?? 0) + 1;
    seen.set(`${ctx}\u0004${source}`, count);
    if (count > 1) ctx = ctx ? `${ctx} (repeat ${count})` : `repeat ${count}`;
    segments.push({ id: `${ctx}\u0004${source}`, context: ctx, source, kind, position: { file, line }, path: nodePath, ...(notes ? { notes } : {}) });
  };
  for (const field of TRANSLATED_FIELDS) {
    const value = meta[field];
    if (value) add(field, trimFoldable(value.replace(/[ \t\r\n]+/g, ' ')), lines[field] ?? 1, field);
  }
  walkBlocks(body.children, {
    file,
    path: [],
    depth: 0,
    problems,
    warnings,
    visit: (kind, source, line, nodePath, notes) => add(kind, source, line, '', nodePath, notes),
  });
  if (problems.length) throw problemsError(problems);
  return { slug, file, meta, segments, tree: body, ...(warnings.length ? { warnings } : {}) };
}

/**
 * Make the body self-contained before extraction: comments read and removed, reference links and
 * images expanded, footnotes nobody refers to removed (no format would show them) with a warning.
 */
function prepareBody(body: Root, file: string, warnings: Problem[], problems: Problem[]): void {
  takeComments(body, file, problems);
  expandReferences(body, definitionsOf(body));
  const referenced = new Set<string>();
  eachOf(body, 'footnoteReference', (node) => {
    referenced.add(node.identifier.toUpperCase());
  });
  const prune = (parent: Parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index] as Nodes;
      if (node.type === 'footnoteDefinition' && !referenced.has(node.identifier.toUpperCase())) {
        warnings.push({ place: { file, line: node.position?.start.line ?? 0 }, message: `the footnote [^${node.label ?? node.identifier}] is never referred to, so no edition shows it; refer to it or remove it`, rule: 'footnote-unused' });
        parent.children.splice(index--, 1);
      } else if ('children' in node) prune(node);
    }
  };
  prune(body);
}

/** Every problem of the statement in one error (one line): the first at its place, the others after it. */
function problemsError(problems: Problem[]): EditionsError {
  const [first, ...rest] = problems;
  const more = rest.length ? `; ${rest.length} more: ${rest.map((problem) => `line ${problem.place.line}: ${problem.message}${problem.rule === first.rule ? '' : ` [${problem.rule}]`}`).join('; ')}` : '';
  return new EditionsError(first.message + more, { rule: first.rule, place: first.place });
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
