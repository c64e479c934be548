// Edition → PDF bytes (A4, fonts embedded as subsets, tagged, reproducible). pdfkit stays inside
// this folder; its document object never leaves the function that made it.
import PDFDocument from 'pdfkit';
import type { List, PhrasingContent, RootContent } from 'mdast';
import type { Edition } from '../../edition.js';
import { EditionsError } from '../../errors.js';
import { formatDate, type Translate } from '../ui.js';
import { SIMPLE_SCRIPTS_FACE, missingGlyphs, resolveFace, unsupportedScript, type ResolvedFace } from './fonts.js';
import { editionText } from './text.js';

export interface PdfOptions {
  /** The document's creation date: from the statement or SOURCE_DATE_EPOCH, never "now". */
  creationDate: Date;
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  code: boolean;
  link?: string;
}

const A4_MARGIN = 64;
const BODY_SIZE = 11;
const FOOTER_SIZE = 8.5;
const INK = '#1a1a1a';
const LINK = '#0645ad';

/** Render one edition as PDF bytes. Throws EditionsError for scripts this renderer cannot draw yet. */
export async function renderPdf(edition: Edition, t: Translate, options: PdfOptions): Promise<Uint8Array> {
  const script = unsupportedScript(editionText(edition, t));
  if (script) {
    throw new EditionsError(`the PDF edition in ${script} script needs bidirectional or complex layout, which is not supported yet; the HTML and text editions are built`, {
      rule: 'pdf-script-unsupported',
    });
  }
  const face = resolveFace(SIMPLE_SCRIPTS_FACE);
  const missing = missingGlyphs(editionText(edition, t), face.regular);
  if (missing.length) {
    const listed = missing.slice(0, 5).map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${char})`).join(', ');
    throw new EditionsError(`no font covers ${listed}; the PDF would show boxes, so it was not made`, { rule: 'no-glyph' });
  }
  const { meta } = edition;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: A4_MARGIN, bottom: A4_MARGIN + 18, left: A4_MARGIN, right: A4_MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    pdfVersion: '1.7',
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
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  registerFace(doc, face);
  const width = doc.page.width - A4_MARGIN * 2;
  const date = formatDate(meta.date, edition.language);

  if (edition.status === 'draft') drawBanner(doc, t('draft.banner'), t('draft.detail'), width);
  doc.font('regular').fontSize(9).fillColor('#555').text(meta.organization.toLocaleUpperCase(edition.language), { characterSpacing: 0.6 });
  doc.moveDown(0.4);
  doc.outline.addItem(meta.title);
  doc.font('bold').fontSize(20).fillColor(INK).text(meta.title, { lineGap: 2 });
  if (meta.subtitle) doc.font('regular').fontSize(13).text(meta.subtitle);
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).fillColor('#555').text(t('published', { date }));
  if (edition.status === 'approved') doc.text(t('released', { date }));
  doc.fillColor(INK).moveDown(1);
  if (meta.summary) {
    doc.font('italic').fontSize(12).text(meta.summary, { lineGap: 2 });
    doc.moveDown(0.8);
  }

  for (const node of edition.tree.children) drawBlock(doc, node, 0);

  doc.moveDown(1);
  doc.font('bold').fontSize(BODY_SIZE).fillColor(INK).text(meta.author);
  doc.font('regular').text(meta.role).text(meta.organization);

  drawFooters(doc, t, meta.title);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function registerFace(doc: PDFKit.PDFDocument, face: ResolvedFace): void {
  doc.registerFont('regular', face.regular);
  doc.registerFont('bold', face.bold);
  doc.registerFont('italic', face.italic);
  doc.registerFont('boldItalic', face.boldItalic);
}

function drawBanner(doc: PDFKit.PDFDocument, title: string, detail: string, width: number): void {
  const padding = 8;
  const top = doc.y;
  doc.font('bold').fontSize(11);
  const titleHeight = doc.heightOfString(title, { width: width - padding * 2 });
  doc.font('regular').fontSize(9.5);
  const detailHeight = doc.heightOfString(detail, { width: width - padding * 2 });
  const height = titleHeight + detailHeight + padding * 2 + 2;
  doc.save().rect(doc.page.margins.left, top, width, height).fillAndStroke('#fff3cd', '#d39e00').restore();
  doc.fillColor(INK).font('bold').fontSize(11).text(title, doc.page.margins.left + padding, top + padding, { width: width - padding * 2 });
  doc.font('regular').fontSize(9.5).text(detail, { width: width - padding * 2 });
  doc.x = doc.page.margins.left;
  doc.y = top + height + 14;
}

function drawBlock(doc: PDFKit.PDFDocument, node: RootContent, indent: number): void {
  const left = doc.page.margins.left + indent;
  const width = doc.page.width - doc.page.margins.right - left;
  switch (node.type) {
    case 'heading': {
      doc.moveDown(0.4);
      const size = node.depth <= 1 ? 16 : node.depth === 2 ? 14 : 12;
      doc.outline.addItem(plain(node.children));
      drawRuns(doc, runs(node.children, { bold: true }), { x: left, width, size });
      doc.moveDown(0.3);
      break;
    }
    case 'paragraph':
      drawRuns(doc, runs(node.children), { x: left, width, size: BODY_SIZE });
      doc.moveDown(0.6);
      break;
    case 'blockquote':
      for (const child of node.children) drawBlock(doc, child, indent + 18);
      break;
    case 'list':
      drawList(doc, node, indent);
      break;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.flatMap((cell, index) => [...(index ? [{ text: '  |  ', bold: false, italic: false, code: false }] : []), ...runs(cell.children)]);
        drawRuns(doc, cells, { x: left, width, size: BODY_SIZE - 1 });
      }
      doc.moveDown(0.6);
      break;
    case 'code':
      doc.font('regular').fontSize(9.5).text(node.value, left, undefined, { width });
      doc.moveDown(0.6);
      break;
    default:
      break;
  }
}

function drawList(doc: PDFKit.PDFDocument, list: List, indent: number): void {
  list.children.forEach((item, index) => {
    const marker = list.ordered ? `${(list.start ?? 1) + index}.` : '•';
    const y = doc.y;
    doc.font('regular').fontSize(BODY_SIZE).fillColor(INK).text(marker, doc.page.margins.left + indent, y, { width: 16, lineBreak: false });
    doc.y = y;
    for (const child of item.children) drawBlock(doc, child, indent + 18);
  });
}

function drawRuns(doc: PDFKit.PDFDocument, parts: Run[], { x, width, size }: { x: number; width: number; size: number }): void {
  const visible = parts.filter((part) => part.text);
  if (!visible.length) return;
  doc.x = x;
  visible.forEach((part, index) => {
    const font = part.bold ? (part.italic ? 'boldItalic' : 'bold') : part.italic || part.code ? 'italic' : 'regular';
    doc
      .font(font)
      .fontSize(size)
      .fillColor(part.link ? LINK : INK)
      .text(part.text, index === 0 ? x : undefined, undefined, {
        width,
        lineGap: 2.5,
        continued: index < visible.length - 1,
        link: part.link ?? null,
        underline: Boolean(part.link),
      } as PDFKit.Mixins.TextOptions);
  });
  doc.fillColor(INK);
}

function runs(nodes: PhrasingContent[], style: Partial<Run> = {}): Run[] {
  const base: Run = { text: '', bold: false, italic: false, code: false, ...style };
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{ ...base, text: node.value }];
      case 'inlineCode':
        return [{ ...base, text: node.value, code: true }];
      case 'break':
        return [{ ...base, text: '\n' }];
      case 'emphasis':
        return runs(node.children, { ...base, italic: true });
      case 'strong':
        return runs(node.children, { ...base, bold: true });
      case 'link':
        return runs(node.children, { ...base, link: node.url });
      default:
        return 'children' in node ? runs(node.children as PhrasingContent[], base) : [];
    }
  });
}

function plain(nodes: PhrasingContent[]): string {
  return runs(nodes).map((run) => run.text).join('');
}

function drawFooters(doc: PDFKit.PDFDocument, t: Translate, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - A4_MARGIN + 14;
    const width = doc.page.width - A4_MARGIN * 2;
    doc.font('regular').fontSize(FOOTER_SIZE).fillColor('#666');
    doc.text(title, A4_MARGIN, y, { width: width * 0.7, lineBreak: false, ellipsis: true, height: FOOTER_SIZE * 1.5 });
    doc.text(t('footer.page', { page: index + 1, pages: range.count }), A4_MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
