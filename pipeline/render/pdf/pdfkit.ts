// pdfkit, the one way Editions loads it. pdfkit loads, when it starts, what it needs for features
// Editions never asks of it: fontkit for the fonts it would read itself (Editions shapes with
// HarfBuzz and embeds its own fonts: glyphs.ts, embed.ts), linebreak for its own text layout
// (Editions lays out text in layout/ and draws glyphs), png-js for images (an edition has none) and
// AES for encryption (an edition is not encrypted). pdfkit's CommonJS build is loaded with a
// stand-in for each that refuses to be used. That saves each render worker, and a build that renders
// a PDF in process, some 80 ms of start-up (fontkit and its dependencies 65 ms, the other three
// 14 ms, measured with scripts/bench-pdf.mjs's machine).
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Reaching a stand-in is a bug in Editions, said plainly (a function, not an arrow: pdfkit calls some with `new`). */
function refuse(name: string, use: string): () => never {
  return function refused(): never {
    throw new Error(`internal: pdfkit was asked for ${use} (${name}); Editions does not use it`);
  };
}

/** Each module pdfkit requires but Editions never uses, and what pdfkit would do with it. */
const STAND_INS: Record<string, () => unknown> = {
  fontkit: () => ({ create: refuse('fontkit', 'a font it reads itself; Editions embeds its fonts through pdf/embed.ts') }),
  linebreak: () => refuse('linebreak', 'its own text layout'),
  'png-js': () => refuse('png-js', 'an image'),
  '@noble/ciphers/aes': () => ({ cbc: refuse('AES', 'encryption'), ecb: refuse('AES', 'encryption') }),
};

function load(): typeof import('pdfkit') {
  const pdfkit = require.resolve('pdfkit');
  const requireFromPdfkit = createRequire(pdfkit);
  for (const [name, standIn] of Object.entries(STAND_INS)) {
    let file: string;
    try {
      file = requireFromPdfkit.resolve(name);
    } catch {
      // A pdfkit release without it: nothing to stand in for.
      continue;
    }
    if (require.cache[file]) continue;
    const module = new Module(file);
    module.filename = file;
    module.exports = standIn();
    module.loaded = true;
    require.cache[file] = module;
  }
  return require('pdfkit');
}

/** pdfkit's document class. */
export const PDFDocument = load();
