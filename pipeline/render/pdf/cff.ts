// The one thing Editions reads from a CFF font program itself: in a CID-keyed font (Noto CJK) the
// PDF names glyphs by CID, and the font's charset says which CID each glyph has. (Adobe Technical
// Note #5176: header, Name INDEX, Top DICT INDEX; DICT operands; charset formats 0, 1 and 2.)

/** Offset just past an INDEX that starts at `at`. */
function skipIndex(view: DataView, at: number): number {
  const count = view.getUint16(at);
  if (count === 0) return at + 2;
  const size = view.getUint8(at + 2);
  return at + 3 + (count + 1) * size + offset(view, at + 3 + count * size, size) - 1;
}

function offset(view: DataView, at: number, size: number): number {
  let value = 0;
  for (let byte = 0; byte < size; byte++) value = value * 256 + view.getUint8(at + byte);
  return value;
}

/** The first entry of the INDEX at `at`: [start, end). */
function firstEntry(view: DataView, at: number): [number, number] {
  const size = view.getUint8(at + 2);
  const data = at + 3 + (view.getUint16(at) + 1) * size - 1;
  return [data + offset(view, at + 3, size), data + offset(view, at + 3 + size, size)];
}

/** A DICT's operators with their operands (escaped operators as 1200 + the second byte). */
function readDict(view: DataView, start: number, end: number): Map<number, number[]> {
  const result = new Map<number, number[]>();
  let operands: number[] = [];
  for (let at = start; at < end; ) {
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
export function cidsOf(cff: Uint8Array): Uint16Array | undefined {
  const view = new DataView(cff.buffer, cff.byteOffset, cff.byteLength);
  const topIndex = skipIndex(view, view.getUint8(2));
  const dict = readDict(view, ...firstEntry(view, topIndex));
  const charset = dict.get(CHARSET)?.[0];
  const charStrings = dict.get(CHAR_STRINGS)?.[0];
  if (!dict.has(ROS) || charset === undefined || charStrings === undefined || charset <= 2) return undefined;
  const glyphs = view.getUint16(charStrings);
  const cids = new Uint16Array(glyphs);
  const format = view.getUint8(charset);
  let at = charset + 1;
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
