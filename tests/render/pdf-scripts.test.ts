// Every script right in the PDF: real passages (tests/fixtures/scripts, see its README for their
// source) rendered, then read back with poppler's pdftotext as a reader's copy-paste would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { layoutParagraph } from '../../pipeline/render/pdf/layout/paragraph.js';
import { stackFor } from '../../pipeline/render/pdf/layout/faces.js';
import { passageEdition, ui } from '../support/editions.js';
import { REPO } from '../support/workspace.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const passage = (language: string) => readFileSync(path.join(REPO, 'tests/fixtures/scripts', `${language}.txt`), 'utf8').trim();
const UNSPACED = new Set(['zh-Hans', 'zh-Hant', 'ja', 'th']);

async function render(language: string): Promise<{ file: string; text: string }> {
  const bytes = await renderPdf(passageEdition(language, passage(language)), ui(language), { creationDate: new Date(Date.UTC(2024, 6, 1)) });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `script-${language}.pdf`);
  writeFileSync(file, bytes);
  // One page image per script, kept as a test artifact for a person to look at.
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  return { file, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}

/**
 * Share of the passage's words (Intl.Segmenter's word-like segments: punctuation is not a word)
 * found in the extracted text in reading order.
 */
function wordsInOrder(language: string, source: string, extracted: string): number {
  // Invisible characters a reader would not notice missing: bidi controls poppler adds, joiners.
  const invisible = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
  const haystack = UNSPACED.has(language) ? extracted.replace(invisible, '').replace(/\s+/g, '') : extracted.replace(invisible, '').replace(/\s+/g, ' ');
  const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(source.replace(invisible, ''))].filter((part) => part.isWordLike).map((part) => part.segment);
  let cursor = 0;
  let found = 0;
  for (const word of words) {
    const at = haystack.indexOf(word, cursor);
    if (at >= 0) {
      found++;
      cursor = at + word.length;
    }
  }
  return found / words.length;
}

const LTR = ['zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'th'];
const RTL = ['ar', 'fa', 'he'];

describe.skipIf(!hasPoppler)('render/pdf: every script, extracted as a reader would copy it', () => {
  it.each(LTR)('%s: at least 98 %% of words come back in reading order', async (language) => {
    const { text } = await render(language);
    expect(text).not.toContain('\uFFFD');
    expect(wordsInOrder(language, passage(language), text)).toBeGreaterThanOrEqual(0.98);
  });

  it.each(RTL)('%s: at least 95 %% of words come back in reading order, numbers intact', async (language) => {
    const { text } = await render(language);
    expect(wordsInOrder(language, passage(language), text)).toBeGreaterThanOrEqual(0.95);
    for (const number of passage(language).match(/[0-9٠-٩۰-۹][0-9٠-٩۰-۹,٬]*/g) ?? []) expect(text).toContain(number);
  });

  it('starts the first line of an Arabic paragraph at the right margin', async () => {
    const { file } = await render('ar');
    const html = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const lines = [...html.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((match) => ({ xMin: Number(match[1]), xMax: Number(match[2]), yMax: Number(match[3]) }));
    const pageWidth = 595.28;
    // poppler may cut one visual line into several boxes: a line's right edge is its rightmost box.
    const rows = new Map<number, number>();
    for (const line of lines) rows.set(Math.round(line.yMax), Math.max(rows.get(Math.round(line.yMax)) ?? 0, line.xMax));
    for (const [row, right] of rows) if (right - Math.min(...lines.filter((line) => Math.round(line.yMax) === row).map((line) => line.xMin)) < 200) rows.delete(row);
    expect(rows.size).toBeGreaterThan(3);
    for (const right of rows.values()) expect(Math.abs(pageWidth - 64 - right)).toBeLessThan(2);
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

  it('Arabic: words in visual order right to left, Latin and digits left to right, brackets mirrored', () => {
    const [line] = layoutParagraph([{ text: 'قمة الناتو (NATO) لعام 2024' }], { width: 1000, size: 10, direction: 'rtl', language: 'ar', stack: stackFor('ar'), measure }).lines;
    const visual = line.items.map((item) => item.logical).filter((text) => text.trim());
    expect(visual).toEqual(['2024', 'لعام', '(NATO)', 'الناتو', 'قمة']);
    const [alone] = layoutParagraph([{ text: 'قمة (الناتو) لعام' }], { width: 1000, size: 10, direction: 'rtl', language: 'ar', stack: stackFor('ar'), measure }).lines;
    const brackets = alone.items.filter((item) => item.logical === '(' || item.logical === ')');
    // Around right-to-left words a bracket keeps its character and is drawn flipped.
    expect(brackets.map((item) => [item.logical, item.mirrored])).toEqual([[')', true], ['(', true]]);
    expect(line.items.find((item) => item.logical === '2024')!.draw).toBe('2024');
  });

  it('Arabic-Indic digits keep their order', () => {
    const [line] = layoutParagraph([{ text: 'منذ عام ٢٠١٤ تقريبًا' }], { width: 1000, size: 10, direction: 'rtl', language: 'ar', stack: stackFor('ar'), measure }).lines;
    const digits = line.items.find((item) => item.logical === '٢٠١٤')!;
    // fontkit shapes Arabic-script text right to left, so the digits are handed over pre-reversed.
    expect(digits.draw).toBe('٤١٠٢');
    expect(digits.rtl).toBe(false);
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
