// What a PDF needs to know about a font file beyond shaping: its kind of outlines, how the PDF
// names its glyphs, the metrics of its font descriptor, and which glyphs a composite glyph is built
// from. Read once per process by a few positioned reads of the file (a CJK file is never read whole
// for it), composites from the subsetter's copy when the subset is made.
import { cidsOf } from './cff.js';
import { withTables, type TableReader } from './layout/sfnt.js';
import type { FontFile } from './subset.js';
import type { LoadedFont } from './layout/shape.js';

/** TrueType outlines; a CID-keyed CFF (glyphs named by CID); a name-keyed CFF (named by glyph id). */
export type OutlineKind = 'truetype' | 'cid-cff' | 'cff';

export interface FontProgram {
  kind: OutlineKind;
  /** CID of each glyph id, for a CID-keyed CFF. */
  cids?: Uint16Array;
  upem: number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight?: number;
  xHeight?: number;
  italicAngle: number;
  fixedPitch: boolean;
  /** OS/2 sFamilyClass (class in the high byte). */
  familyClass: number;
  italic: boolean;
  /** The glyphs a glyph draws as parts (TrueType composites), read from the open file. */
  components(file: FontFile, glyph: number): number[];
}

const programs = new Map<string, FontProgram>();

function table(file: FontFile, index: number, name: string): DataView | undefined {
  const bytes = file.table(index, name);
  return bytes && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The font program facts of a loaded font, read once per process (a few small reads of its file). */
export function programOf(font: LoadedFont): FontProgram {
  let program = programs.get(font.spec);
  if (!program) {
    program = withTables(font.path, font.index, (reader) => readProgram(reader, font.index));
    programs.set(font.spec, program);
  }
  return program;
}

function readProgram(reader: TableReader, index: number): FontProgram {
  const head = reader.table('head')!;
  const hhea = reader.table('hhea')!;
  const os2 = reader.table('OS/2');
  const post = reader.table('post');
  const cff = reader.range('CFF ');
  const cids = cff && cidsOf((offset, length) => reader.read(cff.offset + offset, length), cff.length);
  const os2Version = os2?.getUint16(0) ?? 0;
  const locaFormat = head.getInt16(50);
  return {
    kind: cff ? (cids ? 'cid-cff' : 'cff') : 'truetype',
    cids,
    upem: head.getUint16(18),
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent: hhea.getInt16(4),
    descent: hhea.getInt16(6),
    capHeight: os2 && os2Version >= 2 ? os2.getInt16(88) : undefined,
    xHeight: os2 && os2Version >= 2 ? os2.getInt16(86) : undefined,
    italicAngle: post ? post.getInt32(4) / 65536 : 0,
    fixedPitch: post ? post.getUint32(12) !== 0 : false,
    familyClass: os2?.getInt16(30) ?? 0,
    italic: (head.getUint16(44) & 2) !== 0,
    components: cff ? () => [] : (open, glyph) => components(table(open, index, 'loca'), table(open, index, 'glyf'), locaFormat, glyph),
  };
}

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
