// Pagination and line breaking in the PDF: headings kept with what follows, no widows or orphans,
// line-start prohibitions (Thai ๆ, Devanagari । ॥), emergency breaks for overlong words, the footer
// title cut with an ellipsis, the draft notice on every page.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { stackFor } from '../../pipeline/render/pdf/layout/faces.js';
import { layoutParagraph } from '../../pipeline/render/pdf/layout/paragraph.js';
import { REPO, SEED } from '../support/workspace.js';
import { markdownEdition, run, save, uiWords } from './pdf-editions.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const DATE = new Date(Date.UTC(2024, 6, 1));
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The seed statement's body paragraphs (source/2024-nato-summit.md): real text of real lengths. */
const PARAGRAPHS = readFileSync(SEED, 'utf8').split(/^---$/m)[2].split(/\n\s*\n/).map(fold).filter(Boolean);
const HEADINGS = ['The summit in Washington', 'The declaration', 'Sweden and Finland', 'Ukraine', 'The Mediterranean', 'Nuclear weapons', 'The Pacific', 'Our demands', 'Unite'];

const SIGNATURE = ['Len Cooper', 'Chairperson', 'ILPS'];

/** Pages as lists of body lines (footer and header removed), each tagged with the block it belongs to. */
function pagesOf(file: string, blocks: string[]): { block: number; text: string }[][] {
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
  const pages: { block: number; text: string }[][] = [];
  // Blocks come in order: a line belongs to the first block from the previous line's on that is
  // exactly it (a heading) or holds it (a paragraph).
  let current = 0;
  const blockOf = (text: string) => {
    for (let index = current; index < blocks.length; index++) {
      const heading = HEADINGS.includes(blocks[index]);
      if (HEADINGS.includes(text) ? heading && blocks[index] === text : !heading && fold(blocks[index]).includes(text)) return (current = index);
    }
    return -1;
  };
  for (let page = 1; page <= count; page++) {
    const lines = run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).split('\n').map(fold).filter(Boolean);
    pages.push(lines.filter((text) => !/^Page \d+ of \d+$/.test(text) && !SIGNATURE.includes(text)).map((text) => ({ text, block: blockOf(text) })).filter((line) => line.block >= 0));
  }
  return pages;
}

describe.skipIf(!hasPoppler)('render/pdf pagination', () => {
  // Shifting the body down by 0–5 short paragraphs moves every page break through the text.
  it.each([0, 1, 2, 3, 4, 5])('offset %i: no heading ends a page, none is left without two lines below it, no single line alone', async (offset) => {
    const lead = Array.from({ length: offset }, (_, index) => PARAGRAPHS[index % 2].split('. ')[0] + '.');
    const blocks = [...lead, ...PARAGRAPHS.flatMap((paragraph, index) => [HEADINGS[index], paragraph])];
    const body = [...lead, ...PARAGRAPHS.flatMap((paragraph, index) => [`## ${HEADINGS[index]}`, paragraph])].join('\n\n');
    const file = save(await renderPdf(markdownEdition(body), uiWords('en'), { creationDate: DATE }));
    const pages = pagesOf(file, blocks);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const isHeading = (block: number) => HEADINGS.includes(blocks[block]);
    pages.forEach((lines, index) => {
      const last = lines[lines.length - 1];
      if (index < pages.length - 1 && last) expect(isHeading(last.block), `page ${index + 1} ends with heading "${last.text}"`).toBe(false);
      lines.forEach((line, at) => {
        if (!isHeading(line.block)) return;
        const below = lines.slice(at + 1).filter((other) => other.block === line.block + 1).length;
        const total = pages.flat().filter((other) => other.block === line.block + 1).length;
        expect(below, `heading "${line.text}" on page ${index + 1}`).toBeGreaterThanOrEqual(Math.min(2, total));
      });
    });
    // A paragraph split across pages leaves at least two of its lines on each.
    for (let index = 0; index < pages.length - 1; index++) {
      const tail = pages[index][pages[index].length - 1];
      const head = pages[index + 1][0];
      if (!tail || !head || tail.block !== head.block) continue;
      expect(pages[index].filter((line) => line.block === tail.block).length, `orphan at the foot of page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(pages[index + 1].filter((line) => line.block === head.block).length, `widow at the top of page ${index + 2}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts the draft notice on every page (an artifact after the first) and cuts a long footer title with an ellipsis', async () => {
    const title = `${HEADINGS.join(', ')}: the International League of Peoples’ Struggle condemns the 2024 NATO Summit in Washington`;
    const edition = markdownEdition(PARAGRAPHS.join('\n\n'), 'en', 'draft', title);
    const file = save(await renderPdf(edition, uiWords('en'), { creationDate: DATE }));
    const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(count).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= count; page++) {
      const text = fold(run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']));
      expect(text).toContain('Draft translation — not yet reviewed');
      // The footer shows the start of the title and an ellipsis, never a cut without one.
      expect(text).toMatch(/The summit in Washington, The declaration, [^…]*…/);
    }
    // Repeated furniture is not content: the structure holds the notice once (the banner on page 1).
    expect(run('pdfinfo', ['-struct-text', file]).match(/Draft translation/g)?.length).toBe(1);
  });
});

describe('render/pdf line breaking', () => {
  const lay = (text: string, language: string, width: number) =>
    layoutParagraph([{ text }], { width, size: 11, direction: 'ltr', language, stack: stackFor(language) }).lines.map((line) => line.text);
  const udhr = (name: string) => readFileSync(path.join(REPO, 'tests/fixtures/scripts/udhr', name), 'utf8').trim();

  it.each([
    ['th', 'th-article-2.txt', /^ๆ/],
    ['hi', 'hi-article-2.txt', /^[।॥]/],
  ])('%s: no line starts with ๆ, । or ॥, even after a space in the source', (language, file, forbidden) => {
    const text = udhr(file);
    expect(text).toMatch(/ [ๆ।]/);
    let lines = 0;
    for (let width = 80; width <= 300; width += 3) {
      for (const line of lay(text, language, width)) {
        expect(line).not.toMatch(forbidden);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(200);
  });

  it('hi: a double danda ॥ after a space stays on its line', () => {
    // Our own verse-style line: UDHR's Hindi text has no ॥.
    const text = 'सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता प्राप्त है ॥ उन्हें बुद्धि और अन्तरात्मा की देन प्राप्त है ॥';
    for (let width = 60; width <= 260; width += 2) for (const line of lay(text, 'hi', width)) expect(line).not.toMatch(/^॥/);
  });

  it('breaks a 1,500-letter word and an 800-character hash inside the margin, losing no letter', async () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(34).slice(0, 1500);
    const hash = Array.from({ length: 800 }, (_, index) => '0123456789abcdef'[(index * 7 + 3) % 16]).join('');
    for (const text of [word, `See ${hash} here.`]) {
      const lines = layoutParagraph([{ text }], { width: 467, size: 11, direction: 'ltr', language: 'en', stack: stackFor('en') }).lines;
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(line.width).toBeLessThanOrEqual(467);
      expect(lines.map((line) => line.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
    if (!hasPoppler) return;
    const file = save(await renderPdf(markdownEdition(`${word}\n\nSee ${hash} here.`), uiWords('en'), { creationDate: DATE }));
    const extracted = run('pdftotext', [file, '-']).replace(/\s/g, '');
    expect(extracted).toContain(word);
    expect(extracted).toContain(hash);
  });
});
