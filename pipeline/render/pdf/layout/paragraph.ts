// A paragraph of styled runs → positioned lines, for any script: UAX #9 bidi (bidi-js), UAX #14 line
// breaks plus dictionary word breaks (wrap.ts), a font per character, mirroring. Pure: the caller
// supplies `measure`, so this module never touches pdfkit.
import bidiFactory from 'bidi-js';
import { breakOpportunities } from '../../wrap.js';
import { RTL_LETTER } from '../../../language.js';
import { assignFaces, type Face, type Variant } from './faces.js';

const bidi = bidiFactory();

export interface StyledRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

/** One piece of a line, drawn as a unit: same face, style and direction, never containing a space. */
export interface PlacedItem {
  /** What to hand to the drawing call: visual order as the shaper will lay it out. */
  draw: string;
  /** The same text in logical (reading) order, for ActualText and tests. */
  logical: string;
  face: Face;
  variant: Variant;
  x: number;
  width: number;
  rtl: boolean;
  /** A bracket in right-to-left text: shown mirrored (drawn flipped), so it reads as its partner. */
  mirrored: boolean;
  link?: string;
}

export interface Line {
  items: PlacedItem[];
  width: number;
  /** Tallest face's leading × size: the line's height. */
  height: number;
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
  measure: Measure;
}

const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** Whether fontkit will shape `text` right-to-left: it decides by the first character of a real script. */
export function shaperReverses(text: string): boolean {
  for (const char of text) {
    if (NEUTRAL_SCRIPT.test(char)) continue;
    return RTL_LETTER.test(char);
  }
  return false;
}

const reverse = (text: string) => [...text].reverse().join('');

export function layoutParagraph(runs: StyledRun[], options: LayoutOptions): ParagraphLayout {
  const pieces = runs.map((run) => ({ ...run, text: run.text.normalize('NFC') }));
  const text = pieces.map((run) => run.text).join('');
  if (!text.trim()) return { lines: [], missing: [] };
  const runAt: number[] = [];
  pieces.forEach((run, index) => {
    for (let unit = 0; unit < run.text.length; unit++) runAt.push(index);
  });
  const { faces, missing } = assignFaces(text, options.stack);
  const levels = bidi.getEmbeddingLevels(text, options.direction);
  const variantAt = (index: number): Variant => {
    const run = pieces[runAt[index]];
    return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
  };

  // Widths of the logical pieces between break opportunities, each measured per face and style.
  const width = (start: number, end: number) => {
    let total = 0;
    let from = start;
    for (let index = start + 1; index <= end; index++) {
      if (index === end || faces[index] !== faces[from] || runAt[index] !== runAt[from]) {
        total += options.measure(faces[from], variantAt(from), options.size, text.slice(from, index));
        from = index;
      }
    }
    return total;
  };

  const lines: Line[] = [];
  let lineStart = 0;
  let lineWidth = 0;
  let previous = 0;
  for (const { position, required } of breakOpportunities(text, options.language)) {
    const piece = text.slice(previous, position);
    const trimmed = piece.replace(/\s+$/, '');
    const pieceWidth = width(previous, previous + trimmed.length);
    if (lineWidth > 0 && lineWidth + pieceWidth > options.width) {
      lines.push(placeLine(text, levels, faces, runAt, pieces, variantAt, lineStart, previous, options));
      lineStart = previous;
      lineWidth = 0;
    }
    lineWidth += width(previous, position);
    previous = position;
    if (required && position < text.length) {
      lines.push(placeLine(text, levels, faces, runAt, pieces, variantAt, lineStart, position, options));
      lineStart = position;
      lineWidth = 0;
    }
  }
  if (lineStart < text.length) lines.push(placeLine(text, levels, faces, runAt, pieces, variantAt, lineStart, text.length, options));
  return { lines: lines.filter((line) => line.items.length), missing };
}

function placeLine(
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  faces: Face[],
  runAt: number[],
  pieces: StyledRun[],
  variantAt: (index: number) => Variant,
  start: number,
  end: number,
  options: LayoutOptions,
): Line {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  let first = start;
  while (first < last && /[\n\r]/.test(text[first])) first++;
  if (first >= last) return { items: [], width: 0, height: 0 };

  // Visual order of the line's characters (UAX #9, rule L2), then mirrored brackets in RTL runs.
  const order = Array.from({ length: last - first }, (_, offset) => first + offset);
  for (const [from, to] of bidi.getReorderSegments(text, levels, first, last - 1)) {
    const slice = order.slice(from - first, to - first + 1).reverse();
    order.splice(from - first, slice.length, ...slice);
  }
  // bidi-js reads the levels array here, not the object its README shows.
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels as never, first, last - 1);

  // Group visually adjacent characters that belong together: same face, style, level, not a space.
  // A mirrored bracket hugging a left-to-right run joins it ("(NATO)" in Arabic is drawn as one
  // piece), so the glyphs read right and copy-paste keeps the bracket with its word.
  const even = (index: number) => (levels.levels[index] & 1) === 0;
  const hugs = (a: number, b: number) => (mirrored.has(a) && even(b)) || (mirrored.has(b) && even(a)) || (mirrored.has(a) && mirrored.has(b));
  const groups: number[][] = [];
  for (const index of order) {
    const group = groups[groups.length - 1];
    const tail = group?.[group.length - 1];
    const together =
      tail !== undefined &&
      faces[index] === faces[tail] &&
      runAt[index] === runAt[tail] &&
      !/\s/.test(text[index]) &&
      !/\s/.test(text[tail]) &&
      ((Math.abs(index - tail) === 1 && levels.levels[index] === levels.levels[tail] && !mirrored.has(index) && !mirrored.has(tail)) ||
        (hugs(index, tail) && group.some(even)));
    const joinsNext = tail !== undefined && mirrored.has(tail) && group.length === 1 && faces[index] === faces[tail] && even(index) && !/\s/.test(text[index]);
    if (together || joinsNext) group.push(index);
    else groups.push([index]);
  }

  const items: PlacedItem[] = [];
  let x = 0;
  let height = 0;
  for (const group of groups) {
    const low = Math.min(...group);
    const high = Math.max(...group);
    const face = faces[low];
    const variant = variantAt(low);
    let draw: string;
    let logical: string;
    let rtl: boolean;
    let flip = false;
    if (group.length > 1 && group.some((index) => mirrored.has(index))) {
      // Brackets around a left-to-right run: the visual string, brackets mirrored, is what reads right.
      draw = group.map((index) => mirrored.get(index) ?? text[index]).join('');
      logical = draw;
      rtl = false;
    } else {
      logical = text.slice(low, high + 1);
      rtl = !even(low);
      flip = mirrored.has(low);
      // Hand the shaper text it will turn into the right visual order: it reverses RTL scripts itself.
      draw = rtl === shaperReverses(logical) ? logical : reverse(logical);
    }
    const itemWidth = options.measure(face, variant, options.size, draw);
    items.push({ draw, logical, face, variant, x, width: itemWidth, rtl, mirrored: flip, link: pieces[runAt[low]].link });
    x += itemWidth;
    height = Math.max(height, face.leading * options.size);
  }
  return { items, width: x, height };
}
