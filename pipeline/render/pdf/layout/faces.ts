// Font faces and the per-language font stack: which face draws which character. One table, here.
// Every face is a Debian Noto font (fonts-noto-core, fonts-noto-cjk); bold is a real bold file,
// never synthesized; scripts without italics stay upright in emphasis.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FONT_DIRS } from '../fonts.js';
import { coverageOf, loadFont, type LoadedFont } from './shape.js';

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

/** A face of one Noto family with a Regular and a Bold file. */
const noto = (id: string, family: string, leading: number): Face => ({ id, regular: `${family}-Regular.ttf`, bold: `${family}-Bold.ttf`, leading });

/** Every face Editions knows. */
export const FACES: Record<string, Face> = {
  latin: { id: 'latin', regular: 'NotoSerif-Regular.ttf', bold: 'NotoSerif-Bold.ttf', italic: 'NotoSerif-Italic.ttf', boldItalic: 'NotoSerif-BoldItalic.ttf', leading: 1.45 },
  sans: { id: 'sans', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italic: 'NotoSans-Italic.ttf', boldItalic: 'NotoSans-BoldItalic.ttf', leading: 1.45 },
  symbols: { id: 'symbols', regular: 'NotoSansSymbols2-Regular.ttf', leading: 1.45 },
  mono: { id: 'mono', regular: 'NotoSansMono-Regular.ttf', bold: 'NotoSansMono-Bold.ttf', leading: 1.45 },
  arabic: noto('arabic', 'NotoNaskhArabic', 1.9),
  urdu: noto('urdu', 'NotoNastaliqUrdu', 2.3),
  hebrew: noto('hebrew', 'NotoSerifHebrew', 1.6),
  devanagari: noto('devanagari', 'NotoSerifDevanagari', 1.75),
  bengali: noto('bengali', 'NotoSerifBengali', 1.75),
  gurmukhi: noto('gurmukhi', 'NotoSerifGurmukhi', 1.75),
  gujarati: noto('gujarati', 'NotoSerifGujarati', 1.75),
  tamil: noto('tamil', 'NotoSerifTamil', 1.75),
  telugu: noto('telugu', 'NotoSerifTelugu', 1.9),
  kannada: noto('kannada', 'NotoSerifKannada', 1.9),
  malayalam: noto('malayalam', 'NotoSerifMalayalam', 1.75),
  oriya: noto('oriya', 'NotoSansOriya', 1.9),
  sinhala: noto('sinhala', 'NotoSerifSinhala', 1.75),
  thai: noto('thai', 'NotoSerifThai', 1.75),
  lao: noto('lao', 'NotoSerifLao', 1.8),
  khmer: noto('khmer', 'NotoSerifKhmer', 1.9),
  myanmar: noto('myanmar', 'NotoSerifMyanmar', 2.1),
  tibetan: noto('tibetan', 'NotoSerifTibetan', 2.1),
  ethiopic: noto('ethiopic', 'NotoSerifEthiopic', 1.6),
  georgian: noto('georgian', 'NotoSerifGeorgian', 1.5),
  armenian: noto('armenian', 'NotoSerifArmenian', 1.5),
  thaana: noto('thaana', 'NotoSansThaana', 1.9),
  syriac: { id: 'syriac', regular: 'NotoSansSyriac-Regular.ttf', leading: 1.9 },
  'cjk-sc': cjk('cjk-sc', 'sc'),
  'cjk-tc': cjk('cjk-tc', 'tc'),
  'cjk-jp': cjk('cjk-jp', 'jp'),
  'cjk-kr': cjk('cjk-kr', 'kr'),
};

/** The face a language's own script needs first, by its likely script (ISO 15924). */
const PRIMARY: Record<string, string> = {
  Arab: 'arabic', Hebr: 'hebrew', Deva: 'devanagari', Beng: 'bengali', Guru: 'gurmukhi', Gujr: 'gujarati',
  Taml: 'tamil', Telu: 'telugu', Knda: 'kannada', Mlym: 'malayalam', Orya: 'oriya', Sinh: 'sinhala',
  Thai: 'thai', Laoo: 'lao', Khmr: 'khmer', Mymr: 'myanmar', Tibt: 'tibetan', Ethi: 'ethiopic',
  Geor: 'georgian', Armn: 'armenian', Thaa: 'thaana', Syrc: 'syriac',
  Hans: 'cjk-sc', Hant: 'cjk-tc', Jpan: 'cjk-jp', Kore: 'cjk-kr',
};

/** Languages whose convention differs from their script's default face. */
const BY_LANGUAGE: Record<string, string> = { ur: 'urdu' };

/** Every other script face, tried after the language's own: quoted names in other scripts. */
const FALLBACK = Object.values(PRIMARY).filter((id) => !id.startsWith('cjk'));

/**
 * The stack for a language: its script's face, then Noto Serif and Noto Sans (Latin letters, digits,
 * punctuation that script fonts lack), symbols, then every other script as a fallback.
 * `override` (config `fonts:`) names faces from FACES or font files, tried first; a file named
 * `X-Regular.ttf` keeps its bold `X-Bold.ttf` when that is installed.
 */
export function stackFor(language: string, override: string[] = []): Face[] {
  const locale = new Intl.Locale(language);
  const script = locale.maximize().script ?? 'Latn';
  const own = BY_LANGUAGE[locale.language] ?? PRIMARY[script];
  const cjkFace = own?.startsWith('cjk') ? own : 'cjk-sc';
  const ids = [...(own ? [own] : []), 'latin', 'sans', 'symbols', ...FALLBACK, cjkFace];
  const custom = override.map((name): Face => FACES[name] ?? customFace(name));
  const seen = new Set<string>();
  return [...custom, ...ids.map((id) => FACES[id])].filter((face) => !seen.has(face.id) && seen.add(face.id));
}

