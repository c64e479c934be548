// Line-break opportunities and column widths exactly as libunistring computes them for gettext
// (u8_possible_linebreaks + u8_width_linebreaks of libunistring 1.0, UAX #14 with its pair table),
// so PO strings wrap where msgcat wraps them.
import { CLASS_RUNS, PAIR_TABLE, WIDTH_RUNS } from './unicode-tables.js';

export const BREAK_UNDEFINED = 0;
export const BREAK_PROHIBITED = 1;
export const BREAK_POSSIBLE = 2;
const BREAK_MANDATORY = 3;

// libunistring's LBP_* values (lbrktables.h).
const BK = 33, CR = 34, LF = 35, CM = 36, ZW = 37, SP = 38, CB = 39, AI = 40, SA = 41, XX = 42;
const BA = 3, HY = 5, AL = 20, ID1 = 23, HL = 28, RI = 29, ZWJ = 30, HL_BA = 100;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Run-length table → sorted starts and values, for a binary search per code point. */
function decode(runs: string, offset: number): { starts: Uint32Array; values: Int8Array } {
  const found = [...runs.matchAll(/(\d+)([A-Za-z])/g)];
  const starts = new Uint32Array(found.length);
  const values = new Int8Array(found.length);
  let code = 0;
  found.forEach((match, index) => {
    code += Number(match[1]);
    starts[index] = code;
    values[index] = LETTERS.indexOf(match[2]) - offset;
  });
  return { starts, values };
}

let tables: { classes: ReturnType<typeof decode>; widths: ReturnType<typeof decode> } | undefined;

function lookup(table: ReturnType<typeof decode>, code: number): number {
  let low = 0;
  let high = table.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (table.starts[middle] <= code) low = middle;
    else high = middle - 1;
  }
  return table.values[low];
}

function loaded() {
  return (tables ??= { classes: decode(CLASS_RUNS, 0), widths: decode(WIDTH_RUNS, 1) });
}

// Lookups of the Basic Multilingual Plane are cached (255: not looked up yet); the rest is searched.
const classCache = new Uint8Array(0x10000).fill(255);
const widthCache = new Int8Array(0x10000).fill(-128);

function classOf(code: number): number {
  if (code >= 0x10000) return lookup(loaded().classes, code);
  const cached = classCache[code];
  return cached !== 255 ? cached : (classCache[code] = lookup(loaded().classes, code));
}

/** Columns a code point takes (uc_width in a UTF-8 locale): -1 for control characters. */
export function widthOf(code: number): number {
  if (code >= 0x20 && code < 0x7f) return 1;
  if (code >= 0x10000) return lookup(loaded().widths, code);
  const cached = widthCache[code];
  return cached !== -128 ? cached : (widthCache[code] = lookup(loaded().widths, code));
}

/** u8_possible_linebreaks: for each code point, may a line break go before it? */
function possibleBreaks(codes: number[]): Uint8Array {
  const result = new Uint8Array(codes.length).fill(BREAK_PROHIBITED);
  let previous = BK;
  let last = BK;
  let seenSpace = false;
  let regional = 0;
  for (let index = 0; index < codes.length; index++) {
    let prop = classOf(codes[index]);
    if (prop === BK || prop === LF || prop === CR) {
      result[index] = BREAK_MANDATORY;
      previous = prop;
      last = BK;
      seenSpace = false;
    } else {
      if (prop === AI || prop === SA || prop === XX) prop = AL;
      else if (prop === CB) prop = ID1;
      if (prop === SP) {
        seenSpace = true;
      } else if (prop === ZW) {
        last = ZW;
        seenSpace = false;
      } else if (prop === CM || prop === ZWJ) {
        if (last === BK) {
          last = AL;
          seenSpace = false;
        } else if (last === ZW || seenSpace) {
          result[index] = BREAK_POSSIBLE;
          last = AL;
          seenSpace = false;
        }
      } else {
        result[index] = pairBreak(last, prop, previous, seenSpace, regional);
        last = prop;
        seenSpace = false;
      }
      previous = previous === HL && (prop === HY || prop === BA) ? HL_BA : prop;
    }
    regional = prop === RI ? regional + 1 : 0;
  }
  return result;
}

function pairBreak(last: number, prop: number, previous: number, seenSpace: boolean, regional: number): number {
  if (last === BK) return BREAK_PROHIBITED;
  if (last === ZW) return BREAK_POSSIBLE;
  if (previous === ZWJ) return BREAK_PROHIBITED;
  if (last === RI && prop === RI) return seenSpace || regional % 2 === 0 ? BREAK_POSSIBLE : BREAK_PROHIBITED;
  if (previous === HL_BA) return BREAK_PROHIBITED;
  const kind = PAIR_TABLE.charCodeAt(last * 33 + prop) - 48;
  if (kind === 1) return BREAK_POSSIBLE;
  if (kind === 2) return seenSpace ? BREAK_POSSIBLE : BREAK_PROHIBITED;
  return BREAK_PROHIBITED;
}

/**
 * u8_width_linebreaks: where to break so no line passes `width` columns, given the column the
 * text starts at and per-code-point overrides. Returns BREAK_POSSIBLE where a break goes.
 */
export function widthBreaks(codes: number[], width: number, startColumn: number, overrides: Uint8Array): Uint8Array {
  const result = possibleBreaks(codes);
  let lastBreak = -1;
  let lastColumn = startColumn;
  let pieceWidth = 0;
  for (let index = 0; index < codes.length; index++) {
    if (overrides[index] !== BREAK_UNDEFINED) result[index] = overrides[index];
    const kind = result[index];
    if ((kind === BREAK_POSSIBLE || kind === BREAK_MANDATORY) && lastBreak >= 0 && lastColumn + pieceWidth > width) {
      result[lastBreak] = BREAK_POSSIBLE;
      lastColumn = 0;
    }
    if (kind === BREAK_MANDATORY) {
      lastBreak = -1;
      lastColumn = 0;
      pieceWidth = 0;
      continue;
    }
    if (kind === BREAK_POSSIBLE) {
      lastBreak = index;
      lastColumn += pieceWidth;
      pieceWidth = 0;
    }
    result[index] = BREAK_PROHIBITED;
    const columns = widthOf(codes[index]);
    if (columns >= 0) pieceWidth += columns;
  }
  if (lastBreak >= 0 && lastColumn + pieceWidth > width) result[lastBreak] = BREAK_POSSIBLE;
  return result;
}
