// Edition → plain UTF-8 text: title underlined, paragraphs wrapped at 72 columns, notes and links
// as numbered references at the end, signature at the bottom. Always in logical order.
// One handler per node kind of the document model: blocks write lines, phrasing returns text.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Edition } from '../edition.js';
import type { Handlers } from '../document/nodes.js';
import { unsupportedNode } from '../document/nodes.js';
import { collectFootnotes, type Footnotes } from '../document/footnotes.js';
import { listMarker, taskMarker } from '../document/lists.js';
import { htmlText } from '../document/raw-html.js';
import { formatDate, type Translate } from './ui.js';
import { displayWidth, wrap } from './wrap.js';

export const TEXT_WIDTH = 72;

interface Context {
  language: string;
  file: string;
  links: string[];
  footnotes: Footnotes;
  out: string[];
  /** Prefixes of a block's first and following lines (list markers, quote marks, indents). */
  first: string;
  rest: string;
  /** True inside a block's phrasing (raw HTML there is inline). */
  phrasing?: boolean;
}

/** Render one edition as plain text. */
export function renderText(edition: Edition, t: Translate): string {
  const { meta, language } = edition;
  const out: string[] = [];
  const context: Context = { language, file: `source/${edition.slug}.md`, links: [], footnotes: collectFootnotes(edition.tree), out, first: '', rest: '' };
  const paragraph = (text: string, first = '', rest = first) => out.push(...wrap(text, TEXT_WIDTH, language, first, rest), '');

  if (edition.status === 'draft') {
    const rule = '*'.repeat(TEXT_WIDTH);
    out.push(rule, ...wrap(t('draft.banner'), TEXT_WIDTH, language), ...wrap(t('draft.detail'), TEXT_WIDTH, language), rule, '');
  }
  out.push(...wrap(meta.organization, TEXT_WIDTH, language), '');
  const title = wrap(meta.title, TEXT_WIDTH, language);
  out.push(...title, underline(title, '='), '');
  if (meta.subtitle) paragraph(meta.subtitle);
  out.push(t('published', { date: formatDate(meta.date, language) }));
  if (edition.status === 'approved') out.push(t('released', { date: formatDate(meta.date, language) }));
  out.push('');
  if (meta.summary) paragraph(meta.summary);

  for (const node of edition.tree.children) show(node, context);
  notes(context, t);

  out.push(meta.author, meta.role, meta.organization, '');
  if (context.links.length) {
    out.push(t('links'), '');
    context.links.forEach((url, index) => out.push(...wrap(url, TEXT_WIDTH, language, `[${index + 1}] `, ' '.repeat(`[${index + 1}] `.length))));
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

/** The notes block: each footnote under its number, in order of first reference. */
function notes(context: Context, t: Translate): void {
  const { notes: list } = context.footnotes;
  if (!list.length) return;
  const heading = wrap(t('notes.title'), TEXT_WIDTH, context.language);
  context.out.push(...heading, underline(heading, '-'), '');
  list.forEach((note, index) => {
    const marker = `${superscript(index + 1)} `;
    const indent = ' '.repeat(displayWidth(marker));
    note.children.forEach((child, childIndex) => show(child, { ...context, first: childIndex === 0 ? marker : indent, rest: indent }));
  });
}

function show(node: Nodes, context: Context): string {
  return (TEXT[node.type] as (node: Nodes, context: Context) => string)(node, context);
}

function inline(nodes: PhrasingContent[], context: Context): string {
  const inner = context.phrasing ? context : { ...context, phrasing: true };
  let hidden = '';
  return nodes
    .map((node) => {
      // What an inline <script> or <style> holds is code, never text: skip to its closing tag.
      if (hidden) {
        if (node.type === 'html' && new RegExp(`^</${hidden}\\s*>$`, 'i').test(node.value)) hidden = '';
        return '';
      }
      const opened = node.type === 'html' ? /^<(script|style)\b[^>]*>$/i.exec(node.value) : null;
      if (opened) hidden = opened[1];
      return show(node, inner);
    })
    .join('');
}

/** Wrap one block's text with the context's prefixes, then a blank line. */
function lines(text: string, context: Context): string {
  context.out.push(...wrap(text, TEXT_WIDTH, context.language, context.first, context.rest), '');
  return '';
}

const nothing = () => '';
const refuse = (node: Nodes, context: Context): never => {
  throw unsupportedNode(node, 'text', context.file);
};

/** How the text edition shows each node kind. Emphasis is dropped (plain text has none). */
export const TEXT: Handlers<Context, string> = {
  root: (node, context) => {
    for (const child of node.children) show(child, context);
    return '';
  },
  heading: (node, context) => {
    const wrapped = wrap(inline(node.children, context), TEXT_WIDTH, context.language, context.first, context.rest);
    context.out.push(...wrapped, underline(wrapped, '-'), '');
    return '';
  },
  paragraph: (node, context) => lines(inline(node.children, context), context),
  blockquote: (node, context) => {
    const prefix = `${context.rest}> `;
    for (const child of node.children) show(child, { ...context, first: prefix, rest: prefix });
    return '';
  },
  list: (node, context) => {
    const { out } = context;
    node.children.forEach((item, index) => {
      const marker = `${listMarker(node, index)} `;
      show(item, { ...context, first: context.rest + marker, rest: context.rest + ' '.repeat(marker.length) });
      if (node.spread === false && out[out.length - 1] === '') out.pop();
    });
    if (out[out.length - 1] !== '') out.push('');
    return '';
  },
  listItem: (node, context) => {
    const task = taskMarker(node);
    const first = task ? `${context.first}${task} ` : context.first;
    if (!node.children.length) context.out.push(first.trimEnd(), '');
    node.children.forEach((child, index) => show(child as RootContent, { ...context, first: index === 0 ? first : context.rest }));
    return '';
  },
  table: (node, context) => {
    for (const row of node.children) context.out.push(...wrap(show(row, context), TEXT_WIDTH, context.language, context.rest, `${context.rest}  `));
    context.out.push('');
    return '';
  },
  tableRow: (node, context) => node.children.map((cell) => show(cell, { ...context, phrasing: true })).join(' | '),
  tableCell: (node, context) => inline(node.children, context),
  // Shown in the notes block at the end, numbered by first reference.
  footnoteDefinition: nothing,
  code: (node, context) => {
    context.out.push(...node.value.split('\n').map((line) => `${context.rest}    ${line}`), '');
    return '';
  },
  thematicBreak: (_node, context) => {
    context.out.push(`${context.rest}${'-'.repeat(24)}`, '');
    return '';
  },
  // Raw HTML shows its text content; a block of it is a paragraph when it has any.
  html: (node, context) => {
    const text = htmlText(node.value);
    if (!context.phrasing) {
      const folded = text.replace(/[ \t\r\n]+/g, ' ').trim();
      if (folded) lines(folded, context);
      return '';
    }
    return text;
  },
  text: (node) => node.value,
  emphasis: (node, context) => inline(node.children, context),
  strong: (node, context) => inline(node.children, context),
  delete: (node, context) => inline(node.children, context),
  inlineCode: (node) => node.value,
  break: () => '\n',
  link: (node, context) => {
    const label = inline(node.children, context);
    if (label === node.url || `mailto:${label}` === node.url) return label;
    let index = context.links.indexOf(node.url);
    if (index < 0) index = context.links.push(node.url) - 1;
    return `${label} [${index + 1}]`;
  },
  image: (node) => node.alt ?? '',
  footnoteReference: (node, context) => {
    const number = context.footnotes.number(node.identifier);
    return number ? superscript(number) : `[^${node.label ?? node.identifier}]`;
  },
  // Expanded at extraction: reaching here would be a bug, reported at its line.
  linkReference: refuse,
  imageReference: refuse,
  definition: nothing,
  yaml: nothing,
};

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → "¹²": the note mark of plain text. */
function superscript(number: number): string {
  return [...String(number)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
}

function underline(lines: string[], char: string): string {
  return char.repeat(Math.max(...lines.map((line) => displayWidth(line)), 1));
}
