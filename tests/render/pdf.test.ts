import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { committedCatalog, englishEdition, translatedEdition, ui } from '../support/editions.js';

const DATE = new Date(Date.UTC(2024, 6, 1));
const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
if (!hasPoppler && process.env.CI) throw new Error('pdftotext (poppler-utils) is required in CI');

function extract(bytes: Uint8Array, tool = 'pdftotext', args: string[] = []): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'editions-pdf-')), 'x.pdf');
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

// Our own translations of the seed's first sentence, written for these tests.
const RUSSIAN = 'Международная лига борьбы народов осуждает саммит НАТО 2024 года как один из самых опасных военных саммитов за последнее время.';
const GREEK = 'Η Διεθνής Ένωση Αγώνα των Λαών καταδικάζει τη Σύνοδο Κορυφής του ΝΑΤΟ του 2024 ως μία από τις πιο επικίνδυνες συνόδους πολέμου.';

describe.skipIf(!hasPoppler)('render/pdf', () => {
  it('draws the English edition: title, every paragraph, signature, page footers', async () => {
    const bytes = await renderPdf(englishEdition(), ui('en'), { creationDate: DATE });
    const text = words(extract(bytes));
    expect(text).toContain('ILPS condemns the 2024 NATO Summit in Washington');
    expect(text).toContain('Published July 2024');
    expect(text).toContain('train Pacific nation soldiers for bloddy urban warfare');
    expect(text).toContain('Len Cooper ILPS Chairperson');
    const pages = Number(/Pages:\s+(\d+)/.exec(extract(bytes, 'pdfinfo'))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  it('writes Title, Author, Subject and language into the document metadata', async () => {
    const info = extract(await renderPdf(englishEdition(), ui('en'), { creationDate: DATE }), 'pdfinfo');
    expect(info).toMatch(/Title:\s+ILPS condemns the 2024 NATO Summit in Washington/);
    expect(info).toMatch(/Author:\s+Len Cooper/);
    expect(info).toMatch(/Subject:\s+ILPS condemns/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
  });

  it('embeds subset fonts only', async () => {
    const fonts = extract(await renderPdf(englishEdition(), ui('en'), { creationDate: DATE }), 'pdffonts');
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+.*\byes\s+yes\b/);
  });

  it('gives byte-identical output for the same input and date', async () => {
    const a = await renderPdf(englishEdition(), ui('en'), { creationDate: DATE });
    const b = await renderPdf(englishEdition(), ui('en'), { creationDate: DATE });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('puts the draft banner on the first page of the Spanish draft', async () => {
    const bytes = await renderPdf(translatedEdition('es', {}, 'draft', committedCatalog('es')), ui('es'), { creationDate: DATE });
    const first = words(extract(bytes, 'pdftotext', ['-f', '1', '-l', '1']));
    expect(first.startsWith('Borrador de traducción: aún no revisado')).toBe(true);
    expect(first).toContain('Página 1 de');
  });

  it('draws Cyrillic and Greek text that extracts word for word', async () => {
    const russian = words(extract(await renderPdf(translatedEdition('ru', { 'The International League': RUSSIAN }), ui('ru'), { creationDate: DATE })));
    expect(russian).toContain(RUSSIAN);
    expect(russian).toContain('Черновик перевода');
    const greek = words(extract(await renderPdf(translatedEdition('el', { 'The International League': GREEK }), ui('el'), { creationDate: DATE })));
    expect(greek).toContain(GREEK);
  });

  it('refuses to draw a character no font covers, naming its code point', async () => {
    const edition = translatedEdition('fr', { 'The International League': 'Une ligne avec ⟁ dedans.' });
    await expect(renderPdf(edition, ui('fr'), { creationDate: DATE })).rejects.toThrow(/no font covers U\+27C1 \(⟁\)/);
  });
});
