// Page furniture: the draft banner on page 1, the draft notice in the header of every later page,
// and the footer (title at the inline start, "Page n of N" at the inline end). Repeated furniture
// is tagged as Artifact; the first page's banner is real content.
import type { Translate } from '../ui.js';
import { extractionText } from './copy.js';
import { showRuns } from './glyphs.js';
import { fontOf } from './layout/faces.js';
import { layoutParagraph, type Line } from './layout/paragraph.js';
import { block, columnWidth, MARGIN, type Page } from './page.js';

/** The draft banner: a framed notice at the top of page 1, tagged as two paragraphs. */
export function drawBanner(page: Page, title: string, detail: string): void {
  const { doc } = page;
  const top = page.y;
  page.y += 8;
  block(page, 'P', [{ text: title, bold: true }], { size: 11, after: 2, indent: 8, width: columnWidth(doc) - 16 });
  block(page, 'P', [{ text: detail }], { size: 9.5, after: 0, indent: 8, width: columnWidth(doc) - 16 });
  page.y += 8;
  doc.markContent('Artifact', { type: 'Layout' } as never);
  doc.save().lineWidth(1.2).rect(MARGIN, top, columnWidth(doc), page.y - top).stroke('#d39e00').restore();
  doc.endMarkedContent();
  page.y += 14;
}

const FURNITURE = 8.5;

/** One line of furniture text, cut with an ellipsis when wider than `width`. */
function furnitureLine(page: Page, text: string, width: number): Line | undefined {
  const options = { width: 1e6, size: FURNITURE, direction: page.edition.direction, language: page.edition.language, stack: page.stack };
  const whole = layoutParagraph([{ text: text.replace(/\s+/g, ' ') }], options).lines[0];
  if (!whole || whole.width <= width) return whole;
  const graphemes = [...new Intl.Segmenter(page.edition.language, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  // Binary search for the longest prefix that fits with its ellipsis.
  let low = 0;
  let high = graphemes.length;
  let best: Line | undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const line = layoutParagraph([{ text: `${graphemes.slice(0, middle).join('').trimEnd()}…` }], options).lines[0];
    if (line && line.width <= width) {
      best = line;
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return best ?? layoutParagraph([{ text: '…' }], options).lines[0];
}

function drawFurniture(page: Page, line: Line, left: number, baseline: number): void {
  const { doc } = page;
  doc.fillColor('#666');
  doc.markContent('Span', { actual: extractionText(line.text, page.edition.direction === 'rtl') } as never);
  showRuns(doc, line.items.map((item) => ({ font: fontOf(item.face, item.variant), size: FURNITURE, x: left + item.x, baseline, glyphs: item.glyphs, text: item.logical })));
  doc.endMarkedContent();
}

/**
 * Footers on every page, and the draft notice in the header of every page after the first (page 1
 * has the banner), all as pagination artifacts.
 */
export function drawFurnitureOnPages(page: Page, t: Translate, title: string): void {
  const { doc, edition } = page;
  const range = doc.bufferedPageRange();
  const width = columnWidth(doc);
  const rtl = edition.direction === 'rtl';
  const notice = edition.status === 'draft' ? furnitureLine(page, t('draft.banner'), width) : undefined;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const baseline = doc.page.height - MARGIN + 12;
    const label = furnitureLine(page, t('footer.page', { page: index + 1, pages: range.count }), width * 0.3);
    const name = furnitureLine(page, title, width * 0.66);
    doc.markContent('Artifact', { type: 'Pagination', subtype: 'Footer' } as never);
    if (name) drawFurniture(page, name, rtl ? doc.page.width - MARGIN - name.width : MARGIN, baseline);
    if (label) drawFurniture(page, label, rtl ? MARGIN : doc.page.width - MARGIN - label.width, baseline);
    doc.endMarkedContent();
    if (notice && index > range.start) {
      doc.markContent('Artifact', { type: 'Pagination', subtype: 'Header' } as never);
      drawFurniture(page, notice, rtl ? doc.page.width - MARGIN - notice.width : MARGIN, MARGIN - 22);
      doc.endMarkedContent();
    }
  }
}
