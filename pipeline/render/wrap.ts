// Width-aware line wrapping for the text edition: break opportunities (breaks.ts) and display width
// where East Asian wide = 2.
import { breakOpportunities } from './breaks.js';
import { displayWidth } from './width.js';

export { displayWidth };

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
