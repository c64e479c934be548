// pdfkit, the one way Editions loads it. pdfkit loads fontkit when it starts, for the fonts it
// would read itself; Editions gives it none (it shapes with HarfBuzz and embeds its own fonts:
// glyphs.ts, embed.ts), so pdfkit's CommonJS build is loaded with a stand-in for fontkit that
// refuses to be used. That saves each render worker some 65 ms of start-up (fontkit and its
// dependencies, measured with scripts/bench-pdf.mjs's machine).
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A stand-in for fontkit in pdfkit's module cache: reaching it is a bug in Editions, said plainly. */
function standIn(): unknown {
  return {
    create() {
      throw new Error('internal: pdfkit was asked to read a font itself; Editions embeds its fonts through pdf/embed.ts');
    },
  };
}

function load(): typeof import('pdfkit') {
  const pdfkit = require.resolve('pdfkit');
  const fontkit = createRequire(pdfkit).resolve('fontkit');
  if (!require.cache[fontkit]) {
    const module = new Module(fontkit);
    module.filename = fontkit;
    module.exports = standIn();
    module.loaded = true;
    require.cache[fontkit] = module;
  }
  return require('pdfkit');
}

/** pdfkit's document class. */
export const PDFDocument = load();
