// Heading levels without gaps: the edition's title is the only level 1, so the body's headings
// take levels 2–6 by rank of the depths actually used (`##` alone → 2; `#`, `###` → 2, 3).
import type { Root } from 'mdast';
import { eachOf } from './each.js';

/** Levels every format uses for the body's headings: depth as written → level (2–6). */
export type HeadingLevels = (depth: number) => number;

/**
 * Rank the heading depths used in `tree`. Example: a body with `##` and `####` → 2 ↦ 2, 4 ↦ 3.
 * HTML shows level n as <hn>, PDF tags it Hn.
 */
export function headingLevels(tree: Root): HeadingLevels {
  const depths = new Set<number>();
  eachOf(tree, 'heading', (node) => {
    depths.add(node.depth);
  });
  const ranked = [...depths].sort((a, b) => a - b);
  return (depth) => Math.min(6, 2 + Math.max(0, ranked.indexOf(depth)));
}
