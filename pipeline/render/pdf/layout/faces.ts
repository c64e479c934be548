// Font faces and the per-language font stack: which face draws which character. One table, here.
import * as fontkit from 'fontkit';
import { findFont } from '../fonts.js';

export type Variant = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A face: one file per variant (a .ttc names its member by PostScript name after `#`). */
export interface Face {
  id: string;
  regular: string;
  bold?: string;
  italic?: string;
  boldItalic?: string;
  /** Line height as a multiple of the font size: tall scripts need more. */
  leading: number;
}

const cjk = (id: string, tag: string): Face => ({
  id,
  regular: `NotoSerifCJK-Regular.ttc#NotoSerifCJK${tag}-Regular`,
  bold: `NotoSerifCJK-Bold.ttc#NotoSerifCJK${tag}-Bold`,
  leading: 1.6,
});

/** Every face Editions knows, from Debian's fonts-noto-core and fonts-noto-cjk. */
export const FACES: Record<string, Face> = {
  latin: { id: 'latin', regular: 'NotoSerif-Regular.ttf', bold: 'NotoSerif-Bold.ttf', italic: 'NotoSerif-Italic.ttf', boldItalic: 'NotoSerif-BoldItalic.ttf', leading: 1.45 },
  sans: { id: 'sans', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italic: 'NotoSans-Italic.ttf', boldItalic: 'NotoSans-BoldItalic.ttf', leading: 1.45 },
  arabic: { id: 'arabic', regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf', leading: 1.9 },
  hebrew: { id: 'hebrew', regular: 'NotoSerifHebrew-Regular.ttf', bold: 'NotoSerifHebrew-Bold.ttf', leading: 1.6 },
  devanagari: { id: 'devanagari', regular: 'NotoSerifDevanagari-Regular.ttf', bold: 'NotoSerifDevanagari-Bold.ttf', leading: 1.75 },
  thai: { id: 'thai', regular: 'NotoSerifThai-Regular.ttf', bold: 'NotoSerifThai-Bold.ttf', leading: 1.75 },
  'cjk-sc': cjk('cjk-sc', 'sc'),
  'cjk-tc': cjk('cjk-tc', 'tc'),
  'cjk-jp': cjk('cjk-jp', 'jp'),
  'cjk-kr': cjk('cjk-kr', 'kr'),
};

/** The faces a language's own script needs first, by its likely script. */
const PRIMARY: Record<string, string[]> = {
  Arab: ['arabic'],
  Hebr: ['hebrew'],
  Deva: ['devanagari'],
  Thai: ['thai'],
  Hans: ['cjk-sc'],
  Hant: ['cjk-tc'],
  Jpan: ['cjk-jp'],
  Kore: ['cjk-kr'],
};

/**
 * The stack for a language: its script's face, then Noto Serif and Noto Sans (Latin letters, digits,
 * punctuation that script fonts lack), then every other script as a fallback for quoted names.
 * `override` (config `fonts:`) names faces from FACES or font files, tried first.
 */
export function stackFor(language: string, override: string[] = []): Face[] {
  const script = new Intl.Locale(language).maximize().script ?? 'Latn';
  const cjkFace = PRIMARY[script]?.[0]?.startsWith('cjk') ? PRIMARY[script][0] : 'cjk-sc';
  const ids = [...(PRIMARY[script] ?? []), 'latin', 'sans', 'arabic', 'hebrew', 'devanagari', 'thai', cjkFace];
  const custom = override.map((name): Face => FACES[name] ?? { id: `custom-${name}`, regular: name, leading: 1.5 });
  const seen = new Set<string>();
  return [...custom, ...ids.map((id) => FACES[id])].filter((face) => !seen.has(face.id) && seen.add(face.id));
}

/** The file of a face's variant, falling back to regular (Arabic, CJK have no italic). */
export function variantFile(face: Face, variant: Variant): string {
  if (variant === 'boldItalic') return face.boldItalic ?? face.bold ?? face.regular;
  return face[variant] ?? face.regular;
}

const opened = new Map<string, fontkit.Font>();

/** The fontkit font behind a face (regular variant), opened once per process, only when needed. */
export function coverageFont(face: Face): fontkit.Font {
  let font = opened.get(face.regular);
  if (!font) {
    const [file, postscript] = face.regular.split('#');
    const loaded = fontkit.openSync(findFont(file)) as fontkit.Font | fontkit.FontCollection;
    font = 'fonts' in loaded ? (postscript ? loaded.getFont(postscript) : loaded.fonts[0]) as fontkit.Font : loaded;
    opened.set(face.regular, font);
  }
  return font;
}

/** Punctuation, digits, spaces and marks: they take a neighbour's face, so “quotes” match their words. */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The face for each character of `text` (per UTF-16 index), and the characters no face covers.
 * Letters take the first face in the stack that has them; neutral characters take the face of the
 * letter before them (or after, at the start) when it has them.
 * Example: "قمة (NATO) ٢٠٢٤" in Arabic → arabic for letters and digits, latin for "(NATO)".
 */
export function assignFaces(text: string, stack: Face[]): { faces: Face[]; missing: string[] } {
  const chars = [...text];
  const covers = (face: Face | undefined, char: string) => Boolean(face && coverageFont(face).hasGlyphForCodePoint(char.codePointAt(0)!));
  const first = (char: string) => stack.find((face) => covers(face, char));
  const chosen: (Face | undefined)[] = chars.map((char) => (NEUTRAL.test(char) ? undefined : first(char)));
  const missing = new Set<string>();
  // The next letter's face for every position, in one backward pass (paragraphs can be long).
  const next: (Face | undefined)[] = new Array(chars.length);
  for (let index = chars.length - 1, face: Face | undefined; index >= 0; index--) {
    next[index] = face;
    face = chosen[index] ?? face;
  }
  let before: Face | undefined;
  const result: Face[] = chars.map((char, index) => {
    let face = chosen[index];
    if (!face && !NEUTRAL.test(char)) missing.add(char);
    if (!face && NEUTRAL.test(char)) {
      face = [before, next[index]].find((candidate) => covers(candidate, char)) ?? first(char);
      if (!face && !/[\p{Cc}\p{Cf}\s]/u.test(char)) missing.add(char);
    }
    before = face ?? before;
    return face ?? before ?? stack[0];
  });
  const faces: Face[] = [];
  chars.forEach((char, index) => {
    for (let unit = 0; unit < char.length; unit++) faces.push(result[index]);
  });
  return { faces, missing: [...missing] };
}
