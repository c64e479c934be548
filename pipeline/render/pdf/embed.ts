// A font as one PDF document uses it: the codes its text is written in, each code's width and
// characters, and, when the document ends, the Type 0 font that embeds a subset of the file (ISO
// 32000-1, 9.7: Type0 → CIDFontType2/CIDFontType0 → FontDescriptor with FontFile2/FontFile3,
// Identity-H, W array, ToUnicode). Codes: a TrueType font's are given in order of first use (0 is
// .notdef) and a CIDToGIDMap says which glyph of the subset each is; a CID-keyed CFF font's are its
// CIDs (the subset's charset keeps them); a name-keyed CFF font's are glyph ids, kept in the subset.
import type { LoadedFont } from './layout/shape.js';
import { makeSubset, type SubsetRequest, type SubsetResult, type Subsetter } from './font-subset.js';
import { programOf, type FontProgram } from './program.js';

type Doc = PDFKit.PDFDocument;
type Ref = Omit<PDFKit.PDFKitReference, 'data' | 'end' | 'write'> & { data: Record<string, unknown>; end(chunk?: unknown): void; write(chunk: unknown): void };

export class DocumentFont {
  /** The font's resource name on pages (F1, F2, …). */
  readonly id: string;
  private readonly program: FontProgram;
  private dictionary?: Ref;
  /** Glyph id → code, in order of first use. */
  private readonly codes = new Map<number, number>();
  private readonly widths = new Map<number, number>();
  private readonly unicode = new Map<number, number[]>();
  /** The subset made ahead (prepare), for as many glyphs as it was asked for. */
  private prepared?: { glyphs: number; result: SubsetResult };

  constructor(
    private readonly doc: Doc,
    private readonly font: LoadedFont,
    id: string,
  ) {
    this.id = id;
    this.program = programOf(font);
    if (this.program.kind === 'truetype') this.code(0, [0]);
  }

  /** The code that draws glyph `glyph`; `chars` are the code points it stands for (ToUnicode). */
  code(glyph: number, chars: number[]): number {
    let code = this.codes.get(glyph);
    if (code === undefined) {
      const { kind, cids } = this.program;
      code = kind === 'truetype' ? this.codes.size : kind === 'cid-cff' ? cids![glyph] : glyph;
      this.codes.set(glyph, code);
      this.widths.set(code, (this.font.advance(glyph) * 1000) / this.program.upem);
      this.unicode.set(code, chars);
    }
    return code;
  }

  /** The font's dictionary, to list in a page's resources (written when the document ends). */
  ref(): Ref {
    this.dictionary ??= this.doc.ref({}) as Ref;
    return this.dictionary;
  }

  /** What to subset when the document ends: undefined when no page used the font. */
  private request(): SubsetRequest | undefined {
    if (!this.dictionary || this.dictionary.data.Type) return undefined;
    return { path: this.font.path, index: this.font.index, kind: this.program.kind, glyphs: [...this.codes.keys()] };
  }

  /** Have the subset made by `subsetter` (on another thread) before the document ends. */
  async prepare(subsetter: Subsetter): Promise<void> {
    const request = this.request();
    if (request) this.prepared = { glyphs: request.glyphs.length, result: await subsetter(request) };
  }

  /** Called by pdfkit when the document ends: embed the subset, if any page used the font. */
  finalize(): void {
    const request = this.request();
    if (!request) return;
    const truetype = this.program.kind === 'truetype';
    // A subset made ahead serves unless glyphs were drawn since it was asked for.
    const { program: bytes, newIds } = this.prepared?.glyphs === request.glyphs.length ? this.prepared.result : makeSubset(request);
    const fontFile = this.doc.ref(truetype ? {} : { Subtype: 'CIDFontType0C' }) as Ref;
    fontFile.end(bytes);
    const name = `${subsetTag(this.id)}+${this.font.postscript.replaceAll(' ', '_')}`;
    const descriptor = this.doc.ref({ ...this.descriptor(name), [truetype ? 'FontFile2' : 'FontFile3']: fontFile }) as Ref;
    descriptor.end();
    const descendant = this.doc.ref({
      Type: 'Font',
      Subtype: truetype ? 'CIDFontType2' : 'CIDFontType0',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widthArray(this.widths),
      ...(newIds ? { CIDToGIDMap: this.cidToGid(newIds) } : {}),
    }) as Ref;
    descendant.end();
    this.dictionary!.data = { Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [descendant], ToUnicode: this.toUnicode() };
    this.dictionary!.end();
  }

