// Copying text out of the PDF: the ActualText of lines with right-to-left letters is handed over in
// the order poppler's own bidi reordering turns back into the logical text (pipeline/render/pdf/copy.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractionText, popplerReorder } from '../../pipeline/render/pdf/copy.js';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { markdownEdition, mixed, MIXED, run, save, uiWords } from './pdf-editions.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const visible = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '');

describe('render/pdf copy order', () => {
  it.each(MIXED)('%s: the mixed paragraph survives poppler’s reordering on right-to-left and left-to-right pages', (language) => {
    const text = mixed(language);
    for (const rtlPage of [true, false]) expect(visible(popplerReorder(extractionText(text, rtlPage), rtlPage))).toBe(text);
  });

  it('leaves lines without right-to-left letters exactly as written', () => {
    expect(extractionText('NATO (2024): 320,000.', true)).toBe('NATO (2024): 320,000.');
  });

  it.skipIf(!hasPoppler)('an English paragraph quoting Arabic and Hebrew copies in reading order', async () => {
    const paragraph = 'The summit is called قمة حلف شمال الأطلسي in Arabic and פסגת נאט״ו in Hebrew (2024).';
    const file = save(await renderPdf(markdownEdition(paragraph), uiWords('en'), { creationDate: new Date(Date.UTC(2024, 6, 1)) }));
    expect(visible(run('pdftotext', [file, '-'])).replace(/\s+/g, ' ')).toContain(paragraph);
  });
});
