// What copying a line gives back. A line's logical text goes into the PDF as ActualText; text
// extractors that reorder right-to-left text themselves (poppler's pdftotext, and the readers built
// on it) treat that string as if it were in visual order, so it is handed over in the order their
// reordering turns back into the logical text, with an invisible direction mark (LRM/RLM) where
// their simplified bidi would otherwise move a bracket or a space across a run boundary.
// Lines with no right-to-left letter are left exactly as written.
import bidiFactory from 'bidi-js';

// getBidiCharTypeName is part of bidi-js but missing from the shared type declarations.
const bidi = bidiFactory() as unknown as { getBidiCharTypeName(char: string): string };
const LRM = '\u200e';
const RLM = '\u200f';

type Kind = 'R' | 'S' | 'N';

/**
 * R: right-to-left letter or mark; S: what poppler keeps in left-to-right order — letters, digits and
 * the separators and terminators of numbers (bidi L, EN, AN, ES, ET, CS: "." "," ":" "،" "%" "-"
 * "+" "/"), measured on poppler 22.12; N: the rest (spaces, brackets, quotes, "!" "؟").
 */
function kind(char: string): Kind {
  const type = bidi.getBidiCharTypeName(char);
  if (type === 'R' || type === 'AL') return 'R';
  if (type === 'L' || type === 'EN' || type === 'AN' || type === 'ES' || type === 'ET' || type === 'CS') return 'S';
  return 'N';
}

interface Section {
  rtl: boolean;
  chars: string[];
}

/**
 * The ActualText for `logical` on a page read right to left (`rtlPage`) or left to right.
 * Example (RTL page): "قمة (NATO) 2024." → sections [قمة (] [NATO] [RLM) ] [2024] [RLM.] laid out
 * in reverse, right-to-left sections reversed: a reader reversing it again gets the logical text back.
 */
export function extractionText(logical: string, rtlPage: boolean): string {
  const chars = [...logical];
  if (!chars.some((char) => kind(char) === 'R')) return logical;
  const sections: Section[] = [{ rtl: rtlPage, chars: [] }];
  let pending: string[] = [];
  for (const char of chars) {
    const current = sections[sections.length - 1];
    const type = kind(char);
    // A right-to-left section holds no strong left-to-right character, a left-to-right one no RTL letter.
    const opposite = current.rtl ? type === 'S' : type === 'R';
    const own = current.rtl ? type === 'R' : type === 'S';
    if (opposite) {
      // Neutrals after a run belong to the next run here; a mark of that run's direction keeps them there.
      const mark = pending.length ? [current.rtl ? LRM : RLM] : [];
      sections.push({ rtl: !current.rtl, chars: [...mark, ...pending, char] });
      pending = [];
    } else if (own || !rtlPage === !current.rtl) {
      current.chars.push(...pending, char);
      pending = [];
    } else {
      pending.push(char);
    }
  }
  if (pending.length) {
    const current = sections[sections.length - 1];
    sections.push({ rtl: !current.rtl, chars: [current.rtl ? LRM : RLM, ...pending] });
  }
  const laid = sections.map((section) => (section.rtl ? [...section.chars].reverse() : section.chars).join(''));
  return (rtlPage ? laid.reverse() : laid).join('');
}

/** poppler's reordering of a line (TextOutputDev's reorderText), for tests: visual → what it prints. */
export function popplerReorder(visual: string, rtlPage: boolean): string {
  const text = [...visual];
  const isR = (char: string) => kind(char) === 'R';
  const isS = (char: string) => kind(char) === 'S';
  let out = '';
  if (rtlPage) {
    for (let index = text.length - 1; index >= 0; ) {
      let end = index;
      while (end >= 0 && !isS(text[end])) end--;
      for (let at = index; at > end; at--) out += text[at];
      index = end;
      while (end >= 0 && !isR(text[end])) end--;
      out += text.slice(end + 1, index + 1).join('');
      index = end;
    }
  } else {
    for (let index = 0; index < text.length; ) {
      let end = index;
      while (end < text.length && !isR(text[end])) end++;
      out += text.slice(index, end).join('');
      index = end;
      while (end < text.length && !isS(text[end])) end++;
      for (let at = end - 1; at >= index; at--) out += text[at];
      index = end;
    }
  }
  return out;
}
