// HarfBuzz shaping (harfbuzzjs, WASM): the same shaper as Chromium, Firefox and LibreOffice.
// Font files are read once per process; each run is shaped with its script, language and direction,
// and results are cached per (font, text, language, direction), so measuring and drawing agree and
// measuring the same word twice costs a map lookup.
import { readFileSync, statSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { findFont } from '../fonts.js';
import { shapingFont } from './sfnt.js';

/** One positioned glyph, in font units; glyphs of a run are in visual (left-to-right) order. */
export interface Glyph {
  id: number;
  /** UTF-16 offset in the shaped text of the character this glyph starts from. */
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

export interface Shaped {
  glyphs: Glyph[];
  /** Sum of advances, font units. */
  width: number;
}

/** A loaded font file (one member of a .ttc), shared by every document of the process. */
export interface LoadedFont {
  /** The file as written in the face table: `name.ttf` or `name.ttc#PostScriptName`. */
  spec: string;
  path: string;
  /** Member index inside a collection (0 for plain files). */
  index: number;
  /** PostScript name (name id 6): the embedded font's name in a PDF. */
  postscript: string;
  upem: number;
  hbFont: hb.Font;
  /** Every code point with a glyph (cmap), for the per-character face choice. */
  covers: Set<number>;
  /** Default advance of each glyph id, font units (what the PDF's /W array must say). */
  advance(id: number): number;
  cache: Map<string, Shaped>;
}

const loaded = new Map<string, LoadedFont>();
/** One HarfBuzz blob per file: the members of a collection share it. The file's bytes are not kept. */
const blobs = new Map<string, hb.Blob>();
/**
 * Files larger than this with CFF outlines (the CJK collections) are shaped from a copy of their
 * member without the outlines: shaping reads layout tables only, and the outlines are most of the file.
 */
const LARGE = 4 << 20;

/** The font for `spec` (`file.ttf` or `file.ttc#PostScriptName`), read and prepared once per process. */
export function loadFont(spec: string): LoadedFont {
  let font = loaded.get(spec);
  if (font) return font;
  const [file, postscript] = spec.split('#');
  const path = findFont(file);
  const { face, index } = openFace(path, postscript);
  const hbFont = new hb.Font(face);
  const advances = new Map<number, number>();
  font = {
    spec,
    path,
    index,
    postscript: postscript || face.getName(6, 'en') || path.replace(/^.*\/|\.\w+$/g, ''),
    upem: face.upem,
    hbFont,
    // Read on first use: only the regular face of a script decides which characters it draws.
    get covers() {
      const value = new Set(face.collectUnicodes());
      Object.defineProperty(this, 'covers', { value });
      return value;
    },
    advance: (id) => {
      let value = advances.get(id);
      if (value === undefined) advances.set(id, (value = hbFont.glyphHAdvance(id)));
      return value;
    },
    cache: new Map(),
  };
  loaded.set(spec, font);
  return font;
}

/** The HarfBuzz face of a font file's member, and the member's index in the file. */
function openFace(path: string, postscript: string | undefined): { face: hb.Face; index: number } {
  const reduced = statSync(path).size > LARGE ? shapingFont(path, postscript) : undefined;
  if (reduced) return { face: new hb.Face(new hb.Blob(reduced.bytes), 0), index: reduced.index };
  let blob = blobs.get(path);
  if (!blob) {
    blob = new hb.Blob(readFileSync(path));
    blobs.set(path, blob);
  }
  const index = postscript ? memberIndex(blob, postscript) : 0;
  return { face: new hb.Face(blob, index), index };
}

/** The code points a font file has glyphs for, read without keeping the file (for the fallback index). */
export function coverageOf(path: string): Uint32Array {
  return new hb.Face(new hb.Blob(new Uint8Array(readFileSync(path))), 0).collectUnicodes();
}

/** Index of the collection member whose PostScript name (name id 6) is `postscript`. */
function memberIndex(blob: hb.Blob, postscript: string): number {
  for (let index = 0; index < 64; index++) {
    const name = new hb.Face(blob, index).getName(6, 'en');
    if (!name) break;
    if (name === postscript) return index;
  }
  throw new Error(`internal: no member ${postscript} in font collection`);
}

/** One buffer for every shaping call (reset each time): no WASM allocation per word. */
const buffer = new hb.Buffer();
/** Shaped runs kept per font; a long build's words repeat, its memory must not grow without end. */
const CACHE_LIMIT = 50_000;

export interface ShapeOptions {
  language: string;
  rtl: boolean;
}

/**
 * Shape `text` (one run: one font, one direction) with HarfBuzz. The script is guessed from the
 * text (HarfBuzz's own segment properties), the language and direction come from the caller.
 */
export function shape(font: LoadedFont, text: string, options: ShapeOptions): Shaped {
  const key = `${options.rtl ? 'r' : 'l'}|${options.language}|${text}`;
  let shaped = font.cache.get(key);
  if (shaped) return shaped;
  if (font.cache.size >= CACHE_LIMIT) font.cache.clear();
  buffer.reset();
  buffer.addText(text);
  buffer.setDirection(options.rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.setLanguage(options.language);
  buffer.guessSegmentProperties();
  hb.shape(font.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const glyphs: Glyph[] = infos.map((info, index) => ({
    id: info.codepoint,
    cluster: info.cluster,
    advance: positions[index].xAdvance,
    dx: positions[index].xOffset,
    dy: positions[index].yOffset,
  }));
  shaped = { glyphs, width: glyphs.reduce((sum, glyph) => sum + glyph.advance, 0) };
  font.cache.set(key, shaped);
  return shaped;
}
