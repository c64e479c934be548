// The pieces hints.ts is built from: the gaps of a diff, the best assignment, and the two similarities.
import { describe, expect, it } from 'vitest';
import { bestAssignment, gapsBetween } from '../../pipeline/review/align.js';
import { characterSimilarity, commonWords, contentWords, wordOverlap, wordsOf } from '../../pipeline/review/similarity.js';

/** Textbook longest common subsequence by dynamic programming, to check the O(ND) one against. */
function lcsLength(a: string, b: string): number {
  const row = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** A fixed pseudo-random sequence (no clock, no Math.random): the same matrices every run. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function bruteForceBest(scores: number[][]): number {
  const columns = scores[0].length;
  const best = (row: number, used: Set<number>): number => {
    if (row === scores.length) return 0;
    let value = best(row + 1, used);
    for (let column = 0; column < columns; column++) {
      if (used.has(column) || scores[row][column] <= 0) continue;
      used.add(column);
      value = Math.max(value, scores[row][column] + best(row + 1, used));
      used.delete(column);
    }
    return value;
  };
  return best(0, new Set());
}

describe('gapsBetween', () => {
  it('puts what changed between two unchanged keys in one gap, in document order', () => {
    expect(gapsBetween(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'y', 'z', 'e'])).toEqual([
      { old: [1], new: [1] },
      { old: [3], new: [3, 4] },
    ]);
  });

  it('gives a deletion and an insertion elsewhere two separate gaps', () => {
    expect(gapsBetween(['a', 'gone', 'b', 'c'], ['a', 'b', 'new', 'c'])).toEqual([
      { old: [1], new: [] },
      { old: [], new: [2] },
    ]);
  });
});

describe('bestAssignment', () => {
  it('takes the pairing with the best total, not each row greedily in order', () => {
    // Row 0 alone would take column 0 (0.9); the best total gives column 0 to row 1.
    expect(bestAssignment([[0.9, 0.8], [0.85, 0]])).toEqual([[0, 1], [1, 0]]);
  });

  it('leaves out pairs scored 0, also in wide and tall matrices', () => {
    expect(bestAssignment([[0, 0, 0.5]])).toEqual([[0, 2]]);
    expect(bestAssignment([[0], [0], [0.3]])).toEqual([[2, 0]]);
    expect(bestAssignment([[0, 0], [0, 0]])).toEqual([]);
  });

  it('matches a brute-force search on 200 random matrices up to 5 × 6', () => {
    const next = numbers(13);
    for (let round = 0; round < 200; round++) {
      const rows = 1 + Math.floor(next() * 5);
      const columns = 1 + Math.floor(next() * 6);
      const scores = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (next() < 0.3 ? 0 : Math.round(next() * 100) / 100)));
      const pairs = bestAssignment(scores);
      const total = pairs.reduce((sum, [row, column]) => sum + scores[row][column], 0);
      expect(total).toBeCloseTo(bruteForceBest(scores), 9);
      expect(new Set(pairs.map(([, column]) => column)).size).toBe(pairs.length);
    }
  });
});

describe('characterSimilarity', () => {
  const pairs: [string, string][] = [
    ['Second paragraph will change soon.', 'Second paragraph has now changed.'],
    ['Introdcution', 'Introduction'],
    ['Background', 'Context'],
    ['The pump will be fixed in the spring.', 'The choir will sing in the square.'],
    ['', 'x'],
  ];
  it('is 2 × common subsequence / total length, case-folded (fstrcmp)', () => {
    for (const [a, b] of pairs) expect(characterSimilarity(a, b)).toBeCloseTo((2 * lcsLength(a.toLowerCase(), b.toLowerCase())) / (a.length + b.length), 9);
    expect(characterSimilarity('Same', 'same')).toBe(1);
  });

  it('returns 0 below the floor and the exact value above it', () => {
    const exact = characterSimilarity('Background', 'Context');
    expect(exact).toBeLessThan(0.5);
    expect(characterSimilarity('Background', 'Context', 0.5)).toBe(0);
    expect(characterSimilarity('Introdcution', 'Introduction', 0.5)).toBeCloseTo(characterSimilarity('Introdcution', 'Introduction'), 9);
  });
});

describe('content words', () => {
  it('ignore function words: the choir and the pump share none', () => {
    const none = new Set<string>();
    const pump = contentWords(wordsOf('The pump will be fixed in the spring.'), none);
    const choir = contentWords(wordsOf('The choir will sing in the square.'), none);
    expect(pump).toEqual(['pump', 'fixed', 'spring']);
    expect(wordOverlap(pump, choir).shared).toBe(0);
  });

  it('count the heavy rewording as half alike', () => {
    const none = new Set<string>();
    const overlap = wordOverlap(contentWords(wordsOf('Second paragraph will change soon.'), none), contentWords(wordsOf('Second paragraph has now changed.'), none));
    expect(overlap).toMatchObject({ shared: 2, dice: 0.5 });
  });

  it('treat a word in more than half the segments of a long enough document as common', () => {
    const texts = ['NATO met', 'NATO spoke', 'NATO left', 'NATO came', 'NATO went', 'rain fell', 'sun shone', 'wind blew'].map(wordsOf);
    expect([...commonWords(texts)]).toEqual(['nato']);
    expect(commonWords(texts.slice(0, 4)).size).toBe(0);
  });

  it('split Han and kana text into characters, so Japanese and Chinese paragraphs can overlap', () => {
    expect(wordsOf('水が来ない')).toEqual(['水', 'が', '来', 'な', 'い']);
  });
});
