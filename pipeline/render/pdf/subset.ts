// Font subsetting by HarfBuzz's own subsetter (harfbuzzjs ships it as a second, standalone WASM
// module): the glyphs a document drew, plus what they need (composite parts), and only the tables a
// PDF font program uses. A CJK subset takes tens of milliseconds where re-encoding through fontkit
// took hundreds, and comes out a quarter of the size. The subsetter's memory is fixed at 64 MB, so
// small font files stay in it (read once per process) and large ones (CJK collections) are read
// into it straight from the file for each use and freed after: no second copy stays in memory.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb_subset_sets_t and hb_subset_flags_t values (hb-subset.h). */
const DROP_TABLE_TAG = 3;
const RETAIN_GIDS = 0x2;
/** Keep only the glyphs asked for (and their parts): no glyphs reachable through GSUB. */
const NO_LAYOUT_CLOSURE = 0x200;

/** The tables a PDF font program needs (ISO 32000-1, 9.9): TrueType outlines and hinting, or the CFF table. */
const KEPT_TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm', 'CFF '];

let wasm: SubsetExports | undefined;

function subsetter(): SubsetExports {
  if (!wasm) {
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve('harfbuzzjs')), 'harfbuzz-subset.wasm');
    wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports as unknown as SubsetExports;
    wasm._initialize?.();
  }
  return wasm;
}

/** A font file in the subsetter's memory. */
interface Loaded {
  pointer: number;
  length: number;
  blob: number;
}

/** Files up to this size stay loaded, up to KEEP_TOTAL bytes in all (the least recently used leave first). */
const KEEP_FILE = 4 << 20;
const KEEP_TOTAL = 16 << 20;
const kept = new Map<string, Loaded>();

function load(file: string): Loaded {
  const hb = subsetter();
  const fd = openSync(file, 'r');
  try {
    const length = fstatSync(fd).size;
    let pointer = hb.malloc(length);
    while (!pointer && kept.size) {
      release(kept.keys().next().value!);
      pointer = hb.malloc(length);
    }
    if (!pointer) throw new Error(`internal: the font file ${file} (${Math.round(length / 2 ** 20)} MB) does not fit in the subsetter's memory`);
    // Read straight into the subsetter's memory: no copy of the file in JavaScript. A file that
    // shrinks while it is read (a package reinstalled during a build) ends the read, not loops it.
    try {
      for (let done = 0; done < length; ) {
        const read = readSync(fd, new Uint8Array(hb.memory.buffer, pointer + done, length - done), 0, length - done, done);
        if (read === 0) throw new Error(`the font file ${file} changed while it was read`);
        done += read;
      }
    } catch (error) {
      hb.free(pointer);
      throw error;
    }
    // Mode 2 (writable, no copy), no destroy callback: release() frees the bytes.
    return { pointer, length, blob: hb.hb_blob_create(pointer, length, 2, 0, 0) };
  } finally {
    closeSync(fd);
  }
}

function release(file: string, loaded = kept.get(file)): void {
  if (!loaded) return;
  kept.delete(file);
  wasm!.hb_blob_destroy(loaded.blob);
  wasm!.free(loaded.pointer);
}

/** A font file open in the subsetter, for the length of one `withFontFile` call. */
export interface FontFile {
  /** One table of member `index`, read in place: valid until the call returns. */
  table(index: number, name: string): Uint8Array | undefined;
  /**
   * The subset font file (an sfnt holding only KEPT_TABLES) of member `index`, with `glyphs` and the
   * glyphs they are built from. New glyph ids follow the old ones' order, unless `retainGids`
   * keeps every glyph at its old id.
   */
  subset(index: number, glyphs: Iterable<number>, retainGids: boolean): Uint8Array;
}

/** Run `use` with `file` loaded in the subsetter (kept there when small, freed after when large). */
export function withFontFile<T>(file: string, use: (font: FontFile) => T): T {
  let loaded = kept.get(file);
  if (loaded) kept.delete(file);
  loaded ??= load(file);
  const current = loaded;
  try {
    return use({ table: (index, name) => tableOf(current, index, name), subset: (index, glyphs, retain) => subsetOf(current, file, index, glyphs, retain) });
  } finally {
    if (current.length <= KEEP_FILE) {
      kept.set(file, current);
      let total = [...kept.values()].reduce((sum, item) => sum + item.length, 0);
      for (const [name, item] of kept) {
        if (total <= KEEP_TOTAL) break;
        release(name, item);
        total -= item.length;
      }
    } else {
      release(file, current);
    }
  }
}

function tableOf(loaded: Loaded, index: number, name: string): Uint8Array | undefined {
  const data = new Uint8Array(wasm!.memory.buffer, loaded.pointer, loaded.length);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const start = view.getUint32(0) === tag('ttcf') ? view.getUint32(12 + index * 4) : 0;
  return tableAt(data, start, name);
}

const tag = (name: string) => ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;

function subsetOf(loaded: Loaded, file: string, index: number, glyphs: Iterable<number>, retainGids: boolean): Uint8Array {
  const hb = wasm!;
  const face = hb.hb_face_create(loaded.blob, index);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    const set = hb.hb_subset_input_glyph_set(input);
    for (const glyph of glyphs) hb.hb_set_add(set, glyph);
    const drop = hb.hb_subset_input_set(input, DROP_TABLE_TAG);
    hb.hb_set_clear(drop);
    for (const name of KEPT_TABLES) hb.hb_set_add(drop, tag(name));
    hb.hb_set_invert(drop);
    hb.hb_subset_input_set_flags(input, NO_LAYOUT_CLOSURE | (retainGids ? RETAIN_GIDS : 0));
    let result = hb.hb_subset_or_fail(face, input);
    if (!result && kept.size) {
      // Out of memory, likely: make room (the file in use is not among the kept ones) and try again.
      for (const name of [...kept.keys()]) release(name);
      result = hb.hb_subset_or_fail(face, input);
    }
    if (!result) throw new Error(`internal: HarfBuzz could not subset ${file}`);
    const blob = hb.hb_face_reference_blob(result);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(result);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
  }
}

/** One table of a plain sfnt (the subsetter's output), or undefined when it has none. */
export const sfntTable = (font: Uint8Array, name: string) => tableAt(font, 0, name);

function tableAt(data: Uint8Array, start: number, name: string): Uint8Array | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getUint16(start + 4);
  for (let record = start + 12; record < start + 12 + count * 16; record += 16) {
    if (view.getUint32(record) === tag(name)) return data.subarray(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
  }
  return undefined;
}
