// Drawing blocks on pdfkit pages: a block is laid out by layout/, split across pages without
// widows or orphans, and drawn line by line as tagged structure. Every line segment carries its
// logical text as ActualText, so copying gives the words in reading order in every script.
import type { Edition } from '../../edition.js';
import { textDirection } from '../../language.js';
import { extractionText } from './copy.js';
import { showGlyphs, showRuns } from './glyphs.js';
import { fontOf, type Face } from './layout/faces.js';
import { layoutParagraph, type Line, type PlacedItem, type StyledRun } from './layout/paragraph.js';

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
  y: number;
  root: StructElement;
  /** The structure element whose marked content is open, so a page break can close and reopen it. */
  open?: { element: StructElement; type: string };
  missing: Set<string>;
  /** Named destinations already placed (a footnote's reference, its note). */
  anchors: Set<string>;
  /** Blocks laid out ahead (a heading measures the paragraph it keeps with), taken when drawn. */
  ahead?: Map<string, LaidBlock>;
}

export interface BlockStyle {
  size: number;
  color?: string;
  after: number;
  indent?: number;
  /** Space the next block's first lines need on the same page (keep-with-next for headings). */
  keep?: number;
  /** Width of the block, when narrower than the text column (table cells). */
  width?: number;
  /** Inline-start offset from the column's start edge, for table cells. */
  offset?: number;
  /** Extra options of the structure element (a header cell's scope). */
  struct?: Record<string, unknown>;
}

export interface LaidBlock {
  lines: Line[];
  direction: 'ltr' | 'rtl';
  height: number;
}

export const pageBottom = (doc: Doc) => doc.page.height - MARGIN - FOOTER_SPACE;
export const columnWidth = (doc: Doc) => doc.page.width - MARGIN * 2;

/**
 * Lay out a block's runs at its width, without drawing. `ahead`: the block is measured before it is
 * drawn (keep-with-next), so its layout is kept for the one call that draws it.
 */
export function layoutBlock(page: Page, runs: StyledRun[], style: BlockStyle, ahead = false): LaidBlock {
  const logical = runs.map((run) => run.text).join('');
  const direction = textDirection(logical, page.edition.direction);
  const width = style.width ?? columnWidth(page.doc) - (style.indent ?? 0);
  const key = ahead || page.ahead?.size ? `${width}|${style.size}|${direction}|${JSON.stringify(runs)}` : '';
  const kept = key ? page.ahead?.get(key) : undefined;
  if (kept) {
    page.ahead!.delete(key);
    return kept;
  }
  const layout = layoutParagraph(runs, { width, size: style.size, direction, language: page.edition.language, stack: page.stack });
  layout.missing.forEach((char) => page.missing.add(char));
  const laid: LaidBlock = { lines: layout.lines, direction, height: layout.lines.reduce((sum, line) => sum + line.height, 0) };
  if (ahead) (page.ahead ??= new Map()).set(key, laid);
  return laid;
}

/** Height of the first `count` lines of a block: what keep-with-next reserves. */
export const firstLines = (laid: LaidBlock, count = 2) => laid.lines.slice(0, count).reduce((sum, line) => sum + line.height, 0);

/**
 * Lay out and draw one block as a structure element of `type` under `parent`. Lines are split
 * across pages so that no page holds a single line of the block alone (no orphan at the bottom,
 * no widow at the top) when the block has more than one line.
 */