  /** The font descriptor (9.8), with pdfkit's choices of flags and metrics. */
  private descriptor(name: string): Record<string, unknown> {
    const { program } = this;
    const scale = 1000 / program.upem;
    const familyClass = program.familyClass >> 8;
    let flags = 1 << 2;
    if (program.fixedPitch) flags |= 1 << 0;
    if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
    if (familyClass === 10) flags |= 1 << 3;
    if (program.italic) flags |= 1 << 6;
    const [minX, minY, maxX, maxY] = program.bbox;
    return {
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale],
      ItalicAngle: program.italicAngle,
      Ascent: program.ascent * scale,
      Descent: program.descent * scale,
      CapHeight: (program.capHeight || program.ascent) * scale,
      XHeight: (program.xHeight || 0) * scale,
      StemV: 0,
    };
  }

  /** The CIDToGIDMap: Identity when codes and subset glyph ids agree, else a stream of 2 bytes a code. */
  private cidToGid(newIds: Map<number, number>): Ref | 'Identity' {
    const map = new Uint8Array(this.codes.size * 2);
    let identity = true;
    for (const [glyph, code] of this.codes) {
      const id = newIds.get(glyph)!;
      identity &&= id === code;
      map[code * 2] = id >> 8;
      map[code * 2 + 1] = id & 0xff;
    }
    if (identity) return 'Identity';
    const stream = this.doc.ref({}) as Ref;
    stream.end(map);
    return stream;
  }

  /** The ToUnicode CMap (9.10.3): runs of consecutive codes as bfrange arrays, 100 a block. */
  private toUnicode(): Ref {
    const ranges = runs([...this.unicode.keys()]).map(([first, last]) => {
      const targets = [];
      for (let code = first; code <= last; code++) targets.push(`<${utf16Hex(this.unicode.get(code)!)}>`);
      return `<${hex(first)}> <${hex(last)}> [${targets.join(' ')}]`;
    });
    const blocks: string[] = [];
    for (let at = 0; at < ranges.length; at += 100) {
      const block = ranges.slice(at, at + 100);
      blocks.push(`${block.length} beginbfrange\n${block.join('\n')}\nendbfrange`);
    }
    const cmap = this.doc.ref({}) as Ref;
    cmap.end(
      `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`,
    );
    return cmap;
  }
}

const hex = (value: number) => value.toString(16).padStart(4, '0');

function utf16Hex(points: number[]): string {
  return points
    .map((point) => (point > 0xffff ? `${hex(0xd800 | ((point - 0x10000) >>> 10))} ${hex(0xdc00 | ((point - 0x10000) & 0x3ff))}` : hex(point)))
    .join(' ');
}

/** Sorted codes as runs of consecutive codes, never crossing a multiple of 256 (a bfrange's codes share their first byte). */
function runs(codes: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const code of codes.sort((a, b) => a - b)) {
    const last = result[result.length - 1];
    if (last && code === last[1] + 1 && code % 256 !== 0) last[1] = code;
    else result.push([code, code]);
  }
  return result;
}

/** The W array (9.7.4.3): each run of consecutive codes as `first [w1 w2 …]`. */
function widthArray(widths: Map<number, number>): unknown[] {
  const result: unknown[] = [];
  const sorted = [...widths.keys()].sort((a, b) => a - b);
  let run: number[] | undefined;
  sorted.forEach((code, index) => {
    if (!run || code !== sorted[index - 1] + 1) {
      run = [];
      result.push(code, run);
    }
    run.push(widths.get(code)!);
  });
  return result;
}

/** pdfkit's six-letter subset tag, made from the resource name (F2 → CZZZZZ), so names stay as they were. */
function subsetTag(id: string): string {
  return [1, 2, 3, 4, 5, 6].map((index) => String.fromCharCode((id.charCodeAt(index) || 73) + 17)).join('');
}
