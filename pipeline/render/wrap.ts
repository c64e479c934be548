// Width-aware line wrapping for the text edition: UAX #14 break opportunities (linebreak), word
// segmentation for scripts written without spaces, and display width where East Asian wide = 2.
import LineBreaker from 'linebreak';
import { displayWidth } from './width.js';

export { displayWidth };

/** Scripts whose words are not separated by spaces: breaks come from a dictionary segmenter. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** One word segmenter per language: making one loads its dictionary data, every paragraph of Thai asked for one. */
const wordSegmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) wordSegmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

/** Indices where a line may break (before the character at that index), and which are mandatory. */
export function breakOpportunities(text: string, language: string): { position: number; required: boolean }[] {
  const breaks = new Map<number, boolean>();
  const breaker = new LineBreaker(text);
  // UAX #14 gives breaks in order; only word breaks added among them need sorting.
  let ordered = true;
  let last = -1;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position <= last) ordered = false;
    last = bk.position;
    breaks.set(bk.position, bk.required);
  }
  if (UNSPACED.test(text)) {
    for (const { index, segment } of wordSegmenter(language).segment(text)) {
      // Only between two letters of an unspaced script; punctuation keeps UAX #14's rules.
      if (index > 0 && UNSPACED.test(segment[0]) && UNSPACED.test(text[index - 1]) && !breaks.has(index)) {
        breaks.set(index, false);
        ordered = false;
      }
    }
  }
  // Korean is set with keep-all: lines break at spaces, not between the syllables of a word.
  if (/^ko\b/.test(language)) {
    for (const position of [...breaks.keys()]) {
      if (!breaks.get(position) && position < text.length && !/\s/.test(text[position - 1] ?? ' ') && /\p{Script=Hangul}/u.test(text[position - 1] + text[position])) breaks.delete(position);
    }
  }
  // A URL broken across lines no longer works when copied: keep it whole.
  for (const match of text.matchAll(/\b(?:https?|mailto):[^\s]+/g)) {
    for (let index = match.index + 1; index < match.index + match[0].length; index++) breaks.delete(index);
  }
  const entries = [...breaks.entries()];
  if (!ordered) entries.sort((a, b) => a[0] - b[0]);
  return entries.map(([position, required]) => ({ position, required }));
}

/**
 * Wrap `text` to `width` columns. `first`/`rest` prefix the first and following lines (list markers,
 * quote marks); their width counts. A word wider than the line (a hash, a 1,500-letter word) is
 * broken between characters where it must, so no line passes the margin; a URL is the exception:
 * broken, it no longer works when copied, so it stands whole on a line of its own.
 * Only ASCII spaces are trimmed at line ends: a no-break or ideographic space is text.
 */
export function wrap(text: string, width: number, language: string, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = '';
  // Widths are summed piece by piece: measuring each candidate line again would be quadratic.
  let lineWidth = 0;
  let start = 0;
  const prefix = () => (lines.length ? rest : first);
  const flush = () => {
    lines.push((prefix() + line).replace(/[ \t]+$/, ''));
    line = '';
    lineWidth = 0;
  };
  const urls = [...text.matchAll(/\b(?:https?|mailto):[^\s]+/g)].map((match) => [match.index, match.index + match[0].length]);
  const holdsUrl = (from: number, to: number) => urls.some(([a, b]) => a < to && b > from);
  for (const { position, required } of breakOpportunities(text, language)) {
    let piece = text.slice(start, position);
    start = position;
    let pieceWidth = displayWidth(piece);
    const trailing = piece.length - piece.replace(/[ \t\r\n]+$/, '').length;
    if (line && displayWidth(prefix()) + lineWidth + pieceWidth - trailing > width) {
      flush();
      piece = piece.replace(/^ +/, '');
      pieceWidth = displayWidth(piece);
    }
    if (!line && displayWidth(prefix()) + pieceWidth - trailing > width && !holdsUrl(position - piece.length, position)) {
      piece = breakWord(piece, width, prefix, lines);
      pieceWidth = displayWidth(piece);
    }
    line += piece;
    lineWidth += pieceWidth;
    if (required) {
      line = line.replace(/\r?\n$/, '');
      flush();
    }
  }
  if (line || !lines.length) flush();
  return lines;
}

/**
 * Emergency break: push full lines of `word` (split between grapheme clusters) and return what is
 * left for the current line.
 */
function breakWord(word: string, width: number, prefix: () => string, lines: string[]): string {
  let current = '';
  let currentWidth = 0;
  for (const { segment } of graphemes.segment(word)) {
    const room = width - displayWidth(prefix());
    const segmentWidth = displayWidth(segment);
    if (current && currentWidth + segmentWidth > room && segment.trim()) {
      lines.push(prefix() + current);
      current = '';
      currentWidth = 0;
    }
    current += segment;
    currentWidth += segmentWidth;
  }
  return current;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
