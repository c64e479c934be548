// Facts about a language that every stage may need, from its BCP 47 code alone.

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** Writing direction of a language, from its likely script (ar, fa, he, ur → rtl). */
export function directionOf(language: string): 'ltr' | 'rtl' {
  let direction = directions.get(language);
  if (!direction) {
    // Intl.Locale#maximize reads ICU's likely-subtags data: slow enough to ask once per code.
    const script = new Intl.Locale(language).maximize().script;
    direction = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    directions.set(language, direction);
  }
  return direction;
}
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Scripts written with the CJK fonts: collections of 20–27 MB, the slowest to subset into a PDF. */
const CJK_SCRIPTS = new Set(['Hans', 'Hant', 'Hani', 'Jpan', 'Hira', 'Kana', 'Hrkt', 'Kore', 'Bopo']);

/** Whether a language's PDFs use the CJK fonts (zh, ja, ko), from its likely script. */
export function usesCjkFonts(language: string): boolean {
  let cjk = cjkLanguages.get(language);
  if (cjk === undefined) {
    cjk = CJK_SCRIPTS.has(new Intl.Locale(language).maximize().script ?? '');
    cjkLanguages.set(language, cjk);
  }
  return cjk;
}
const cjkLanguages = new Map<string, boolean>();

/** Letters of the right-to-left scripts Editions knows. */
export const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** A text's own direction, as HTML's dir="auto": its first letter decides. */
export function textDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const char of text) {
    if (/\p{L}/u.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return fallback;
}
