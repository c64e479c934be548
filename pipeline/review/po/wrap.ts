// One PO string as gettext's write-po.c `wrap()` lays it out: escaped, split after each \n, and
// wrapped at 79 columns where libunistring finds a break, with `msgid ""` first when it spans lines.
import { BREAK_POSSIBLE, BREAK_PROHIBITED, BREAK_UNDEFINED, widthBreaks } from './linebreak.js';

/** msgcat's default page width (PAGE_WIDTH in gettext's write-catalog.c). */
export const PAGE_WIDTH = 79;

const ESCAPED: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\\': '\\', '"': '"' };

/** A portion of a string, escaped: one entry per output code point, with its break override. */
interface Portion {
  text: string[];
  codes: number[];
  overrides: Uint8Array;
}

function escapePortion(value: string): Portion {
  const text: string[] = [];
  const codes: number[] = [];
  const overrides: number[] = [];
  for (const char of value) {
    const escape = ESCAPED[char];
    if (escape !== undefined) {
      text.push('\\', escape);
      codes.push(0x5c, escape.codePointAt(0)!);
      overrides.push(BREAK_UNDEFINED, BREAK_PROHIBITED);
    } else {
      text.push(char);
      codes.push(char.codePointAt(0)!);
      overrides.push(BREAK_UNDEFINED);
    }
  }
  // Don't break immediately before the "\n" at the end.
  if (value.endsWith('\n')) overrides[overrides.length - 2] = BREAK_PROHIBITED;
  return { text, codes, overrides: Uint8Array.from(overrides) };
}

/**
 * Lines for `name "value"` with an optional line prefix (`#| `, `#~ `).
 * `wrap: false` is the no-wrap flag: lines still end after each \n, but are never folded.
 */
export function wrapString(prefix: string, name: string, value: string, wrap = true): string[] {
  const lines: string[] = [];
  const afterBreak = prefix.length + 1;
  const width = (wrap ? PAGE_WIDTH : Number.MAX_SAFE_INTEGER) - 1 - afterBreak;
  let first = true;
  let start = 0;
  do {
    const newline = value.indexOf('\n', start);
    const end = newline < 0 ? value.length : newline + 1;
    const portion = escapePortion(value.slice(start, end));
    let startColumn = (first ? prefix.length + name.length + 1 : prefix.length) + 1 - afterBreak;
    let breaks = widthBreaks(portion.codes, width, startColumn, portion.overrides);
    if (first && portion.text.length > 0 && (end < value.length || startColumn > width || breaks.includes(BREAK_POSSIBLE))) {
      lines.push(`${prefix}${name} ""`);
      first = false;
      startColumn = prefix.length + 1 - afterBreak;
      breaks = widthBreaks(portion.codes, width, startColumn, portion.overrides);
    }
    let line = first ? `${prefix}${name} "` : `${prefix}"`;
    first = false;
    portion.text.forEach((char, index) => {
      if (breaks[index] === BREAK_POSSIBLE) {
        lines.push(`${line}"`);
        line = `${prefix}"`;
      }
      line += char;
    });
    lines.push(`${line}"`);
    start = end;
  } while (start < value.length);
  return lines;
}

