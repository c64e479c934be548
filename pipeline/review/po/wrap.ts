// One PO string as gettext's write-po.c `wrap()` lays it out: escaped, split after each \n, and
// wrapped at 79 columns where libunistring finds a break, with `msgid ""` first when it spans lines.
import { directiveInteriors } from './directives.js';
import { BREAK_POSSIBLE, BREAK_PROHIBITED, BREAK_UNDEFINED, widthBreaks, widthOf } from './linebreak.js';

/** msgcat's default page width (PAGE_WIDTH in gettext's write-catalog.c). */
export const PAGE_WIDTH = 79;

const ESCAPED: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\\': '\\', '"': '"' };

/** A portion of a string, escaped: one entry per output code point, with its break override. */
interface Portion {
  text: string[];
  codes: number[];
  overrides: Uint8Array;
}

function escapePortion(value: string, offset: number, interiors: Uint8Array | undefined): Portion {
  const text: string[] = [];
  const codes: number[] = [];
  const overrides: number[] = [];
  let at = offset;
  for (const char of value) {
    const escape = ESCAPED[char];
    const before = interiors?.[at] ? BREAK_PROHIBITED : BREAK_UNDEFINED;
    at += char.length;
    if (escape !== undefined) {
      text.push('\\', escape);
      codes.push(0x5c, escape.codePointAt(0)!);
      overrides.push(before, BREAK_PROHIBITED);
    } else {
      text.push(char);
      codes.push(char.codePointAt(0)!);
      overrides.push(before);
    }
  }
  // Don't break immediately before the "\n" at the end.
  if (value.endsWith('\n')) overrides[overrides.length - 2] = BREAK_PROHIBITED;
  return { text, codes, overrides: Uint8Array.from(overrides) };
}

/**
 * Lines for `name "value"` with an optional line prefix (`#| `, `#~ `).
 * `wrap: false` is the no-wrap flag: lines still end after each \n, but are never folded. With a
 * `format` (c-format, python-format), no line is broken inside a format directive.
 */
export function wrapString(prefix: string, name: string, value: string, wrap = true, format?: 'c' | 'python'): string[] {
  const lines: string[] = [];
  const interiors = format ? directiveInteriors(value, format) : undefined;
  const afterBreak = prefix.length + 1;
  const width = (wrap ? PAGE_WIDTH : Number.MAX_SAFE_INTEGER) - 1 - afterBreak;
  let first = true;
  let start = 0;
  do {
    const newline = value.indexOf('\n', start);
    const end = newline < 0 ? value.length : newline + 1;
    const part = value.slice(start, end);
    if (first && end < value.length) {
      // More than one portion: gettext starts with an empty first line.
      lines.push(`${prefix}${name} ""`);
      first = false;
    }
    const startColumn = (first ? prefix.length + name.length + 1 : prefix.length) + 1 - afterBreak;
    const escaped = part.replace(ESCAPABLE, (char) => `\\${ESCAPED[char]}`);
    if (startColumn + columns(escaped) <= width) {
      // Fits: no break opportunity is ever taken, so skip the line breaker.
      lines.push(`${prefix}${first ? `${name} ` : ''}"${escaped}"`);
    } else {
      lines.push(...breakPortion(prefix, name, escapePortion(part, start, interiors), first, startColumn, width, afterBreak));
    }
    first = false;
    start = end;
  } while (start < value.length);
  return lines;
}

const ESCAPABLE = /[\x07\b\f\n\r\t\v\\"]/g;

/** Columns of a string, control characters counting none (as u8_width_linebreaks counts). */
function columns(text: string): number {
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index++;
    total += code >= 0x20 && code < 0x7f ? 1 : Math.max(0, widthOf(code));
  }
  return total;
}

/** A portion too wide for its line: break it where libunistring would (and go to `name ""` first). */
function breakPortion(prefix: string, name: string, portion: Portion, first: boolean, startColumn: number, width: number, afterBreak: number): string[] {
  const lines: string[] = [];
  let breaks = widthBreaks(portion.codes, width, startColumn, portion.overrides);
  if (first && portion.text.length > 0 && (startColumn > width || breaks.includes(BREAK_POSSIBLE))) {
    lines.push(`${prefix}${name} ""`);
    first = false;
    breaks = widthBreaks(portion.codes, width, prefix.length + 1 - afterBreak, portion.overrides);
  }
  let from = 0;
  let line = first ? `${prefix}${name} "` : `${prefix}"`;
  for (let index = 0; index < portion.text.length; index++) {
    if (breaks[index] !== BREAK_POSSIBLE) continue;
    lines.push(`${line}${portion.text.slice(from, index).join('')}"`);
    line = `${prefix}"`;
    from = index;
  }
  line += portion.text.slice(from).join('');
  lines.push(`${line}"`);
  return lines;
}
