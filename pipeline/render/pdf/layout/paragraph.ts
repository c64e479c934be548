// A paragraph of styled runs → positioned lines, for any script: UAX #9 bidi (bidi-js), UAX #14 line
// breaks plus dictionary word breaks (breaks.ts) and the line-start prohibitions browsers apply, a
// font per character, HarfBuzz shaping per run. Pure: never touches pdfkit.
import bidiFactory from 'bidi-js';
import { breakOpportunities } from '../../breaks.js';
import { RTL_LETTER } from '../../../language.js';
import { assignFaces, fontOf, monoFace, type Face, type Variant } from './faces.js';
import { shape, type Glyph } from './shape.js';

const bidi = bidiFactory();

export interface StyledRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  /** An internal destination (footnotes): a named destination to go to. */
  goTo?: string;
  /** A named destination placed where this run is drawn (footnote references and notes). */
  anchor?: string;
  /** Struck through (GFM ~~strikethrough~~). */
  strike?: boolean;
  /** Code: set in the monospaced face where it has the characters. */
  mono?: boolean;
}

/** One piece of a line, drawn as one shaped run: same face, style and bidi level, never containing a space. */
export interface PlacedItem {
  /** The text in logical (reading) order, for ActualText and tests. */
  logical: string;
  /** HarfBuzz's glyphs for `logical` in visual order (font units). */
  glyphs: Glyph[];
  face: Face;
  variant: Variant;
  x: number;
  width: number;
  rtl: boolean;
  /** The index of the styled run this item comes from. */
  run: number;
  /** Offset of `logical` in the paragraph's text: sorting by it gives reading order. */
  start: number;
  link?: string;
  goTo?: string;
  anchor?: string;
  strike?: boolean;
}

export interface Line {
  items: PlacedItem[];
  width: number;
  /** Tallest face's leading × size: the line's height. */
  height: number;
  /** The line's text in logical order, spaces kept: what copying the line must give. */
  text: string;
}

export type Measure = (face: Face, variant: Variant, size: number, text: string) => number;

export interface ParagraphLayout {
  lines: Line[];
  missing: string[];
}

export interface LayoutOptions {
  width: number;
  size: number;
  direction: 'ltr' | 'rtl';
  language: string;
  stack: Face[];
  /** Widths of logical text; defaults to HarfBuzz shaping (tests pass a stand-in). */
  measure?: Measure;
}

/** Width by HarfBuzz, cached per (font, text, language) in shape.ts. */
export function shapedMeasure(language: string): Measure {
  return (face, variant, size, text) => {
    const font = fontOf(face, variant);
    return (shape(font, text, { language, rtl: startsRtl(text) }).width * size) / font.upem;
  };
}

const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** Whether a run's first letter is right-to-left (its shaping direction when measured alone). */
function startsRtl(text: string): boolean {
  for (const char of text) if (!NEUTRAL_SCRIPT.test(char)) return RTL_LETTER.test(char);
  return false;
}

type Levels = ReturnType<typeof bidi.getEmbeddingLevels> & { flat?: boolean };

/**
 * Characters that can make a left-to-right paragraph anything but level 0 throughout: the blocks
 * of bidi classes R, AL and AN (Hebrew to Arabic Extended, the presentation forms, and their
 * supplementary planes), RLM, and the explicit embeddings, overrides and isolates.
 */
const MAY_NEED_BIDI = /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufeff]|\ud802|\ud803|\ud83a|\ud83b/;

/**
 * UAX #9 embedding levels (bidi-js). A left-to-right paragraph with none of MAY_NEED_BIDI is
 * level 0 from end to end (its numbers and neutrals resolve to its own direction), so it skips
 * the algorithm: most editions are such paragraphs.
 */
function embeddingLevels(text: string, direction: 'ltr' | 'rtl'): Levels {
  if (direction === 'rtl' || MAY_NEED_BIDI.test(text)) return bidi.getEmbeddingLevels(text, direction);
  return { levels: new Uint8Array(text.length), paragraphs: [{ start: 0, end: text.length - 1, level: 0 }], flat: true };
}

/** Characters no line may start with, even after a space in the source (Thai ๆ, Indic dandas, …). */
const NO_LINE_START = /^[ๆ।॥၊။។៕፡።]/u;

export function layoutParagraph(runs: StyledRun[], options: LayoutOptions): ParagraphLayout {
  const pieces = runs.map((run) => ({ ...run, text: run.text.normalize('NFC') }));
  const text = pieces.map((run) => run.text).join('');
  if (!text.trim()) return { lines: [], missing: [] };
  const measure = options.measure ?? shapedMeasure(options.language);
  const runAt: number[] = [];
  pieces.forEach((run, index) => {
    for (let unit = 0; unit < run.text.length; unit++) runAt.push(index);
  });
  const { faces, missing } = assignFaces(text, options.stack);
  const mono = pieces.some((run) => run.mono) ? monoFace() : undefined;
  if (mono) for (let index = 0; index < text.length; index++) if (pieces[runAt[index]].mono && fontOf(mono).covers.has(text.codePointAt(index)!)) faces[index] = mono;
  const variantAt = (index: number): Variant => {
    const run = pieces[runAt[index]];
    return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
  };
  // Widths of logical stretches, measured per face and style; each stretch once (a word is asked
  // for by the break search, the line filling, and again with its trailing space).
  const measured = new Map<number, number>();
  const width = (start: number, end: number) => {
    const key = start * (text.length + 1) + end;
    let total = measured.get(key);
    if (total === undefined) measured.set(key, (total = measureStretch(start, end)));
    return total;
  };
  const measureStretch = (start: number, end: number) => {
    let total = 0;
    for (let from = start, index = start + 1; index <= end; index++) {
      if (index === end || faces[index] !== faces[from] || runAt[index] !== runAt[from]) {
        total += measure(faces[from], variantAt(from), options.size, text.slice(from, index));
        from = index;
      }
    }
    return total;
  };
  const context: LineContext = { text, levels: embeddingLevels(text, options.direction), faces, runAt, pieces, variantAt, options };
  const lines: Line[] = [];
  let lineStart = 0;
  let lineWidth = 0;
  let previous = 0;
  const push = (end: number) => {
    const line = placeLine(context, lineStart, end);
    if (line.items.length) lines.push(line);
    lineStart = end;
    lineWidth = 0;
  };
  for (const { position, required } of opportunities(text, options.language, options.width, width)) {
    const trimmed = text.slice(previous, position).replace(/\s+$/, '');
    if (lineWidth > 0 && lineWidth + width(previous, previous + trimmed.length) > options.width) push(previous);
    lineWidth += width(previous, position);
    previous = position;
    if (required && position < text.length) push(position);
  }
  if (lineStart < text.length) push(text.length);
  return { lines, missing };
}

