// Drawing HarfBuzz's glyphs with pdfkit: pdfkit embeds and subsets the font, Editions writes the
// glyph ids and positions itself (one TJ per run), so what is drawn is exactly what was shaped.
// The fontkit font behind each file is parsed once per process and shared by every document.
import * as fontkit from 'fontkit';
import type { Glyph, LoadedFont } from './layout/shape.js';

type Doc = PDFKit.PDFDocument;

/** The parts of pdfkit's EmbeddedFont this module uses (pdfkit does not export the class). */
interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

const parsed = new Map<string, fontkit.Font>();

function fontkitFont(font: LoadedFont): fontkit.Font {
  let result = parsed.get(font.spec);
  if (!result) {
    const postscript = font.spec.split('#')[1];
    const created = fontkit.create(Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength), postscript) as fontkit.Font | fontkit.FontCollection;
    result = ('fonts' in created ? created.fonts[font.index] : created) as fontkit.Font;
    parsed.set(font.spec, result);
  }
  return result;
}

/** pdfkit's embedded font for `font` in this document (created on first use, keyed by file). */
function embedded(doc: Doc, font: LoadedFont): EmbeddedFont {
  const pdf = doc as unknown as { font(src: unknown, family: string): Doc; _font: EmbeddedFont; page: { fonts: Record<string, unknown> } };
  pdf.font(fontkitFont(font), font.spec);
  const result = pdf._font;
  pdf.page.fonts[result.id] ??= result.ref();
  return result;
}

const number = (value: number) => (Math.round(value * 100) / 100).toString();
const hex = (value: number) => value.toString(16).padStart(4, '0');

/**
 * Show `glyphs` (visual order) at `x` on the baseline `baseline` (pdfkit's top-down page units).
 * `text` is what the run says, for the font's ToUnicode map; copied text comes from ActualText.
 */
export function showGlyphs(doc: Doc, font: LoadedFont, size: number, x: number, baseline: number, glyphs: Glyph[], text: string): void {
  if (!glyphs.length) return;
  const pdfFont = embedded(doc, font);
  const toThousandths = 1000 / font.upem;
  const parts: string[] = [];
  let codes: string[] = [];
  let pending = 0;
  let rise = 0;
  const flush = () => {
    if (codes.length) parts.push(`<${codes.join('')}>`);
    codes = [];
  };
  const adjust = (amount: number) => {
    if (Math.abs(amount) < 0.005) return;
    flush();
    parts.push(number(amount));
  };
  const ops: string[] = [`BT`, `/${pdfFont.id} ${number(size)} Tf`, `1 0 0 -1 ${number(x)} ${number(baseline)} Tm`];
  glyphs.forEach((glyph, index) => {
    const gid = pdfFont.subset.includeGlyph(glyph.id);
    const width = font.advance(glyph.id);
    pdfFont.widths[gid] ??= width * toThousandths;
    if (pdfFont.unicode[gid] == null) {
      const next = glyphs.reduce((end, other) => (other.cluster > glyph.cluster && other.cluster < end ? other.cluster : end), text.length);
      const first = glyphs.findIndex((other) => other.cluster === glyph.cluster) === index;
      pdfFont.unicode[gid] = first ? [...text.slice(glyph.cluster, Math.max(next, glyph.cluster + 1))].map((char) => char.codePointAt(0)!) : [];
    }
    const dy = glyph.dy * toThousandths * (size / 1000);
    if (Math.abs(dy - rise) > 0.005) {
      adjust(pending);
      pending = 0;
      flush();
      if (parts.length) ops.push(`[${parts.join(' ')}] TJ`);
      ops.push(`${number(dy)} Ts`);
      parts.length = 0;
      rise = dy;
    }
    adjust(pending - glyph.dx * toThousandths);
    codes.push(hex(gid));
    pending = (glyph.dx + width - glyph.advance) * toThousandths;
  });
  flush();
  ops.push(`[${parts.join(' ')}] TJ`);
  if (rise) ops.push('0 Ts');
  ops.push('ET');
  doc.addContent(ops.join('\n'));
}
