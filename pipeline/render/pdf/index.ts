// Edition → PDF bytes: A4, subset fonts embedded, tagged (Document/H1/H2/P/L/LI/Link), reproducible.
// Text is laid out by layout/ (bidi, line breaks, font stack); pdfkit only draws positioned pieces.
import PDFDocument from 'pdfkit';
import type { List, PhrasingContent, RootContent } from 'mdast';
import type { Edition } from '../../edition.js';
import { EditionsError } from '../../errors.js';
import { formatDate, type Translate } from '../ui.js';
import { findFont } from './fonts.js';
import { coverageFont, stackFor, variantFile, type Face, type Variant } from './layout/faces.js';
import { layoutParagraph, type Line, type Measure, type PlacedItem, type StyledRun } from './layout/paragraph.js';

export interface PdfOptions {
  /** The document's creation date: from the statement or SOURCE_DATE_EPOCH, never "now". */
  creationDate: Date;
  /** Font stack override from the language's config (`fonts:`). */
  fonts?: string[];
}

type Doc = PDFKit.PDFDocument;
type StructElement = ReturnType<Doc['struct']>;

const MARGIN = 64;
const FOOTER_SPACE = 22;
const BODY = 11;
const INK = '#1a1a1a';
const LINK = '#0645ad';

interface Page {
  doc: Doc;
  edition: Edition;
  stack: Face[];
  measure: Measure;
  y: number;
  root: StructElement;
  /** The structure element whose marked content is open, so a page break can close and reopen it. */
  open?: { element: StructElement; type: string };
  missing: Set<string>;
}

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

