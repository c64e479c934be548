// Display width in terminal columns, the same number string-width gives, without its cost: string-width
// segments every string into grapheme clusters and runs Unicode-property regular expressions (one of
// them \p{RGI_Emoji}) on each cluster, which was most of the text edition's time. Here each code point
// is looked up once, in a table filled on first sight: how it joins a cluster (asked of the runtime's
// own segmenter, the one string-width uses), whether it shows, and whether East Asian Width makes it
// two columns. A string is then measured in one pass over its code points. Anything string-width
// treats specially (emoji, Hangul jamo, prepended marks, ANSI escapes) is left to string-width itself.
import stringWidth from 'string-width';
import { WIDE_RANGES } from './east-asian-wide.js';

/** How a code point joins grapheme clusters (UAX #29), in the low three bits of its entry. */
const KIND = 0b111;
/** Starts a cluster (Other, and LV/LVT syllables while no jamo is near). */
const BASE = 1;
/** Stands alone and ends the cluster before it (Control, CR, LF): tabs, line breaks, soft hyphens. */
const CONTROL = 2;
/** Joins the cluster before it (Extend, SpacingMark): combining marks, vowel signs, ZWNJ. */
const JOINER = 3;
/** A consonant that joins after consonant + virama (GB9c, Indic conjuncts: क्ष is one cluster). */
const CONSONANT = 4;
/** A virama that links consonants in GB9c (it also joins, like any JOINER). */
const LINKER = 5;
/** A joiner GB9c lets stand between a consonant and its virama (a nukta). */
const CHAIN_EXTEND = 6;
/** Measured by string-width: emoji and their parts, jamo and their like, prepended marks, escapes, lone surrogates. */
const FALLBACK = 7;
/** Shows (is not default-ignorable, a control, a format character or a non-spacing mark). */
const VISIBLE = 8;
/** East Asian Width W or F: two columns. */
const WIDE = 16;
/** Counts even after a cluster's first visible character: spacing marks and halfwidth/fullwidth forms. */
const TRAILING = 32;

/** One entry per code point of the BMP, 0 until first seen; the other planes, rarer, in a map. */
const table = new Uint8Array(0x10000);
const astral = new Map<number, number>();
const fill = (from: number, to: number, bits: number) => table.fill(bits, from, to + 1);
// The common ranges are known without asking: printable ASCII, CJK ideographs, kana, Hangul syllables.
fill(0x20, 0x7e, BASE | VISIBLE);
fill(0x4e00, 0x9fff, BASE | VISIBLE | WIDE);
fill(0x3041, 0x3096, BASE | VISIBLE | WIDE);
fill(0x30a1, 0x30fa, BASE | VISIBLE | WIDE);
fill(0xac00, 0xd7a3, BASE | VISIBLE | WIDE);

const segmenter = new Intl.Segmenter();
/** Whether the segmenter joins the code units of `text` before and after `at` into one cluster. */
const joined = (text: string, at: number) => segmenter.segment(text).containing(at)!.index !== at;

// string-width's own tests of a character, applied once per code point.
const VISIBLE_CHARACTER = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
const SPACING_MARK = /\p{Spacing_Mark}/u;
/** Characters whose clusters string-width measures by rules of their own (emoji; jamo, in the ranges below). */
const SPECIAL = /[\p{Extended_Pictographic}\p{Emoji}\p{Emoji_Component}\p{Regional_Indicator}]/u;
const JAMO = [0x1100, 0x11ff, 0xa960, 0xa97f, 0xd7b0, 0xd7ff];

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < WIDE_RANGES[middle * 2]) high = middle - 1;
    else if (codePoint > WIDE_RANGES[middle * 2 + 1]) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * How a code point joins clusters, learned from the segmenter with a few probes, each asking where
 * one short string breaks (a = Other, क = KA, ् = virama, ᅡ = jamo V, ᆨ = jamo T).
 */
function kindOf(codePoint: number, char: string): number {
  const jamo = (codePoint >= JAMO[0] && codePoint <= JAMO[1]) || (codePoint >= JAMO[2] && codePoint <= JAMO[3]) || (codePoint >= JAMO[4] && codePoint <= JAMO[5]);
  // ESC and CSI: string-width strips ANSI escape sequences first.
  if (codePoint === 0x1b || codePoint === 0x9b || (codePoint >= 0xd800 && codePoint <= 0xdfff) || jamo || SPECIAL.test(char)) return FALLBACK;
  const after = 1 + char.length;
  const between = `a${char}a`;
  if (joined(between, 1)) {
    if (joined(`\u0915${char}\u0915`, after)) return LINKER;
    return joined(`\u0915${char}\u094d\u0915`, after + 1) ? CHAIN_EXTEND : JOINER;
  }
  if (joined(between, after)) return FALLBACK; // Prepend
  // Hangul-like (L, V, T, LV, LVT: jamo, and since Unicode 16 Kirat Rai vowels): joins by pairs of its own.
  const hangul = `\u1161${char}\u1161`;
  if (joined(hangul, 1) || joined(hangul, after) || joined(`${char}\u11a8`, char.length)) return FALLBACK;
  const conjunct = `\u0915\u094d${char}\u0301`;
  if (!joined(conjunct, 2 + char.length)) return CONTROL;
  return joined(conjunct, 2) ? CONSONANT : BASE;
}

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  const kind = kindOf(codePoint, char);
  const trailing = SPACING_MARK.test(char) || (codePoint >= 0xff00 && codePoint <= 0xffef);
  const bits = kind | (VISIBLE_CHARACTER.test(char) ? VISIBLE : 0) | (isWide(codePoint) ? WIDE : 0) | (trailing ? TRAILING : 0);
  if (codePoint < 0x10000) table[codePoint] = bits;
  else astral.set(codePoint, bits);
  return bits;
}

const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

/**
 * Columns `text` takes in a terminal, East Asian wide characters 2, marks 0: exactly string-width's
 * count (ambiguous characters narrow). "日本語" → 6, "क्षत्रिय" → 3, "น้ำ" → 1.
 * A cluster counts its first visible character, plus any spacing mark or halfwidth/fullwidth form after it.
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  // The cluster being read has shown a character; the previous kind; GB9c: 1 after a consonant, 2 once a virama follows.
  let shown = false;
  let previous = CONTROL;
  let chain = 0;
  for (let index = 0; index < text.length; index++) {
    let codePoint = text.charCodeAt(index);
    if (codePoint >= 0xd800 && codePoint < 0xdc00 && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        index++;
      }
    }
    const bits = (codePoint < 0x10000 ? table[codePoint] : astral.get(codePoint)) || classify(codePoint);
    const kind = bits & KIND;
    if (kind === FALLBACK) return stringWidth(text);
    const joins = previous !== CONTROL && (kind === JOINER || kind === LINKER || kind === CHAIN_EXTEND || (kind === CONSONANT && chain === 2));
    chain = kind === CONSONANT ? 1 : kind === LINKER ? (chain ? 2 : 0) : kind === CHAIN_EXTEND ? chain : 0;
    if (!joins) shown = false;
    if (shown) {
      if (bits & TRAILING) width += bits & WIDE ? 2 : 1;
    } else if (bits & VISIBLE) {
      width += bits & WIDE ? 2 : 1;
      shown = true;
    }
    previous = kind;
  }
  return width;
}
