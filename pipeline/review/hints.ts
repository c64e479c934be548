// Which old entries a changed segment inherits its hint from. Alignment first, similarity second:
// unchanged segments are anchors; inside each gap between two anchors, old and new segments are
// paired by an assignment over similarity and position; only then, across the whole document, a
// segment that moved and changed may find its old version if the two are plainly the same text.
import { bestAssignment, gapsBetween } from './align.js';
import { characterSimilarity, commonWords, contentWords, wordOverlap, wordsOf } from './similarity.js';

export interface Text {
  context: string;
  source: string;
}

interface Features {
  source: string;
  content: string[];
}

/** Old indices per new index: one for a changed segment, one shared by both halves of a split, several for a merge. */
export type Hints = Map<number, number[]>;

/** Above this many pairs in a gap, character similarity is only computed for pairs that share words. */
const LARGE_GAP = 2_500;

/**
 * Pair the new segments still without an entry (`open`) with the old entries nothing kept (`orphans`),
 * taking what it pairs out of both sets. Keys are `context \u0004 source`, the same on both sides.
 * Old indices come back in document order.
 */
export function findHints(olds: Text[], news: Text[], oldKeys: string[], newKeys: string[], orphans: Set<number>, open: Set<number>): Hints {
  if (!orphans.size || !open.size) return new Map();
  // The document's words: every new segment, and the old ones nothing kept (the rest are among the new).
  const newWords = news.map((text) => wordsOf(text.source));
  const orphanWords = new Map([...orphans].map((index) => [index, wordsOf(olds[index].source)]));
  const common = commonWords([...newWords, ...orphanWords.values()]);
  const oldFeatures = new Map([...orphanWords].map(([index, words]) => [index, { source: olds[index].source, content: contentWords(words, common) }]));
  const newFeatures = new Map([...open].map((index) => [index, { source: news[index].source, content: contentWords(newWords[index], common) }]));
  const hints: Hints = new Map();
  const take = (newIndex: number, oldIndices: number[]) => {
    hints.set(newIndex, [...new Set([...(hints.get(newIndex) ?? []), ...oldIndices])].sort((a, b) => a - b));
    open.delete(newIndex);
    oldIndices.forEach((index) => orphans.delete(index));
  };

  // A front-matter field (context "title", …) matches its own earlier value, and nothing else.
  const field = (text: Text) => Boolean(text.context) && !text.context.startsWith('repeat');
  for (const newIndex of [...open].filter((index) => field(news[index]))) {
    const oldIndex = [...orphans].find((index) => olds[index].context === news[newIndex].context);
    if (oldIndex !== undefined) take(newIndex, [oldIndex]);
  }
  const body = { old: (index: number) => orphans.has(index) && !field(olds[index]), new: (index: number) => open.has(index) && !field(news[index]) };
  for (const gap of gapsBetween(oldKeys, newKeys)) {
    const gapOld = gap.old.filter(body.old);
    const gapNew = gap.new.filter(body.new);
    if (gapOld.length && gapNew.length) pairInGap(gapOld, gapNew, oldFeatures, newFeatures).forEach((oldIndices, newIndex) => take(newIndex, oldIndices));
  }
  const restOld = [...orphans].filter(body.old).sort((a, b) => a - b);
  const restNew = [...open].filter(body.new).sort((a, b) => a - b);
  const scores = restOld.map((oldIndex) => restNew.map((newIndex) => movedScore(oldFeatures.get(oldIndex)!, newFeatures.get(newIndex)!)));
  for (const [row, column] of bestAssignment(scores)) take(restNew[column], [restOld[row]]);
  return hints;
}

/** Inside one gap: the best assignment, then the other half of a split and the other part of a merge. */
function pairInGap(gapOld: number[], gapNew: number[], oldFeatures: Map<number, Features>, newFeatures: Map<number, Features>): Hints {
  const olds = (index: number) => oldFeatures.get(index)!;
  const news = (index: number) => newFeatures.get(index)!;
  const positional = gapOld.length === gapNew.length;
  const large = gapOld.length * gapNew.length > LARGE_GAP;
  const scores = gapOld.map((oldIndex, row) => gapNew.map((newIndex, column) => gapScore(olds(oldIndex), news(newIndex), positional && row === column, large)));
  const hints: Hints = new Map();
  for (const [row, column] of bestAssignment(scores)) hints.set(gapNew[column], [gapOld[row]]);
  const taken = new Set([...hints.values()].flat());
  // Split: a new segment without a partner that is a piece of an old one gets that old translation too.
  for (const newIndex of gapNew) {
    if (hints.has(newIndex)) continue;
    const whole = gapOld.find((oldIndex) => isPieceOf(news(newIndex), olds(oldIndex)));
    if (whole !== undefined) {
      hints.set(newIndex, [whole]);
      taken.add(whole);
    }
  }
  // Merge: an old segment without a partner that is a piece of a new one joins that one's hint.
  for (const oldIndex of gapOld) {
    if (taken.has(oldIndex)) continue;
    const merged = gapNew.find((newIndex) => isPieceOf(olds(oldIndex), news(newIndex)));
    if (merged !== undefined) hints.set(merged, [...(hints.get(merged) ?? []), oldIndex].sort((a, b) => a - b));
  }
  return hints;
}

/**
 * How well an old segment fits a new one in the same gap; 0 = never. Real overlap (shared content
 * words, or near-identical characters) always beats mere position; position alone pairs only
 * segments of similar length, in a gap with as many old segments as new ones.
 */
function gapScore(old: Features, fresh: Features, samePlace: boolean, large: boolean): number {
  const words = wordOverlap(old.content, fresh.content);
  const lengths = Math.min(old.source.length, fresh.source.length) / Math.max(old.source.length, fresh.source.length, 1);
  const worthComparing = large ? words.dice >= 0.3 : words.dice >= 0.15 || (lengths >= 0.6 && Math.max(old.source.length, fresh.source.length) <= 300);
  // Below 0.65 characters only add to the score; in a large gap that is not worth an O(ND) diff.
  const characters = worthComparing ? characterSimilarity(old.source, fresh.source, large ? 0.65 : 0.5) : 0;
  const overlap = (words.shared >= 1 && (words.dice >= 0.3 || characters >= 0.65)) || characters >= 0.8 || (words.shared >= 2 && words.containment >= 0.6);
  // Position only breaks ties: "Article 2" must find "Article 2" even when the articles moved.
  if (overlap) return 0.5 + 0.25 * characters + 0.25 * words.dice + (samePlace ? 0.005 : 0);
  return samePlace && lengths >= 0.5 ? 0.1 : 0;
}

/**
 * Outside the gaps (a segment that moved and changed) there is no alignment to lean on, so only
 * plainly the same text counts: nearly the same characters, and most content words shared.
 */
function movedScore(old: Features, fresh: Features): number {
  const words = wordOverlap(old.content, fresh.content);
  const lengths = Math.min(old.source.length, fresh.source.length) / Math.max(old.source.length, fresh.source.length, 1);
  if (words.dice < 0.5 && lengths < 0.8) return 0;
  const characters = characterSimilarity(old.source, fresh.source, 0.8);
  return (characters >= 0.8 && words.dice >= 0.5) || characters >= 0.9 ? 0.5 * characters + 0.5 * words.dice : 0;
}

/** True when most of `part`'s content words are in the longer `whole` (one half of a split or merge). */
function isPieceOf(part: Features, whole: Features): boolean {
  if (part.source.length >= whole.source.length) return false;
  const words = wordOverlap(part.content, whole.content);
  return words.firstInSecond >= 0.6 && (words.shared >= 2 || words.firstInSecond === 1);
}
