// The one thing Editions reads from a CFF font program itself: in a CID-keyed font (Noto CJK) the
// PDF names glyphs by CID, and the font's charset says which CID each glyph has. (Adobe Technical
// Note #5176: header, Name INDEX, Top DICT INDEX; DICT operands; charset formats 0, 1 and 2.)

/** Bytes of the CFF table, from its start: the table is read in pieces, never whole (CJK: 23 MB). */
export type Read = (offset: number, length: number) => DataView;

/** Offset just past an INDEX that starts at `at`. */
function skipIndex(read: Read, at: number): number {
  const head = read(at, 3);
  const count = head.getUint16(0);
  if (count === 0) return at + 2;
  const size = head.getUint8(2);
  return at + 3 + (count + 1) * size + offset(read(at + 3 + count * size, size), 0, size) - 1;
}

function offset(view: DataView, at: number, size: number): number {
  let value = 0;
  for (let byte = 0; byte < size; byte++) value = value * 256 + view.getUint8(at + byte);
  return value;
}

/** The first entry of the INDEX at `at`. */
function firstEntry(read: Read, at: number): DataView {
  const head = read(at, 3);
  const size = head.getUint8(2);
  const data = at + 3 + (head.getUint16(0) + 1) * size - 1;
  const offsets = read(at + 3, size * 2);
  const start = data + offset(offsets, 0, size);
  return read(start, data + offset(offsets, size, size) - start);
}

/** A DICT's operators with their operands (escaped operators as 1200 + the second byte). */
function readDict(view: DataView): Map<number, number[]> {
  const result = new Map<number, number[]>();
  let operands: number[] = [];
  const end = view.byteLength;
  for (let at = 0; at < end; ) {
    const b0 = view.getUint8(at);
    if (b0 <= 21) {
      const operator = b0 === 12 ? 1200 + view.getUint8(at + 1) : b0;
      at += b0 === 12 ? 2 : 1;
      result.set(operator, operands);
      operands = [];
    } else if (b0 === 28) {
      operands.push(view.getInt16(at + 1));
      at += 3;
    } else if (b0 === 29) {
      operands.push(view.getInt32(at + 1));
      at += 5;
    } else if (b0 === 30) {
      // A real number: only skipped, Editions needs none.
      at++;
      while (at < end && (view.getUint8(at) & 0x0f) !== 0x0f && (view.getUint8(at) & 0xf0) !== 0xf0) at++;
      at++;
      operands.push(0);
    } else if (b0 <= 246) {
      operands.push(b0 - 139);
      at++;
    } else if (b0 <= 250) {
      operands.push((b0 - 247) * 256 + view.getUint8(at + 1) + 108);
      at += 2;
    } else {
      operands.push(-(b0 - 251) * 256 - view.getUint8(at + 1) - 108);
      at += 2;
    }
  }
  return result;
}

const ROS = 1230;
const CHARSET = 15;
const CHAR_STRINGS = 17;

/**
 * The CID of every glyph of a CID-keyed CFF table (index = glyph id), or undefined for a name-keyed
 * one (whose glyphs a PDF addresses by glyph id).
 */
export function cidsOf(read: Read, tableLength: number): Uint16Array | undefined {
  const topIndex = skipIndex(read, read(2, 1).getUint8(0));
  const dict = readDict(firstEntry(read, topIndex));
  const charset = dict.get(CHARSET)?.[0];
  const charStrings = dict.get(CHAR_STRINGS)?.[0];
  if (!dict.has(ROS) || charset === undefined || charStrings === undefined || charset <= 2) return undefined;
  const glyphs = read(charStrings, 2).getUint16(0);
  const cids = new Uint16Array(glyphs);
  // Format 0 takes 2 bytes a glyph, ranges (formats 1 and 2) at most 4: read at most that much.
  const view = read(charset, Math.min(tableLength - charset, 1 + 4 * glyphs));
  const format = view.getUint8(0);
  let at = 1;
  for (let glyph = 1; glyph < glyphs; ) {
    if (format === 0) {
      cids[glyph++] = view.getUint16(at);
      at += 2;
      continue;
    }
    const first = view.getUint16(at);
    const left = format === 1 ? view.getUint8(at + 2) : view.getUint16(at + 2);
    at += format === 1 ? 3 : 4;
    for (let step = 0; step <= left && glyph < glyphs; step++) cids[glyph++] = first + step;
  }
  return cids;
}
