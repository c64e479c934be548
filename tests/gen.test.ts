import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderPdf } from '../pipeline/render/pdf/index.js';
import { translatedEdition, ui } from './support/editions.js';
it('gen', async () => {
  for (const lang of ['ar', 'fa', 'he', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'th']) {
    const text = readFileSync(`tests/fixtures/scripts/${lang}.txt`, 'utf8').trim();
    const t0 = performance.now();
    const bytes = await renderPdf(translatedEdition(lang, { 'The International League': text, 'ILPS condemns': text.slice(0, 40) }), ui(lang), { creationDate: new Date(0) });
    console.log(lang, bytes.length, Math.round(performance.now() - t0));
    writeFileSync(`test-artifacts/${lang}.pdf`, bytes);
  }
});
