// Alignment of an old and a new segment sequence: unchanged segments are anchors, and what changed
// between two anchors is a gap whose old and new segments may be paired. Pure.
import { diffArrays } from 'diff';

/** Old and new positions (indices into the two sequences) between two unchanged segments. */
export interface Gap {
  old: number[];
  new: number[];
}

/**
 * The gaps of a diff of two key sequences, in document order.
 * Example: [a, b, c] → [a, x, c] gives one gap { old: [1], new: [1] }.
 */
export function gapsBetween(oldKeys: string[], newKeys: string[]): Gap[] {
  const gaps: Gap[] = [];
  let open: Gap | undefined;
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of diffArrays(oldKeys, newKeys)) {
    const count = part.value.length;
    if (!part.added && !part.removed) {
      open = undefined;
      oldIndex += count;
      newIndex += count;
      continue;
    }
    if (!open) gaps.push((open = { old: [], new: [] }));
    for (let step = 0; step < count; step++) {
      if (part.added) open.new.push(newIndex++);
      else open.old.push(oldIndex++);
    }
  }
  return gaps;
}

/**
 * The pairing of rows and columns that maximises the summed score (Hungarian method, O(n²m)),
 * leaving out pairs scored 0 (not allowed). Example: [[0.9, 0.8], [0.85, 0]] → [[0, 1], [1, 0]].
 */
export function bestAssignment(scores: number[][]): [number, number][] {
  const rows = scores.length;
  const columns = rows ? scores[0].length : 0;
  if (!rows || !columns) return [];
  const transposed = rows > columns;
  const n = transposed ? columns : rows;
  const m = transposed ? rows : columns;
  const cost = (i: number, j: number) => -(transposed ? scores[j][i] : scores[i][j]);
  // Potentials and the column → row matching, 1-based as in the textbook formulation.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const match = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let row = 1; row <= n; row++) {
    match[0] = row;
    let column = 0;
    const least = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[column] = 1;
      const current = match[column];
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(current - 1, j - 1) - u[current] - v[j];
        if (reduced < least[j]) {
          least[j] = reduced;
          way[j] = column;
        }
        if (least[j] < delta) {
          delta = least[j];
          next = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else least[j] -= delta;
      }
      column = next;
    } while (match[column] !== 0);
    do {
      const previous = way[column];
      match[column] = match[previous];
      column = previous;
    } while (column);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    if (!match[j]) continue;
    const [row, column] = transposed ? [j - 1, match[j] - 1] : [match[j] - 1, j - 1];
    if (scores[row][column] > 0) pairs.push([row, column]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