function customFace(name: string): Face {
  const bold = name.replace(/-Regular\.(ttf|otf)$/, '-Bold.$1');
  const installed = bold !== name && FONT_DIRS.some((dir) => existsSync(path.join(dir, bold)));
  return { id: `custom-${name}`, regular: name, ...(installed ? { bold } : {}), leading: 1.5 };
}

/**
 * Every other script Debian's Noto fonts cover (Tifinagh, Cherokee, Ol Chiki, …): on the first
 * character no face of the stack has, the installed Noto script fonts are indexed once per process
 * and the character takes the first that has it (Serif before Sans, with its real bold when
 * installed). Mathematical and other symbol fonts are not scripts: they stay a `fonts:` choice.
 */
let fallbackIndex: Map<number, string> | undefined;
const fallbackFaces = new Map<string, Face>();
const KNOWN = new Set(Object.values(FACES).flatMap((face) => [face.regular, face.bold]));
const NOT_A_SCRIPT = /^Noto(Sans|Serif)(Math|Symbols2?|Music|Display|Mono|TamilSlanted|IndicSiyaqNumbers|MayanNumerals)?-/;

function fallbackFace(codePoint: number): Face | undefined {
  if (!fallbackIndex) {
    fallbackIndex = new Map();
    const dir = FONT_DIRS[0];
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => /^Noto(Serif|Sans)[A-Z]\w*-Regular\.ttf$/.test(file) && !KNOWN.has(file) && !NOT_A_SCRIPT.exec(file)?.[2]) : [];
    files.sort((a, b) => Number(a.startsWith('NotoSans')) - Number(b.startsWith('NotoSans')) || a.localeCompare(b));
    for (const file of files) for (const point of coverageOf(path.join(dir, file))) if (!fallbackIndex.has(point)) fallbackIndex.set(point, file);
  }
  const file = fallbackIndex.get(codePoint);
  if (!file) return undefined;
  let face = fallbackFaces.get(file);
  if (!face) fallbackFaces.set(file, (face = { ...customFace(file), id: `noto-${file}`, leading: 1.9 }));
  return face;
}

/**
 * The monospaced face for code (Debian's fonts-noto-mono), or undefined where it is not installed:
 * code then keeps the text face, a matter of style, not of content.
 */
export function monoFace(): Face | undefined {
  return FONT_DIRS.some((dir) => existsSync(path.join(dir, FACES.mono.regular))) ? FACES.mono : undefined;
}

/** The file of a face's variant, falling back to regular (most scripts have no italic). */
export function variantFile(face: Face, variant: Variant): string {
  if (variant === 'boldItalic') return face.boldItalic ?? face.bold ?? face.regular;
  return face[variant] ?? face.regular;
}

/** The loaded font of a face's variant. */
export const fontOf = (face: Face, variant: Variant = 'regular'): LoadedFont => loadFont(variantFile(face, variant));

/** Punctuation, digits, spaces and marks: they take a neighbour's face, so “quotes” match their words. */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\s]/u;

/**
 * The face for each character of `text` (per UTF-16 index), and the characters no face covers.
 * Letters take the first face in the stack that has them; neutral characters take the face of the
 * letter before them (or after, at the start) when it has them.
 * Example: "قمة (NATO) ٢٠٢٤" in Arabic → arabic for letters and digits, latin for "(NATO)".
 */
const covers = (face: Face | undefined, char: string) => Boolean(face && fontOf(face).covers.has(char.codePointAt(0)!));

/** firstFace's answers by stack: an edition keeps one stack, and its characters repeat. */
const firstFaces = new WeakMap<Face[], Map<string, Face | undefined>>();

/** The first face of the stack that has `char`, else (visible characters) the Noto font for its script. */
function firstFace(stack: Face[], char: string): Face | undefined {
  let known = firstFaces.get(stack);
  if (!known) firstFaces.set(stack, (known = new Map()));
  if (known.has(char)) return known.get(char);
  const face = stack.find((candidate) => covers(candidate, char)) ?? (INVISIBLE.test(char) ? undefined : fallbackFace(char.codePointAt(0)!));
  known.set(char, face);
  return face;
}

/**
 * Whether assignFaces would draw `char` (rather than list it as missing), without a text around it:
 * a neighbour's face can only take a neutral character that some face of the stack or the
 * fallback fonts has, so the character alone decides. The coverage check asks this once per
 * distinct character instead of assigning faces to every text.
 */
export function hasFace(char: string, stack: Face[]): boolean {
  return firstFace(stack, char) !== undefined || (NEUTRAL.test(char) && INVISIBLE.test(char));
}

export function assignFaces(text: string, stack: Face[]): { faces: Face[]; missing: string[] } {
  const chars = [...text];
  const first = (char: string) => firstFace(stack, char);
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
    // Joiners and other format characters stay inside their word's run, covered or not: HarfBuzz
    // handles them as default-ignorables, and a run split there would break Arabic joining.
    if (!face && /\p{Cf}/u.test(char)) face = before ?? next[index];
    if (!face && NEUTRAL.test(char)) {
      face = [before, next[index]].find((candidate) => covers(candidate, char)) ?? first(char);
      if (!face && !INVISIBLE.test(char)) missing.add(char);
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
