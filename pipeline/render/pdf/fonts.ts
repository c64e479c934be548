// Where font files live. Fonts come from Debian's fonts-noto-core / fonts-noto-cjk (scripts/setup).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EditionsError } from '../../errors.js';

/** Folders searched for font files, in order. */
export const FONT_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype', '/usr/share/fonts/opentype', '/usr/local/share/fonts'];

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
  throw new EditionsError(`the font ${file} is not installed; run \`bash scripts/setup\` (it installs Debian's fonts-noto-core and fonts-noto-cjk)`, {
    rule: 'font-missing',
  });
}
