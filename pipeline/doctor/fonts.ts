// Can this machine draw a language's PDF? Its font stack against a sample of the language's script.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isEditionsError } from '../errors.js';
import { FONT_DIRS } from '../render/pdf/fonts.js';
import { assignFaces, stackFor } from '../render/pdf/layout/faces.js';
import { autonym, uiWords } from '../render/ui.js';
import type { Finding } from './types.js';

/** Noto's name for a script in its font files (NotoSerif<Name>-Regular.ttf), by ISO 15924 code. */
const NOTO_SCRIPT: Record<string, string> = {
  Arab: 'Arabic', Armn: 'Armenian', Beng: 'Bengali', Deva: 'Devanagari', Ethi: 'Ethiopic', Geor: 'Georgian', Gujr: 'Gujarati',
  Guru: 'Gurmukhi', Hebr: 'Hebrew', Khmr: 'Khmer', Knda: 'Kannada', Laoo: 'Lao', Mlym: 'Malayalam', Mymr: 'Myanmar',
  Orya: 'Oriya', Sinh: 'Sinhala', Taml: 'Tamil', Telu: 'Telugu', Thaa: 'Thaana', Thai: 'Thai', Tibt: 'Tibetan',
};

/** Text a language's editions always hold: its name and its built-in UI words. */
export function scriptSample(language: string): string {
  const words = JSON.stringify(uiWords(language)).replace(/\{\{\w+\}\}|[{}":,]/g, ' ');
  return `${autonym(language)} ${words}`;
}

/** Installed Noto files for a script, serif first: what a `fonts:` override could name. */
export function installedFontsFor(script: string, dirs: string[] = FONT_DIRS): string[] {
  const name = NOTO_SCRIPT[script];
  if (!name) return [];
  const files = [`NotoSerif${name}-Regular.ttf`, `NotoSans${name}-Regular.ttf`, `Noto${name === 'Arabic' ? 'Naskh' : 'Serif'}${name}-Regular.ttf`];
  return [...new Set(files)].filter((file) => dirs.some((dir) => existsSync(path.join(dir, file))));
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
  const faces = [...new Set(assignFaces(autonym(language), stack).faces.map((face) => face.id))].join(', ');
  if (!missing.length) return { topic: 'fonts', ok: true, text: `${script} letters drawn with ${faces}` };
  const shown = missing.slice(0, 3).join(' ');
  const candidates = installedFontsFor(script);
  return {
    topic: 'fonts',
    ok: false,
    text: `no PDF font covers its ${script} letters (${shown})`,
    fix: candidates.length
      ? `add fonts: [${candidates[0]}] to ${language} in ${configFile} (the file is installed)`
      : `apt-get install fonts-noto-core fonts-noto-cjk, then add the font covering ${script} to ${language}'s fonts: in ${configFile}`,
  };
}