/**
 * Break opportunities: UAX #14 and dictionary words (breaks.ts), minus a break before a character no
 * line may start with, plus emergency breaks between grapheme clusters inside a word wider than
 * the line (a 1,500-letter word, a long hash), so nothing passes the margin.
 */
function opportunities(text: string, language: string, lineWidth: number, width: (start: number, end: number) => number) {
  const result: { position: number; required: boolean }[] = [];
  let previous = 0;
  for (const opportunity of breakOpportunities(text, language)) {
    if (!opportunity.required && NO_LINE_START.test(text.slice(opportunity.position))) continue;
    const trimmedEnd = previous + text.slice(previous, opportunity.position).replace(/\s+$/, '').length;
    if (trimmedEnd > previous && width(previous, trimmedEnd) > lineWidth) {
      // Grapheme widths summed one by one: measuring ever longer prefixes would be quadratic.
      let chunkWidth = 0;
      for (const { index, segment } of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text.slice(previous, trimmedEnd))) {
        const at = previous + index;
        const graphemeWidth = width(at, at + segment.length);
        if (chunkWidth > 0 && chunkWidth + graphemeWidth > lineWidth) {
          result.push({ position: at, required: false });
          chunkWidth = 0;
        }
        chunkWidth += graphemeWidth;
      }
    }
    result.push(opportunity);
    previous = opportunity.position;
  }
  return result;
}

interface LineContext {
  text: string;
  levels: Levels;
  faces: Face[];
  runAt: number[];
  pieces: StyledRun[];
  variantAt: (index: number) => Variant;
  options: LayoutOptions;
}

function placeLine(context: LineContext, start: number, end: number): Line {
  const { text, levels, faces, runAt, pieces, variantAt, options } = context;
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  let first = start;
  // Code keeps its indentation; other lines start at their first visible character.
  const keepIndent = pieces[runAt[start]]?.mono;
  while (first < last && (keepIndent ? /[\n\r]/ : /\s/).test(text[first])) first++;
  if (first >= last) return { items: [], width: 0, height: 0, text: '' };

  // Visual order of the line's characters (UAX #9, rule L2).
  const order = Array.from({ length: last - first }, (_, offset) => first + offset);
  for (const [from, to] of levels.flat ? [] : bidi.getReorderSegments(text, levels, first, last - 1)) {
    const slice = order.slice(from - first, to - first + 1).reverse();
    order.splice(from - first, slice.length, ...slice);
  }
  // Visually adjacent characters that are logically adjacent, with the same face, style and level,
  // and no space between them, are shaped together.
  const groups: number[][] = [];
  for (const index of order) {
    const group = groups[groups.length - 1];
    const tail = group?.[group.length - 1];
    const together =
      tail !== undefined &&
      Math.abs(index - tail) === 1 &&
      faces[index] === faces[tail] &&
      runAt[index] === runAt[tail] &&
      levels.levels[index] === levels.levels[tail] &&
      !/\s/.test(text[index]) &&
      !/\s/.test(text[tail]);
    if (together) group.push(index);
    else groups.push([index]);
  }
  const items: PlacedItem[] = [];
  let x = 0;
  let height = 0;
  for (const group of groups) {
    const low = Math.min(group[0], group[group.length - 1]);
    const high = Math.max(group[0], group[group.length - 1]);
    const face = faces[low];
    const variant = variantAt(low);
    const logical = text.slice(low, high + 1);
    const rtl = (levels.levels[low] & 1) === 1;
    const font = fontOf(face, variant);
    // Spaces are drawn too (an invisible glyph), so text read in content order has its word spaces.
    const shaped = /[\n\r\t]/.test(logical) ? { glyphs: [], width: 0 } : shape(font, logical, { language: options.language, rtl });
    const itemWidth = shaped.glyphs.length && !options.measure ? (shaped.width * options.size) / font.upem : (options.measure ?? shapedMeasure(options.language))(face, variant, options.size, logical);
    const run = pieces[runAt[low]];
    items.push({ logical, glyphs: shaped.glyphs, face, variant, x, width: itemWidth, rtl, run: runAt[low], start: low, link: run.link, goTo: run.goTo, anchor: run.anchor, strike: run.strike });
    x += itemWidth;
    height = Math.max(height, face.leading * options.size);
  }
  return { items, width: x, height, text: text.slice(first, last) };
}
