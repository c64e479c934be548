// Edition → plain UTF-8 text: title underlined, paragraphs wrapped at 72 columns, links as
// numbered references at the end, signature at the bottom. Always in logical order.
import type { PhrasingContent, RootContent, Table } from 'mdast';
import type { Edition } from '../edition.js';
import { formatDate, type Translate } from './ui.js';
import { displayWidth, wrap } from './wrap.js';

export const TEXT_WIDTH = 72;

interface Context {
  language: string;
  links: string[];
}

/** Render one edition as plain text. */
export function renderText(edition: Edition, t: Translate): string {
  const { meta, language } = edition;
  const context: Context = { language, links: [] };
  const out: string[] = [];
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

  for (const node of edition.tree.children) block(node, context, out, '', '');

  out.push(meta.author, meta.role, meta.organization, '');
  if (context.links.length) {
    out.push(t('links'), '');
    context.links.forEach((url, index) => out.push(...wrap(url, TEXT_WIDTH, language, `[${index + 1}] `, ' '.repeat(`[${index + 1}] `.length))));
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

function block(node: RootContent, context: Context, out: string[], first: string, rest: string): void {
  const { language } = context;
  switch (node.type) {
    case 'heading': {
      const lines = wrap(inline(node.children, context), TEXT_WIDTH, language, first, rest);
      out.push(...lines, underline(lines, '-'), '');
      break;
    }
    case 'paragraph':
      out.push(...wrap(inline(node.children, context), TEXT_WIDTH, language, first, rest), '');
      break;
    case 'blockquote':
      for (const child of node.children) block(child, context, out, `${rest}> `, `${rest}> `);
      break;
    case 'list':
      node.children.forEach((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
        item.children.forEach((child, childIndex) => {
          const indent = rest + ' '.repeat(marker.length);
          block(child, context, out, childIndex === 0 ? rest + marker : indent, indent);
        });
        if (node.spread === false && out[out.length - 1] === '') out.pop();
      });
      if (out[out.length - 1] !== '') out.push('');
      break;
    case 'table':
      table(node, context, out);
      break;
    case 'code':
      out.push(...node.value.split('\n').map((line) => `${rest}    ${line}`), '');
      break;
    case 'thematicBreak':
      out.push(`${rest}${'-'.repeat(24)}`, '');
      break;
    default:
      break;
  }
}

function table(node: Table, context: Context, out: string[]): void {
  for (const row of node.children) {
    const cells = row.children.map((cell) => inline(cell.children, context));
    out.push(...wrap(cells.join(' | '), TEXT_WIDTH, context.language, '', '  '));
  }
  out.push('');
}

/** Phrasing → text. Emphasis is dropped (plain text has none); links become "text [n]". */
function inline(nodes: PhrasingContent[], context: Context): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        case 'link': {
          const label = inline(node.children, context);
          if (label === node.url || `mailto:${label}` === node.url) return label;
          let index = context.links.indexOf(node.url);
          if (index < 0) index = context.links.push(node.url) - 1;
          return `${label} [${index + 1}]`;
        }
        case 'image':
          return node.alt ?? '';
        default:
          return 'children' in node ? inline(node.children as PhrasingContent[], context) : '';
      }
    })
    .join('');
}

function underline(lines: string[], char: string): string {
  return char.repeat(Math.max(...lines.map((line) => displayWidth(line)), 1));
}