/** Widths from pdfkit itself, so measuring and drawing agree; cached per face, size and text. */
function measurer(doc: Doc): Measure {
  const cache = new Map<string, number>();
  return (face, variant, size, text) => {
    const key = `${face.id}|${variant}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = useFont(doc, face, variant).fontSize(size).widthOfString(text);
      cache.set(key, width);
    }
    return width;
  };
}

const registered = new WeakMap<Doc, Set<string>>();

/** Select a face's variant, registering its file on first use (a .ttc member by PostScript name). */
function useFont(doc: Doc, face: Face, variant: Variant): Doc {
  const file = variantFile(face, variant);
  const name = `${face.id}-${file}`;
  let names = registered.get(doc);
  if (!names) registered.set(doc, (names = new Set()));
  if (!names.has(name)) {
    const [path, postscript] = file.split('#');
    doc.registerFont(name, findFont(path), postscript);
    names.add(name);
  }
  return doc.font(name);
}

interface BlockStyle {
  size: number;
  color?: string;
  after: number;
  indent?: number;
  /** A marker drawn in the inline-start margin (list bullets and numbers). */
  marker?: string;
}

/** Lay out and draw one block as a structure element of `type` under `parent`. */
function block(page: Page, type: string, runs: StyledRun[], style: BlockStyle, parent: StructElement = page.root): void {
  const { doc, edition } = page;
  const indent = style.indent ?? 0;
  const width = doc.page.width - MARGIN * 2 - indent;
  const logical = runs.map((run) => run.text).join('');
  const direction = paragraphDirection(logical, edition.direction);
  const layout = layoutParagraph(runs, { width, size: style.size, direction, language: edition.language, stack: page.stack, measure: page.measure });
  layout.missing.forEach((char) => page.missing.add(char));
  if (!layout.lines.length) return;
  // Right-to-left text extracts in reading order only from ActualText on the structure element.
  const element = doc.struct(type, { lang: edition.language, ...(direction === 'rtl' ? { actual: logical.normalize('NFC') } : {}) });
  parent.add(element);
  open(page, element, type);
  layout.lines.forEach((line, index) => {
    if (page.y + line.height > doc.page.height - MARGIN - FOOTER_SPACE) newPage(page);
    if (index === 0 && style.marker) drawMarker(page, style.marker, style.size, indent, line, direction);
    drawLine(page, line, style, indent, direction);
    page.y += line.height;
  });
  close(page);
  element.end();
  page.y += style.after;
}

function open(page: Page, element: StructElement, type: string): void {
  element.add(page.doc.markStructureContent(type));
  page.open = { element, type };
}

function close(page: Page): void {
  if (!page.open) return;
  page.doc.endMarkedContent();
  page.open = undefined;
}

function newPage(page: Page): void {
  const reopen = page.open;
  close(page);
  page.doc.addPage();
  page.y = MARGIN;
  if (reopen) open(page, reopen.element, reopen.type);
}

/** Scripts whose glyphs do not map back to characters one to one: copy-paste needs ActualText. */
const CLUSTERED = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Draw a line's pieces left to right; RTL lines hang from the right margin. */
function drawLine(page: Page, line: Line, style: BlockStyle, indent: number, direction: 'ltr' | 'rtl'): void {
  const { doc } = page;
  const left = direction === 'rtl' ? doc.page.width - MARGIN - indent - line.width : MARGIN + indent;
  const baseline = page.y + (line.height - style.size) / 2 + style.size * 0.9;
  const draw = (item: PlacedItem) => {
    const font = coverageFont(item.face);
    useFont(doc, item.face, item.variant)
      .fontSize(style.size)
      .fillColor(item.link ? LINK : (style.color ?? INK))
      .text(item.draw, left + item.x, baseline - (font.ascent / font.unitsPerEm) * style.size, { lineBreak: false, link: item.link ?? null, underline: Boolean(item.link) } as PDFKit.Mixins.TextOptions);
  };
  const items = line.items;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.link && page.open) {
      drawLink(page, () => draw(item));
    } else if (direction === 'ltr' && CLUSTERED.test(item.logical)) {
      // One ActualText span per stretch of the line up to the next link makes copied text exact.
      let end = index + 1;
      while (end < items.length && !items[end].link) end++;
      doc.markContent('Span', { actual: items.slice(index, end).map((part) => part.logical).join('').trimEnd() } as never);
      items.slice(index, end).forEach((part) => part.draw.trim() && draw(part));
      doc.endMarkedContent();
      index = end - 1;
    } else if (item.mirrored) {
      // A bracket in right-to-left text: draw its own glyph flipped, so copied text keeps "(".
      doc.save().transform(-1, 0, 0, 1, 2 * (left + item.x) + item.width, 0);
      draw(item);
      doc.restore();
    } else if (item.draw.trim()) {
      draw(item);
    }
  }
}

/** A link is its own structure element inside the paragraph. */
function drawLink(page: Page, draw: () => void): void {
  const { doc } = page;
  const parent = page.open!;
  close(page);
  const link = doc.struct('Link');
  parent.element.add(link);
  link.add(doc.markStructureContent('Link'));
  draw();
  doc.endMarkedContent();
  link.end();
  open(page, parent.element, parent.type);
}

function drawMarker(page: Page, marker: string, size: number, indent: number, line: Line, direction: 'ltr' | 'rtl'): void {
  const { doc, edition } = page;
  const layout = layoutParagraph([{ text: marker }], { width: 40, size, direction, language: edition.language, stack: page.stack, measure: page.measure });
  const item = layout.lines[0]?.items[0];
  if (!item) return;
  const font = coverageFont(item.face);
  const baseline = page.y + (line.height - size) / 2 + size * 0.9;
  const x = direction === 'rtl' ? doc.page.width - MARGIN - indent + 6 : MARGIN + indent - 6 - item.width;
  doc.markContent('Lbl');
  useFont(doc, item.face, item.variant).fontSize(size).fillColor(INK).text(item.draw, x, baseline - (font.ascent / font.unitsPerEm) * size, { lineBreak: false });
  doc.endMarkedContent();
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

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG = /[\p{L}]/u;

/** A paragraph's own direction, as HTML's dir="auto": its first strong letter decides. */
export function paragraphDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const char of text) {
    if (STRONG.test(char)) return STRONG_RTL.test(char) ? 'rtl' : 'ltr';
  }
  return fallback;
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
