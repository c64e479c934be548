// Drawing on pdfkit pages: fonts registered on first use, blocks laid out by layout/ and drawn
// line by line as tagged structure, page breaks that close and reopen marked content.
import type { Edition } from '../../edition.js';
import { textDirection } from '../../language.js';
import { findFont } from './fonts.js';
import { coverageFont, variantFile, type Face, type Variant } from './layout/faces.js';
import { layoutParagraph, type Line, type Measure, type PlacedItem, type StyledRun } from './layout/paragraph.js';

export type Doc = PDFKit.PDFDocument;
export type StructElement = ReturnType<Doc['struct']>;

export const MARGIN = 64;
const FOOTER_SPACE = 22;
export const INK = '#1a1a1a';
const LINK = '#0645ad';

export interface Page {
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

/** Widths from pdfkit itself, so measuring and drawing agree; cached per face, size and text. */
export function measurer(doc: Doc): Measure {
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
export function useFont(doc: Doc, face: Face, variant: Variant): Doc {
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

export interface BlockStyle {
  size: number;
  color?: string;
  after: number;
  indent?: number;
  /** A marker drawn in the inline-start margin (list bullets and numbers). */
  marker?: string;
}

/** Lay out and draw one block as a structure element of `type` under `parent`. */
export function block(page: Page, type: string, runs: StyledRun[], style: BlockStyle, parent: StructElement = page.root): void {
  const { doc, edition } = page;
  const indent = style.indent ?? 0;
  const width = doc.page.width - MARGIN * 2 - indent;
  const logical = runs.map((run) => run.text).join('');
  const direction = textDirection(logical, edition.direction);
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


