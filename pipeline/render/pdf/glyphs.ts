// Drawing HarfBuzz's glyphs with pdfkit: Editions writes the glyph codes and positions itself (one
// TJ per run), so what is drawn is exactly what was shaped, and embeds the fonts itself (embed.ts);
// pdfkit writes the document around them.
import { DocumentFont } from './embed.js';
import type { Glyph, LoadedFont } from './layout/shape.js';

type Doc = PDFKit.PDFDocument;

/** The fonts of each document, by file; pdfkit finalizes them with its own (they sit in its font table). */
const documentFonts = new WeakMap<Doc, Map<string, DocumentFont>>();

/** Every font the document has drawn with. */
export const fontsOf = (doc: Doc): DocumentFont[] => [...(documentFonts.get(doc)?.values() ?? [])];

/** The document's font for `font` (made on first use), listed in the current page's resources. */
function embedded(doc: Doc, font: LoadedFont): DocumentFont {
  const pdf = doc as unknown as { _fontFamilies: Record<string, unknown>; page: { fonts: Record<string, unknown> } };
  let fonts = documentFonts.get(doc);
  if (!fonts) documentFonts.set(doc, (fonts = new Map()));
  let result = fonts.get(font.spec);
  if (!result) {
    result = new DocumentFont(doc, font, `F${fonts.size + 1}`);
    fonts.set(font.spec, result);
    pdf._fontFamilies[`editions:${font.spec}`] = result;
  }
  pdf.page.fonts[result.id] ??= result.ref();
  return result;
}

const number = (value: number) => (Math.round(value * 100) / 100).toString();
const hex = (value: number) => value.toString(16).padStart(4, '0');

/**
 * The characters each glyph stands for, as character offsets into `text`: a glyph that is the
 * nominal glyph of one of its cluster's characters stands for that character; the cluster's first
 * remaining glyph stands for whatever is left (ligatures, conjuncts); other glyphs for nothing.
 */
function glyphChars(font: LoadedFont, glyphs: Glyph[], text: string): number[][] {
  const byCluster = new Map<number, number[]>();
  glyphs.forEach((glyph, at) => {
    const members = byCluster.get(glyph.cluster);
    if (members) members.push(at);
    else byCluster.set(glyph.cluster, [at]);
  });
  const clusters = [...byCluster.keys()].sort((a, b) => a - b);
  const result: number[][] = glyphs.map(() => []);
  clusters.forEach((cluster, index) => {
    const end = clusters[index + 1] ?? text.length;
    const members = byCluster.get(cluster)!;
    const free: number[] = [];
    for (let offset = cluster; offset < end; offset += text.codePointAt(offset)! > 0xffff ? 2 : 1) free.push(offset);
    if (members.length > 1) {
      for (const at of members) {
        const match = free.findIndex((offset) => font.hbFont.glyph(text.codePointAt(offset)!) === glyphs[at].id);
        if (match >= 0) result[at] = free.splice(match, 1);
      }
    }
    const lead = members.find((at) => !result[at].length) ?? members[0];
    result[lead] = result[lead].length ? [...result[lead], ...free].sort((a, b) => a - b) : free;
  });
  return result;
}

/** What drawing a shaped run needs beyond its glyphs; the same for every document that draws it. */
interface RunPlan {
  /** Glyph indices in reading order (by the first character each stands for). */
  order: number[];
  /** Each glyph's pen offset from the run's start (advances before it plus its own dx), font units. */
  offsets: number[];
  /** The code points each glyph stands for (ToUnicode). */
  chars: number[][];
}

/** Plans by glyph array: shaped runs are cached per font and text (shape.ts), so their plans are too. */
const plans = new WeakMap<Glyph[], RunPlan>();

function planRun(font: LoadedFont, glyphs: Glyph[], text: string): RunPlan {
  let plan = plans.get(glyphs);
  if (plan) return plan;
  const chars = glyphChars(font, glyphs, text);
  const offsets: number[] = [];
  let advance = 0;
  for (const glyph of glyphs) {
    offsets.push(advance + glyph.dx);
    advance += glyph.advance;
  }
  const first = (index: number) => chars[index][0] ?? glyphs[index].cluster;
  const order = glyphs.map((_, index) => index).sort((a, b) => first(a) - first(b) || a - b);
  plan = { order, offsets, chars: chars.map((offsets) => offsets.map((offset) => text.codePointAt(offset)!)) };
  plans.set(glyphs, plan);
  return plan;
}

/** One shaped run to show: glyphs in visual order from `x` on the baseline `baseline` (pdfkit's top-down page units). */
export interface GlyphRun {
  font: LoadedFont;
  size: number;
  x: number;
  baseline: number;
  glyphs: Glyph[];
  /** The run's text, for the font's ToUnicode map. */
  text: string;
  color?: string;
}

/**
 * Show runs in one text object (BT…ET): Tf when the font changes, Tm when the baseline changes,
 * otherwise one TJ whose adjustments place every glyph where HarfBuzz put it. Glyphs are written in
 * reading order (by the characters they stand for), so tools that read glyphs in content order
 * (pdfinfo -struct-text) get logical text.
 */
export function showRuns(doc: Doc, runs: GlyphRun[]): void {
  const ops: string[] = ['BT'];
  let parts: string[] = [];
  let codes: string[] = [];
  let font: DocumentFont | undefined;
  let size = 0;
  let baseline = Number.NaN;
  let pen = 0;
  let rise = 0;
  let color: string | undefined;
  const flushCodes = () => {
    if (codes.length) parts.push(`<${codes.join('')}>`);
    codes = [];
  };
  const flush = () => {
    flushCodes();
    if (parts.length) ops.push(`[${parts.join(' ')}] TJ`);
    parts = [];
  };
  for (const run of runs) {
    if (!run.glyphs.length) continue;
    const pdfFont = embedded(doc, run.font);
    if (run.color && run.color !== color) {
      flush();
      doc.addContent(ops.splice(0).join('\n'));
      doc.fillColor(run.color);
      color = run.color;
    }
    if (pdfFont !== font || run.size !== size) {
      flush();
      ops.push(`/${pdfFont.id} ${number(run.size)} Tf`);
      font = pdfFont;
      size = run.size;
    }
    const scale = run.size / run.font.upem;
    const plan = planRun(run.font, run.glyphs, run.text);
    for (const index of plan.order) {
      const glyph = run.glyphs[index];
      const x = run.x + plan.offsets[index] * scale;
      const code = pdfFont.code(glyph.id, plan.chars[index]);
      const width = run.font.advance(glyph.id);
      const dy = glyph.dy * scale;
      if (!(Math.abs(run.baseline - baseline) <= 0.001)) {
        flush();
        ops.push(`1 0 0 -1 ${number(x)} ${number(run.baseline)} Tm`);
        baseline = run.baseline;
        pen = x;
      }
      if (Math.abs(dy - rise) > 0.005) {
        flush();
        ops.push(`${number(dy)} Ts`);
        rise = dy;
      }
      const move = ((pen - x) * 1000) / run.size;
      if (Math.abs(move) >= 0.005) {
        flushCodes();
        parts.push(number(move));
      }
      codes.push(hex(code));
      pen = x + width * scale;
    }
  }
  flush();
  if (rise) ops.push('0 Ts');
  ops.push('ET');
  doc.addContent(ops.join('\n'));
}

/** Show one run (see showRuns). */
export function showGlyphs(doc: Doc, font: LoadedFont, size: number, x: number, baseline: number, glyphs: Glyph[], text: string): void {
  showRuns(doc, [{ font, size, x, baseline, glyphs, text }]);
}
