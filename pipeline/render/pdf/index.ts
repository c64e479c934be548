// Edition → PDF bytes: A4, subset fonts embedded, tagged (PDF/UA structure: Document, H1 title,
// H2… body headings, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Link with its annotations, Note),
// reproducible. Text is shaped by HarfBuzz and laid out by layout/; pdfkit embeds fonts and
// writes the structure.
import { PDFDocument } from './pdfkit.js';
import type { Edition } from '../../edition.js';
import { EditionsError } from '../../errors.js';
import { formatDate, type Translate } from '../ui.js';
import { describeCharacter } from './coverage.js';
import type { Subsetter } from './font-subset.js';
import { fontsOf } from './glyphs.js';
import { drawBanner, drawFurnitureOnPages } from './furniture.js';
import { stackFor } from './layout/faces.js';
import { block, MARGIN, type Page } from './page.js';
import { drawNotes } from './notes.js';
import { BODY, blocks, walkContext } from './walk.js';

export interface PdfOptions {
  /** The document's creation date: from the statement or SOURCE_DATE_EPOCH, never "now". */
  creationDate: Date;
  /** Font stack override from the language's config (`fonts:`). */
  fonts?: string[];
  /** Where the fonts' subsets are made when not here: a render worker asks the build's thread. */
  subsetter?: Subsetter;
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
    // No default font: every glyph is drawn with Editions' own fonts (glyphs.ts), so pdfkit need
    // not read and parse Helvetica's metrics for each document.
    font: null,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.summary ?? meta.subtitle ?? meta.title,
      Keywords: keywords(edition),
      Creator: 'Editions',
      Producer: 'Editions (pdfkit, HarfBuzz)',
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

  const root = doc.struct('Document', { lang: edition.language });
  doc.addStructure(root);
  const page: Page = { doc, edition, stack: stackFor(edition.language, options.fonts), y: MARGIN, root, missing: new Set(), anchors: new Set() };
  drawFrontMatter(page, t);
  const context = walkContext(page, `source/${edition.slug}.md`);
  blocks(edition.tree.children, context);

  page.y += 10;
  block(page, 'P', [{ text: meta.author, bold: true }], { size: BODY, after: 0, keep: BODY * 3 });
  block(page, 'P', [{ text: meta.role }], { size: BODY, after: 0 });
  block(page, 'P', [{ text: meta.organization }], { size: BODY, after: 0 });
  drawNotes(context, t);

  if (page.missing.size) {
    const listed = [...page.missing].slice(0, 5).map(describeCharacter).join(', ');
    throw new EditionsError(`no font covers ${listed}; the PDF would show boxes, so it was not made`, { rule: 'no-glyph' });
  }
  drawFurnitureOnPages(page, t, meta.title);
  // Every glyph is drawn: the subsets can be made elsewhere while this thread takes its next task.
  const { subsetter } = options;
  if (subsetter) await Promise.all(fontsOf(doc).map((font) => font.prepare(subsetter)));
  root.end();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function drawFrontMatter(page: Page, t: Translate): void {
  const { edition } = page;
  const { meta } = edition;
  const date = formatDate(meta.date, edition.language);
  if (edition.status === 'draft') drawBanner(page, t('draft.banner'), t('draft.detail'));
  block(page, 'P', [{ text: meta.organization.toLocaleUpperCase(edition.language) }], { size: 9, color: '#555', after: 6 });
  page.doc.outline.addItem(meta.title);
  block(page, 'H1', [{ text: meta.title, bold: true }], { size: 20, after: 4 });
  if (meta.subtitle) block(page, 'P', [{ text: meta.subtitle }], { size: 13, after: 4 });
  block(page, 'P', [{ text: t('published', { date }) }], { size: 10, color: '#555', after: edition.status === 'approved' ? 2 : 14 });
  if (edition.status === 'approved') block(page, 'P', [{ text: t('released', { date }) }], { size: 10, color: '#555', after: 14 });
  if (meta.summary) block(page, 'P', [{ text: meta.summary, italic: true }], { size: 12, after: 12 });
}

/** Keywords from the statement: its organization, author and the words of its title that are names or acronyms. */
function keywords(edition: Edition): string {
  const { meta } = edition;
  const acronyms = [...new Set(`${meta.title} ${meta.subtitle ?? ''}`.match(/\b\p{Lu}{2,}\b|\b\d{4}\b/gu) ?? [])];
  return [meta.organization, meta.author, ...acronyms].filter(Boolean).join(', ');
}
