// Edition → PDF bytes: A4, subset fonts embedded, tagged (Document/H1/H2/P/L/LI/Link), reproducible.
// Text is laid out by layout/ (bidi, line breaks, font stack); pdfkit only draws positioned pieces.
import PDFDocument from 'pdfkit';
import type { List, PhrasingContent, RootContent } from 'mdast';
import type { Edition } from '../../edition.js';
import { EditionsError } from '../../errors.js';
import { formatDate, type Translate } from '../ui.js';
import { stackFor } from './layout/faces.js';
import { layoutParagraph, type Line, type StyledRun } from './layout/paragraph.js';
import { MARGIN, block, measurer, useFont, type Doc, type Page, type StructElement } from './page.js';

export interface PdfOptions {
  /** The document's creation date: from the statement or SOURCE_DATE_EPOCH, never "now". */
  creationDate: Date;
  /** Font stack override from the language's config (`fonts:`). */
  fonts?: string[];
}


const BODY = 11;

/** Render one edition as PDF bytes. Throws EditionsError naming any character no font covers. */
export async function renderPdf(edition: Edition, t: Translate, options: PdfOptions): Promise<Uint8Array> {
  const { meta } = edition;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    lang: edition.language,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.summary ?? meta.subtitle ?? meta.title,
      Creator: 'Editions',
      Producer: 'Editions (pdfkit)',
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const page: Page = { doc, edition, stack: stackFor(edition.language, options.fonts), measure: measurer(doc), y: MARGIN, root, missing: new Set() };
  const date = formatDate(meta.date, edition.language);

  if (edition.status === 'draft') drawBanner(page, t('draft.banner'), t('draft.detail'));
  block(page, 'P', [{ text: meta.organization.toLocaleUpperCase(edition.language) }], { size: 9, color: '#555', after: 6 });
  doc.outline.addItem(meta.title);
  block(page, 'H1', [{ text: meta.title, bold: true }], { size: 20, after: 4 });
  if (meta.subtitle) block(page, 'P', [{ text: meta.subtitle }], { size: 13, after: 4 });
  block(page, 'P', [{ text: t('published', { date }) }], { size: 10, color: '#555', after: edition.status === 'approved' ? 2 : 14 });
  if (edition.status === 'approved') block(page, 'P', [{ text: t('released', { date }) }], { size: 10, color: '#555', after: 14 });
  if (meta.summary) block(page, 'P', [{ text: meta.summary, italic: true }], { size: 12, after: 12 });

  for (const node of edition.tree.children) drawNode(page, node, 0, root);

  page.y += 10;
  block(page, 'P', [{ text: meta.author, bold: true }], { size: BODY, after: 0 });
  block(page, 'P', [{ text: meta.role }], { size: BODY, after: 0 });
  block(page, 'P', [{ text: meta.organization }], { size: BODY, after: 0 });

  if (page.missing.size) {
    const listed = [...page.missing].slice(0, 5).map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${char})`).join(', ');
    throw new EditionsError(`no font covers ${listed}; the PDF would show boxes, so it was not made`, { rule: 'no-glyph' });
  }
  drawFooters(page, t, meta.title);
  root.end();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function drawBanner(page: Page, title: string, detail: string): void {
  const { doc } = page;
  const top = page.y;
  const startPage = doc.bufferedPageRange().count;
  page.y += 8;
  block(page, 'P', [{ text: title, bold: true }], { size: 11, after: 2, indent: 8 });
  block(page, 'P', [{ text: detail }], { size: 9.5, after: 0, indent: 8 });
  page.y += 8;
  if (doc.bufferedPageRange().count === startPage) {
    doc.markContent('Artifact', { type: 'Layout' } as never);
    doc.save().lineWidth(1.2).rect(MARGIN, top, doc.page.width - MARGIN * 2, page.y - top).stroke('#d39e00').restore();
    doc.endMarkedContent();
  }
  page.y += 14;
}

function drawNode(page: Page, node: RootContent, indent: number, parent: StructElement): void {
  switch (node.type) {
    case 'heading': {
      page.y += 6;
      const size = node.depth <= 1 ? 16 : node.depth === 2 ? 14 : 12;
      page.doc.outline.addItem(runs(node.children).map((run) => run.text).join(''));
      block(page, `H${Math.min(6, node.depth + 1)}`, runs(node.children, { bold: true }), { size, after: 6, indent }, parent);
      break;
    }
    case 'paragraph':
      block(page, 'P', runs(node.children), { size: BODY, after: 9, indent }, parent);
      break;
    case 'blockquote': {
      const quote = page.doc.struct('BlockQuote');
      parent.add(quote);
      for (const child of node.children) drawNode(page, child, indent + 18, quote);
      quote.end();
      break;
    }
    case 'list':
      drawList(page, node, indent, parent);
      break;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.flatMap((cell, index) => [...(index ? [{ text: '  |  ' }] : []), ...runs(cell.children)]);
        block(page, 'P', cells, { size: BODY - 1, after: 2, indent }, parent);
      }
      page.y += 7;
      break;
    case 'code':
      block(page, 'Code', [{ text: node.value }], { size: 9.5, after: 9, indent }, parent);
      break;
    default:
      break;
  }
}

function drawList(page: Page, list: List, indent: number, parent: StructElement): void {
  const element = page.doc.struct('L');
  parent.add(element);
  list.children.forEach((item, index) => {
    const li = page.doc.struct('LI');
    element.add(li);
    const marker = list.ordered ? `${(list.start ?? 1) + index}.` : '•';
    item.children.forEach((child, childIndex) => {
      if (child.type === 'paragraph') {
        block(page, 'LBody', runs(child.children), { size: BODY, after: 4, indent: indent + 18, marker: childIndex === 0 ? marker : undefined }, li);
      } else {
        drawNode(page, child, indent + 18, li);
      }
    });
    li.end();
  });
  element.end();
  page.y += 5;
}

/** Phrasing → styled runs; inline code shows as italic, images by their alt text. */
function runs(nodes: PhrasingContent[], style: Omit<StyledRun, 'text'> = {}): StyledRun[] {
  return nodes.flatMap((node): StyledRun[] => {
    switch (node.type) {
      case 'text':
        return [{ ...style, text: node.value }];
      case 'inlineCode':
        return [{ ...style, italic: true, text: node.value }];
      case 'break':
        return [{ ...style, text: '\n' }];
      case 'emphasis':
        return runs(node.children, { ...style, italic: true });
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'link':
        return runs(node.children, { ...style, link: node.url });
      case 'image':
        return [{ ...style, text: node.alt ?? '' }];
      default:
        return 'children' in node ? runs(node.children as PhrasingContent[], style) : [];
    }
  });
}

/** Page furniture: the title at the inline start, "Page n of N" at the inline end, as artifacts. */
function drawFooters(page: Page, t: Translate, title: string): void {
  const { doc, edition } = page;
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGIN * 2;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const y = doc.page.height - MARGIN + 6;
    const options = { width: width * 0.66, size: 8.5, direction: edition.direction, language: edition.language, stack: page.stack, measure: page.measure };
    const label = layoutParagraph([{ text: t('footer.page', { page: index + 1, pages: range.count }) }], { ...options, width }).lines[0];
    const name = layoutParagraph([{ text: title }], options).lines[0];
    const rtl = edition.direction === 'rtl';
    doc.markContent('Artifact', { type: 'Pagination' } as never);
    if (name) drawFurniture(doc, name, rtl ? doc.page.width - MARGIN - name.width : MARGIN, y);
    if (label) drawFurniture(doc, label, rtl ? MARGIN : doc.page.width - MARGIN - label.width, y);
    doc.endMarkedContent();
  }
}

function drawFurniture(doc: Doc, line: Line, left: number, y: number): void {
  for (const item of line.items) {
    if (!item.draw.trim()) continue;
    useFont(doc, item.face, item.variant).fontSize(8.5).fillColor('#666').text(item.draw, left + item.x, y, { lineBreak: false });
  }
}
