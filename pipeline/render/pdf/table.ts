// GFM tables as tagged PDF tables: Table > TR > TH (scope Column) / TD, cells side by side in
// equal columns (from the right in right-to-left editions), a row never split across pages.
import type { Table } from 'mdast';
import { block, columnWidth, layoutBlock, newPage, pageBottom, MARGIN, type BlockStyle } from './page.js';
import { BODY, phrasing, type Walk } from './walk.js';

const PADDING = 4;

export function drawTable(table: Table, context: Walk): void {
  const { page } = context;
  const { doc, edition } = page;
  const element = doc.struct('Table', { lang: edition.language });
  context.parent.add(element);
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  const total = columnWidth(doc) - context.indent;
  const cellWidth = total / columns;
  const rtl = edition.direction === 'rtl';
  table.children.forEach((row, rowIndex) => {
    const header = rowIndex === 0;
    const cells = row.children.map((cell, index) => {
      const style: BlockStyle = {
        size: BODY - 1,
        after: 0,
        indent: context.indent,
        width: cellWidth - PADDING * 2,
        // From the inline-start edge: the first column is on the right in right-to-left editions.
        offset: index * cellWidth + PADDING,
      };
      const runs = phrasing(cell.children, context, header ? { bold: true } : {});
      return { runs, style, laid: layoutBlock(page, runs, style) };
    });
    const height = Math.max(BODY, ...cells.map((cell) => cell.laid.height)) + PADDING * 2;
    if (page.y + height > pageBottom(doc) && page.y > MARGIN) newPage(page);
    const tr = doc.struct('TR');
    element.add(tr);
    const top = page.y;
    for (const cell of cells) {
      page.y = top + PADDING;
      const type = header ? 'TH' : 'TD';
      if (cell.laid.lines.length) block(page, type, cell.runs, { ...cell.style, struct: header ? { scope: 'Column' } : undefined }, tr, cell.laid);
      else tr.add(doc.struct(type, (header ? { scope: 'Column' } : {}) as never, []));
    }
    tr.end();
    page.y = top + height;
    doc.markContent('Artifact', { type: 'Layout' } as never);
    const start = rtl ? MARGIN : MARGIN + context.indent;
    doc.save().lineWidth(header ? 0.8 : 0.4).strokeColor('#999').moveTo(start, page.y).lineTo(start + total, page.y).stroke().restore();
    doc.endMarkedContent();
  });
  element.end();
  page.y += 10;
}
