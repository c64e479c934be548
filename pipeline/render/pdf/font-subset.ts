// A used font's subset, as a document embeds it. The request is plain data (which file, which
// member, which glyphs), so the subset can be made on another thread than the one drawing: the
// render pool has its workers' subsets made on the build's own thread (subset-service.ts). Made
// here or there, the bytes are the same.
import { EditionsError } from '../../errors.js';
import type { OutlineKind } from './program.js';
import { sfntTable, withFontFile, type FontFile } from './subset.js';

export interface SubsetRequest {
  /** The font file and, in a collection, its member. */
  path: string;
  index: number;
  kind: OutlineKind;
  /** Glyph ids the document drew, in order of first use. */
  glyphs: number[];
}

export interface SubsetResult {
  /** The font program to embed: the subset font file (TrueType), or its CFF table. */
  program: Uint8Array;
  /** TrueType: each glyph's id in the subset (what the CIDToGIDMap says). */
  newIds?: Map<number, number>;
}

/** Where subsets are made: here (makeSubset) or by a render worker's parent (subset-service.ts). */
export type Subsetter = (request: SubsetRequest) => Promise<SubsetResult>;

/**
 * The subset of `request.glyphs` and what they are built from. A CFF font keeps its glyph ids (its
 * codes are CIDs or ids); a TrueType font's glyphs are renumbered in order of their old ids, or kept
 * at their old ids when the subset holds glyphs Editions did not predict.
 */
export function makeSubset(request: SubsetRequest): SubsetResult {
  try {
    return subsetOf(request);
  } catch (error) {
    // The font was read when the text was shaped; a file gone since was removed while the build ran.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new EditionsError(`the font ${request.path} was removed while the build ran; run \`bash scripts/setup\` to install it again, then build again`, { rule: 'font-missing' });
  }
}

function subsetOf(request: SubsetRequest): SubsetResult {
  const { path, index, kind, glyphs } = request;
  return withFontFile(path, (file) => {
    const made = file.subset(index, glyphs, kind === 'cff');
    if (kind !== 'truetype') return { program: sfntTable(made, 'CFF ')!.slice() };
    const predicted = predictedIds(file, index, glyphs, made);
    if (predicted) return { program: made, newIds: predicted };
    return { program: file.subset(index, glyphs, true), newIds: new Map(glyphs.map((glyph) => [glyph, glyph])) };
  });
}

/**
 * Each used glyph's id in a TrueType subset: HarfBuzz numbers the subset's glyphs in the order of
 * their old ids, parts of composites included. Undefined when its glyph count is not what that
 * predicts (a closure Editions does not know).
 */
function predictedIds(file: FontFile, index: number, glyphs: number[], subset: Uint8Array): Map<number, number> | undefined {
  const head = view(file.table(index, 'head'));
  const loca = view(file.table(index, 'loca'));
  const glyf = view(file.table(index, 'glyf'));
  const kept = new Set(glyphs);
  if (head) for (const glyph of kept) for (const part of components(loca, glyf, head.getInt16(50), glyph)) kept.add(part);
  const count = view(sfntTable(subset, 'maxp'))?.getUint16(4) ?? -1;
  if (count !== kept.size) return undefined;
  return new Map([...kept].sort((a, b) => a - b).map((glyph, at) => [glyph, at]));
}

const view = (bytes: Uint8Array | undefined) => bytes && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Flags of a composite glyph's components (OpenType glyf table). */
const ARGS_ARE_WORDS = 0x1;
const HAVE_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const HAVE_XY_SCALE = 0x40;
const HAVE_TWO_BY_TWO = 0x80;

/** The glyph ids a TrueType composite glyph is made of (none for a simple glyph). */
function components(loca: DataView | undefined, glyf: DataView | undefined, locaFormat: number, glyph: number): number[] {
  if (!loca || !glyf) return [];
  const start = locaFormat ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2;
  const end = locaFormat ? loca.getUint32(glyph * 4 + 4) : loca.getUint16(glyph * 2 + 2) * 2;
  if (end - start < 10 || glyf.getInt16(start) >= 0) return [];
  const parts: number[] = [];
  for (let at = start + 10, flags = MORE_COMPONENTS; flags & MORE_COMPONENTS; ) {
    flags = glyf.getUint16(at);
    parts.push(glyf.getUint16(at + 2));
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    at += flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_TWO_BY_TWO ? 8 : 0;
  }
  return parts;
}
