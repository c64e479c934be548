// What a PDF needs to know about a font file beyond shaping: its kind of outlines, how the PDF
// names its glyphs and the metrics of its font descriptor. Read once per process by a few
// positioned reads of the file (a CJK file is never read whole for it).
import { cidsOf } from './cff.js';
import { withTables, type TableReader } from './layout/sfnt.js';
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
}

const programs = new Map<string, FontProgram>();

/** The font program facts of a loaded font, read once per process (a few small reads of its file). */
export function programOf(font: LoadedFont): FontProgram {
  let program = programs.get(font.spec);
  if (!program) {
    program = withTables(font.path, font.index, readProgram);
    programs.set(font.spec, program);
  }
  return program;
}

function readProgram(reader: TableReader): FontProgram {
  const head = reader.table('head')!;
  const hhea = reader.table('hhea')!;
  const os2 = reader.table('OS/2');
  const post = reader.table('post');
  const cff = reader.range('CFF ');
  const cids = cff && cidsOf((offset, length) => reader.read(cff.offset + offset, length), cff.length);
  const os2Version = os2?.getUint16(0) ?? 0;
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
  };
}
