// Which font files draw which language, and whether they cover every character of an edition.
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { EditionsError } from '../../errors.js';

/** Folders searched for font files, in order; Debian's fonts-noto-core installs into the first two. */
export const FONT_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype', '/usr/local/share/fonts'];

export interface FontFace {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The body face for scripts pdfkit lays out correctly on its own: Latin, Cyrillic, Greek. */
export const SIMPLE_SCRIPTS_FACE: FontFace = {
  regular: 'NotoSerif-Regular.ttf',
  bold: 'NotoSerif-Bold.ttf',
  italic: 'NotoSerif-Italic.ttf',
  boldItalic: 'NotoSerif-BoldItalic.ttf',
};

/** Scripts that need bidirectional layout, shaping-aware line breaking or CJK fonts. */
const COMPLEX_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u, 'Chinese, Japanese and Korean'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u, 'Southeast Asian'],
];

/** Full path of a font file, or an actionable error when the font package is missing. */
export function findFont(file: string, dirs: string[] = FONT_DIRS): string {
  if (path.isAbsolute(file)) {
    if (existsSync(file)) return file;
  } else {
    for (const dir of dirs) {
      const candidate = path.join(dir, file);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new EditionsError(`the font ${file} is not installed; run \`bash scripts/setup\` (it installs Debian's fonts-noto-core)`, {
    rule: 'font-missing',
  });
}

export interface ResolvedFace {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

export function resolveFace(face: FontFace): ResolvedFace {
  return {
    regular: findFont(face.regular),
    bold: findFont(face.bold),
    italic: findFont(face.italic),
    boldItalic: findFont(face.boldItalic),
  };
}

/** The name of the first script in `text` the PDF renderer cannot lay out yet, if any. */
export function unsupportedScript(text: string): string | undefined {
  return COMPLEX_SCRIPTS.find(([pattern]) => pattern.test(text))?.[1];
}

const loaded = new Map<string, fontkit.Font>();

/** Characters of `text` that the font at `file` has no glyph for (controls and spaces excepted). */
export function missingGlyphs(text: string, file: string): string[] {
  let font = loaded.get(file);
  if (!font) {
    font = fontkit.openSync(file) as fontkit.Font;
    loaded.set(file, font);
  }
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\p{Cc}\p{Zs}\p{Cf}]/u.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
