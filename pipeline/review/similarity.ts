// How alike two source texts are: by characters (like gettext's fstrcmp) and by content words.
// Pure functions; sync.ts decides what is alike enough to offer an old translation as a hint.

/**
 * Function words of the languages statements are written in. Sharing only these never makes two
 * paragraphs alike: "the", "will", "of", "in" appear in every English paragraph.
 */
const FUNCTION_WORDS = new Set(
  [
    // English
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its may more most must no not of on or our she should so such than that the their them then there these they this those to was we were what when where which who will with would you your',
    // Spanish, Catalan, Galician, Portuguese
    'al como con de del e el ella en era es esta este fue ha la las lo los más o para pero por que se sin su sus un una y às ao aos as da das do dos em foi na nas no nos não os ou pela pelo um uma é és els amb per les del dels una uns com',
    // French, Italian
    'au aux avec ce ces dans des du elle est et il ils le les leur mais ne ou par pas plus pour qui sa se son sont sur une à été ai che chi con di gli ha il io le lei lo ma nel non per più sono tra un uno',
    // German, Dutch
    'als am an auch auf aus bei das dass dem den der des die ein eine einer eines er es für hat im in ist mit nach nicht oder sich sie sind so um und von vor war wie wird zu zum zur de het een en is van voor op met dat niet zijn te aan ook als bij door maar om',
  ].flatMap((line) => line.split(' ')),
);

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Lowercased words and numbers; each Han or kana character counts as a word (no spaces to split on). */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  if (!HAN_OR_KANA.test(text)) return words;
  return words.flatMap((word) => (HAN_OR_KANA.test(word) ? (word.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu) ?? []) : [word]));
}

/**
 * Words common enough in this document to say nothing about which paragraph is which: in more than
 * half of its segments (only measured when there are enough segments for a half to mean something).
 */
export function commonWords(texts: string[][]): Set<string> {
  const common = new Set<string>();
  if (texts.length < 8) return common;
  const frequency = new Map<string, number>();
  for (const words of texts) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  for (const [word, count] of frequency) if (count > texts.length / 2) common.add(word);
  return common;
}

/** The words that can make two texts alike: not function words, not the document's common words. */
export function contentWords(words: string[], common: Set<string>): string[] {
  return words.filter((word) => !FUNCTION_WORDS.has(word) && !common.has(word));
}

export interface WordOverlap {
  /** Content words the two texts share (as a multiset). */
  shared: number;
  /** Dice coefficient over content words: 1 for the same words, 0 for none in common. */
  dice: number;
  /** Share of the shorter text's content words found in the other: 1 when one text contains the other. */
  containment: number;
  /** Share of the first text's content words found in the second. */
  firstInSecond: number;
}

/** Overlap of two content-word lists. Example: [second, paragraph, change, soon] × [second, paragraph, now, changed] → shared 2, dice 0.5. */
export function wordOverlap(first: string[], second: string[]): WordOverlap {
  if (!first.length || !second.length) return { shared: 0, dice: 0, containment: 0, firstInSecond: 0 };
  const counts = new Map<string, number>();
  for (const word of first) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of second) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return {
    shared,
    dice: (2 * shared) / (first.length + second.length),
    containment: shared / Math.min(first.length, second.length),
    firstInSecond: shared / first.length,
  };
}

/**
 * Character similarity like gettext's fstrcmp: 2 × (longest common subsequence) / (total length),
 * case-folded. Returns 0 as soon as it is clear the result would be below `floor` (Myers' O(ND)
 * diff stops after that many edits), so unlike long texts cost little.
 * Example: ("Introdcution", "Introduction") → 0.92.
 */
export function characterSimilarity(a: string, b: string, floor = 0): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  const total = left.length + right.length;
  if (!total) return 1;
  const maxEdits = Math.floor((1 - floor) * total);
  const edits = editCount(left, right, maxEdits);
  return edits === undefined ? 0 : (total - edits) / total;
}

/** Insertions + deletions that turn `a` into `b` (Myers 1986), or undefined when more than `maxEdits`. */
function editCount(a: string, b: string, maxEdits: number): number | undefined {
  const n = a.length;
  const m = b.length;
  const offset = maxEdits + 1;
  const furthest = new Int32Array(2 * maxEdits + 3);
  for (let edits = 0; edits <= maxEdits; edits++) {
    for (let diagonal = -edits; diagonal <= edits; diagonal += 2) {
      const down = diagonal === -edits || (diagonal !== edits && furthest[offset + diagonal - 1] < furthest[offset + diagonal + 1]);
      let x = down ? furthest[offset + diagonal + 1] : furthest[offset + diagonal - 1] + 1;
      let y = x - diagonal;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      furthest[offset + diagonal] = x;
      if (x >= n && y >= m) return edits;
    }
  }
  return undefined;
}

/** Share of `part`'s characters found, in order, in `whole`: 1 when `part` is a piece of `whole`. */
export function characterContainment(part: string, whole: string): number {
  if (!part.length) return 0;
  const edits = editCount(part.toLowerCase(), whole.toLowerCase(), part.length + whole.length);
  const common = (part.length + whole.length - (edits ?? 0)) / 2;
  return common / part.length;
}