export function block(page: Page, type: string, runs: StyledRun[], style: BlockStyle, parent: StructElement = page.root, laid = layoutBlock(page, runs, style)): void {
  const { doc, edition } = page;
  const { lines, direction } = laid;
  if (!lines.length) return;
  if (style.keep !== undefined && page.y + laid.height + style.after + style.keep > pageBottom(doc) && page.y > MARGIN) newPage(page);
  const element = doc.struct(type, { lang: edition.language, ...style.struct });
  // PDF/UA: a Note carries an ID (pdfkit has no option for it).
  if (typeof style.struct?.id === 'string') (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.ID = new String(style.struct.id);
  parent.add(element);
  open(page, element, type);
  let index = 0;
  while (index < lines.length) {
    const take = linesForPage(page, lines, index);
    for (const line of lines.slice(index, index + take)) {
      drawLine(page, line, style, direction, element, type);
      page.y += line.height;
    }
    index += take;
    if (index < lines.length) newPage(page);
  }
  close(page);
  element.end();
  page.y += style.after;
}

/** How many of `lines` from `start` go on this page: all that fit, minus what widow/orphan rules forbid. */
function linesForPage(page: Page, lines: Line[], start: number): number {
  const room = pageBottom(page.doc) - page.y;
  let fit = 0;
  for (let height = 0; start + fit < lines.length && height + lines[start + fit].height <= room + 0.01; fit++) height += lines[start + fit].height;
  const remaining = lines.length - start;
  if (fit >= remaining) return remaining;
  let take = fit;
  if (remaining - take < 2) take = remaining - 2;
  if (take < 2) take = 0;
  // At the top of a page nothing better is possible: draw what fits (at least one line).
  if (take === 0 && page.y <= MARGIN + 0.01) take = Math.max(1, fit);
  return take;
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

export function newPage(page: Page): void {
  const reopen = page.open;
  close(page);
  page.doc.addPage();
  page.y = MARGIN;
  if (reopen) open(page, reopen.element, reopen.type);
}

/** The baseline of a line whose top is at `top`. */
const baselineOf = (top: number, line: Line, size: number) => top + (line.height - size) / 2 + size * 0.88;

/**
 * Draw a line. Its items are grouped into logical segments by link: plain text stays in the open
 * block's marked content, a link gets a Link element holding its content and its annotation.
 * Each segment carries its logical text as ActualText.
 */
function drawLine(page: Page, line: Line, style: BlockStyle, direction: 'ltr' | 'rtl', element: StructElement, type: string): void {
  const { doc } = page;
  // The block's box is inset from the edition's inline-start edge (the right margin in a
  // right-to-left edition); the line sits at the start of the box in its own direction.
  const inset = (style.indent ?? 0) + (style.offset ?? 0);
  const width = style.width ?? columnWidth(doc) - (style.indent ?? 0);
  const box = page.edition.direction === 'rtl' ? doc.page.width - MARGIN - inset - width : MARGIN + inset;
  const left = direction === 'rtl' ? box + width - line.width : box;
  const baseline = baselineOf(page.y, line, style.size);
  for (const segment of segments(line)) {
    const target = segment[0].link ?? segment[0].goTo;
    const actual = segment.map((item) => item.logical).join('');
    const anchor = segment.find((item) => item.anchor)?.anchor;
    if (anchor && !page.anchors.has(anchor)) {
      page.anchors.add(anchor);
      doc.addNamedDestination(anchor, 'XYZ', left + Math.min(...segment.map((item) => item.x)), page.y, null);
    }
    const drawItems = () => {
      const replace = needsActualText(segment);
      if (replace) doc.markContent('Span', { actual: extractionText(actual, page.edition.direction === 'rtl') } as never);
      showItems(page, segment, left, baseline, style);
      if (replace) doc.endMarkedContent();
    };
    if (!target || !page.open) {
      drawItems();
      continue;
    }
    const x = left + Math.min(...segment.map((item) => item.x));
    const right = left + Math.max(...segment.map((item) => item.x + item.width));
    close(page);
    const link = doc.struct('Link');
    element.add(link);
    link.add(doc.markStructureContent('Link'));
    drawItems();
    doc.endMarkedContent();
    const rect: [number, number, number, number] = [x, page.y, right - x, line.height];
    const options = { structParent: link, Contents: new String(actual.trim()) } as never;
    if (segment[0].link) doc.link(...rect, segment[0].link, options);
    else doc.goTo(...rect, segment[0].goTo!, options);
    link.end();
    open(page, element, type);
  }
}

/**
 * Scripts whose glyphs do not map back to their characters one by one, in order: right-to-left
 * text, combining marks, and the scripts HarfBuzz reorders or ligates (Indic, Southeast Asian).
 * Their lines carry ActualText; elsewhere (Latin, Cyrillic, Greek, CJK, …) each glyph's own
 * Unicode mapping is exact and ActualText would only double the file's text.
 */
const COMPLEX = /[\p{M}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

const needsActualText = (segment: PlacedItem[]) => segment.some((item) => item.rtl || COMPLEX.test(item.logical) || item.glyphs.length !== [...item.logical].length);

/**
 * Consecutive items (in logical order) that share a link target, with the spaces between them:
 * one marked-content segment each. A line without links is one segment.
 */
function segments(line: Line): PlacedItem[][] {
  const logical = [...line.items].sort((a, b) => a.start - b.start);
  const result: PlacedItem[][] = [];
  for (const item of logical) {
    const current = result[result.length - 1];
    const key = (candidate: PlacedItem) => `${candidate.link ?? ''}|${candidate.goTo ?? ''}`;
    if (current && key(current[current.length - 1]) === key(item)) current.push(item);
    else result.push([item]);
  }
  return result;
}

function showItems(page: Page, items: PlacedItem[], left: number, baseline: number, style: BlockStyle): void {
  const { doc } = page;
  const color = (item: PlacedItem) => (item.link || item.goTo ? LINK : (style.color ?? INK));
  showRuns(doc, items.map((item) => ({ font: fontOf(item.face, item.variant), size: style.size, x: left + item.x, baseline, glyphs: item.glyphs, text: item.logical, color: color(item) })));
  // Underlined links and struck-through text: decoration of the words they belong to.
  for (const item of items.filter((candidate) => (candidate.link || candidate.strike) && candidate.glyphs.length)) {
    const y = item.strike ? baseline - style.size * 0.28 : baseline + 1.5;
    doc.save().lineWidth(0.5).strokeColor(color(item)).moveTo(left + item.x, y).lineTo(left + item.x + item.width, y).stroke().restore();
  }
}

/**
 * A list marker ("•", "1.") as a Lbl element under `item`, drawn as one left-to-right run in the
 * inline-start margin beside the first line of `body` (which must start on this page: see roomFor).
 */
export function drawMarker(page: Page, marker: string, style: BlockStyle, body: LaidBlock, item: StructElement): void {
  const { doc, edition } = page;
  const layout = layoutParagraph([{ text: marker }], { width: 60, size: style.size, direction: 'ltr', language: edition.language, stack: page.stack });
  const markerLine = layout.lines[0];
  const first = body.lines[0];
  if (!markerLine || !first) return;
  const indent = style.indent ?? 0;
  const x = edition.direction === 'rtl' ? doc.page.width - MARGIN - indent + 6 : MARGIN + indent - 6 - markerLine.width;
  const baseline = baselineOf(page.y, first, style.size);
  const label = doc.struct('Lbl', { lang: edition.language });
  item.add(label);
  label.add(doc.markStructureContent('Lbl'));
  doc.markContent('Span', { actual: marker } as never);
  doc.fillColor(INK);
  for (const placed of markerLine.items) if (placed.glyphs.length) showGlyphs(doc, fontOf(placed.face, placed.variant), style.size, x + placed.x, baseline, placed.glyphs, placed.logical);
  doc.endMarkedContent();
  doc.endMarkedContent();
  label.end();
}

/** Start a new page unless the block's first lines may go on this one (so a marker can sit beside them). */
export function roomFor(page: Page, laid: LaidBlock): void {
  if (laid.lines.length && linesForPage(page, laid.lines, 0) === 0) newPage(page);
}
