// Every script right in the PDF: real passages (tests/fixtures/scripts, see its README for their
// source) rendered, then read back with poppler's pdftotext as a reader's copy-paste would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { layoutParagraph } from '../../pipeline/render/pdf/layout/paragraph.js';
import { fontOf, stackFor } from '../../pipeline/render/pdf/layout/faces.js';
import { passageEdition, ui } from '../support/editions.js';
import { REPO } from '../support/workspace.js';
import { wordsInOrder } from './pdf-editions.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const passage = (language: string) => readFileSync(path.join(REPO, 'tests/fixtures/scripts', `${language}.txt`), 'utf8').trim();

async function render(language: string): Promise<{ file: string; text: string }> {
  const bytes = await renderPdf(passageEdition(language, passage(language)), ui(language), { creationDate: new Date(Date.UTC(2024, 6, 1)) });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `script-${language}.pdf`);
  writeFileSync(file, bytes);
  // One page image per script, kept as a test artifact for a person to look at.
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  return { file, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}


const LTR = ['zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'th'];
const RTL = ['ar', 'fa', 'he'];

describe.skipIf(!hasPoppler)('render/pdf: every script, extracted as a reader would copy it', () => {
  it.each(LTR)('%s: at least 99 %% of words come back in reading order', async (language) => {
    const { text } = await render(language);
    expect(text).not.toContain('\uFFFD');
    expect(wordsInOrder(language, passage(language), text)).toBeGreaterThanOrEqual(0.99);
  });

  it.each(RTL)('%s: at least 99 %% of words come back in reading order, numbers intact', async (language) => {
    const { text } = await render(language);
    expect(wordsInOrder(language, passage(language), text)).toBeGreaterThanOrEqual(0.99);
    for (const number of passage(language).match(/[0-9٠-٩۰-۹][0-9٠-٩۰-۹,٬]*/g) ?? []) expect(text).toContain(number);
  });

  it('starts the first line of an Arabic paragraph at the right margin', async () => {
    const { file } = await render('ar');
    // Read the drawn page itself (a grey-scale image at 72 dpi: one pixel per point), not a text
    // extractor's guess: every row of ink in the body ends at the right margin.
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', file], { maxBuffer: 1 << 24 });
    const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!.map(Number);
    const pixels = pgm.subarray(pgm.length - width * height);
    // Bands of rows with ink are lines of text; a band's right edge is its rightmost inked pixel.
    const bands: number[] = [];
    let band = -1;
    for (let y = 100; y < height - 100; y++) {
      let right = -1;
      for (let x = 0; x < width; x++) if (pixels[y * width + x] < 100) right = x;
      if (right >= 0) band = Math.max(band, right);
      else if (band >= 0) {
        bands.push(band);
        band = -1;
      }
    }
    // Ink never passes the margin (595 − 64 = 531 pt), and the Arabic lines end on it.
    expect(Math.max(...bands)).toBeLessThanOrEqual(532);
    expect(bands.filter((right) => right >= 527).length).toBeGreaterThanOrEqual(8);
  });
});

describe('render/pdf layout: line breaking and order, without drawing', () => {
  const measure = (_face: unknown, _variant: unknown, size: number, text: string) => [...text].length * size * 0.6;
  const lay = (language: string, width: number, direction: 'ltr' | 'rtl' = 'ltr') =>
    layoutParagraph([{ text: passage(language) }], { width, size: 10, direction, language, stack: stackFor(language), measure });

  it.each(['zh-Hans', 'zh-Hant', 'ja'])('%s: no line starts with closing punctuation', (language) => {
    for (const width of [90, 120, 150, 200]) {
      const lines = lay(language, width).lines;
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) expect(line.items[0].logical).not.toMatch(/^[。，、）」』”；：！？]/);
    }
  });

  it('Thai breaks only between words', () => {
    const thai = passage('th');
    const starts = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai)].map((part) => part.index));
    const lines = lay('th', 120).lines;
    expect(lines.length).toBeGreaterThan(5);
    let offset = 0;
    for (const line of lines) {
      const text = line.items.map((item) => item.logical).join('');
      offset = thai.indexOf(text, offset);
      expect(starts.has(offset)).toBe(true);
      offset += text.length;
    }
  });

  it('Arabic: words in visual order right to left, Latin and digits left to right, brackets mirrored by HarfBuzz', () => {
    const [line] = layoutParagraph([{ text: 'قمة الناتو (NATO) لعام 2024' }], { width: 1000, size: 10, direction: 'rtl', language: 'ar', stack: stackFor('ar'), measure }).lines;
    const visual = line.items.map((item) => item.logical).filter((text) => text.trim());
    // Left to right on the page: the logical ")" stands left of NATO, drawn as "(".
    expect(visual).toEqual(['2024', 'لعام', ')', 'NATO', '(', 'الناتو', 'قمة']);
    const close = line.items.find((item) => item.logical === ')')!;
    expect(close.rtl).toBe(true);
    expect(close.glyphs.map((glyph) => glyph.id)).toEqual([fontOf(close.face).hbFont.glyph('('.codePointAt(0)!)]);
  });

  it('Arabic-Indic digits keep their order', () => {
    const [line] = layoutParagraph([{ text: 'منذ عام ٢٠١٤ تقريبًا' }], { width: 1000, size: 10, direction: 'rtl', language: 'ar', stack: stackFor('ar'), measure }).lines;
    const digits = line.items.find((item) => item.logical === '٢٠١٤')!;
    expect(digits.rtl).toBe(false);
    const font = fontOf(digits.face);
    expect(digits.glyphs.map((glyph) => glyph.id)).toEqual([...'٢٠١٤'].map((char) => font.hbFont.glyph(char.codePointAt(0)!)));
  });

  it('puts a language’s configured fonts (config `fonts:`) first in its stack', () => {
    expect(stackFor('ar').map((face) => face.id).slice(0, 3)).toEqual(['arabic', 'latin', 'sans']);
    expect(stackFor('ar', ['sans']).map((face) => face.id).slice(0, 2)).toEqual(['sans', 'arabic']);
    // A font file from the config covers what the default stack cannot: here a mathematical symbol.
    const withMath = stackFor('en', ['NotoSansMath-Regular.ttf']);
    expect(withMath[0]).toMatchObject({ id: 'custom-NotoSansMath-Regular.ttf', regular: 'NotoSansMath-Regular.ttf' });
    expect(layoutParagraph([{ text: 'a ⟁ b' }], { width: 500, size: 10, direction: 'ltr', language: 'en', stack: withMath, measure }).missing).toEqual([]);
  });

  it('reports a character no font covers', () => {
    expect(layoutParagraph([{ text: 'a ⟁ b' }], { width: 100, size: 10, direction: 'ltr', language: 'en', stack: stackFor('en'), measure }).missing).toEqual(['⟁']);
  });
});
