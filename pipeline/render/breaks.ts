// Where a line may break, for every renderer: UAX #14 opportunities (linebreak), words found by
// a dictionary segmenter in scripts written without spaces, Korean set keep-all, URLs kept whole.
// Apart from the text edition's wrapping (wrap.ts), so the PDF renderer loads no display widths.
import LineBreaker from 'linebreak';

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
