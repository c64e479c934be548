// Can this machine draw a language's PDF? Its font stack against a sample of the language's script.
import { existsSync, readdirSync } from 'node:fs';
import { isEditionsError } from '../errors.js';
import { FONT_DIRS } from '../render/pdf/fonts.js';
import { assignFaces, stackFor } from '../render/pdf/layout/faces.js';
import { autonym, builtInLanguage, uiWords } from '../render/ui.js';
import type { Finding } from './types.js';

/** The first `count` letters of a script in code-point order (its basic block), or "" for no such script. */
export function scriptLetters(script: string, count = 30): string {
  let letter: RegExp;
  try {
    letter = new RegExp(`(?=\\p{L})\\p{Script=${script}}`, 'u');
  } catch {
    return '';
  }
  const found: string[] = [];
  for (let code = 0x80; code < 0x30000 && found.length < count; code++) {
    const char = String.fromCodePoint(code);
    if (letter.test(char)) found.push(char);
  }
  return found.join('');
}

/**
 * Text a language's editions hold: its name, its UI words (built in, else English), and the first
 * letters of its script, so a language CLDR knows little about is still tested in its own letters.
 */
export function scriptSample(language: string): string {
  const words = JSON.stringify(uiWords(language)).replace(/\{\{\w+\}\}|[{}":,]/g, ' ');
  const script = new Intl.Locale(language).maximize().script ?? 'Latn';
  const letters = builtInLanguage(language) ? '' : scriptLetters(script);
  return `${autonym(language)} ${words} ${letters}`;
}

/** Installed Noto regular fonts that have every one of `chars`, serif first: what a `fonts:` entry could name. */
export function installedFontsCovering(chars: string[], dirs: string[] = FONT_DIRS): string[] {
  const files = dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir))
    .filter((name) => /^Noto(Serif|Sans)[A-Za-z]*-Regular\.[ot]tf$/.test(name))
    .sort((a, b) => Number(b.startsWith('NotoSerif')) - Number(a.startsWith('NotoSerif')) || a.localeCompare(b));
  return [...new Set(files)].filter((file) => {
    try {
      // The PDF renderer's own coverage rule, with this one file as the whole stack.
      return assignFaces(chars.join(''), [{ id: `doctor-${file}`, regular: file, leading: 1.5 }]).missing.length === 0;
    } catch {
      return false;
    }
  });
}

/** Fonts for one language: a finding when a font file is absent or no face covers its letters. */
export function checkFonts(language: string, override: string[] | undefined, configFile: string): Finding {
  const script = new Intl.Locale(language).maximize().script ?? 'Latn';
  const stack = stackFor(language, override);
  let missing: string[];
  try {
    missing = assignFaces(scriptSample(language).normalize('NFC'), stack).missing;
  } catch (error) {
    if (!isEditionsError(error) || error.rule !== 'font-missing') throw error;
    return {
      topic: 'fonts',
      ok: false,
      text: error.message.replace(/; run .*/, ''),
      fix: override?.length
        ? `install the font files named in ${configFile} (fonts: for ${language}) into /usr/local/share/fonts, or remove them; Noto fonts: apt-get install fonts-noto-core fonts-noto-cjk`
        : 'apt-get install fonts-noto-core fonts-noto-cjk',
    };
  }
  // Name the faces that draw the script's own letters (the autonym can be an English fallback).
  const own = scriptLetters(script, 5) || autonym(language);
  const faces = [...new Set(assignFaces(own, stack).faces.map((face) => face.id))].join(', ');
  if (!missing.length) return { topic: 'fonts', ok: true, text: `${script} letters drawn with ${faces}` };
  const shown = missing.slice(0, 3).join(' ');
  const candidates = installedFontsCovering(missing.slice(0, 3));
  return {
    topic: 'fonts',
    ok: false,
    text: `no PDF font covers its ${script} letters (${shown})`,
    fix: candidates.length
      ? `add fonts: [${candidates[0]}] to ${language} in ${configFile} (the file is installed)`
      : `apt-get install fonts-noto-core fonts-noto-cjk, then add the font covering ${script} to ${language}'s fonts: in ${configFile}`,
  };
}
