// editions doctor on a machine as it is: a language whose PDF font is not installed and a language
// whose Apertium pair is not installed both block (exit 1), each with the exact thing to do.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedModes } from '../../pipeline/translate/engines/apertium.js';
import { packageForPair } from '../../pipeline/doctor/engines.js';
import { installedFontsCovering, scriptLetters } from '../../pipeline/doctor/fonts.js';
import { FONT_DIRS } from '../../pipeline/render/pdf/fonts.js';
import { runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function workspace(languages: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'editions-doctor-'));
  made.push(dir);
  const init = await runCli(['init', dir, '--languages', 'es']);
  if (init.code !== 0) throw new Error(init.stderr);
  writeFileSync(path.join(dir, 'editions.config.yaml'), `sourceLanguage: en\nlanguages:\n${languages}\n`);
  return dir;
}

const hasSpanishPair = installedModes().includes('eng-spa');

describe('e2e: editions doctor', () => {
  it.skipIf(!hasSpanishPair)('exits 0 when every language can be built, naming the engine and the fonts', async () => {
    const dir = await workspace('  - es\n  - ar\n');
    const result = await runCli(['--root', dir, 'doctor']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^es\s+target\s+ok\s+engine: Apertium \(eng-spa\)$/m);
    expect(result.stdout).toMatch(/^\s+ok\s+fonts: Arab letters drawn with arabic$/m);
    // ar has no engine here: a warning with what would provide one, not a blocker.
    expect(result.stdout).toMatch(/^ar\s+target\s+warning engine: no engine is set up for ar/m);
    expect(result.stdout).toContain('Every language can be built.');
  });

  it('reports a font file that is not installed, and an Apertium pair that is not installed, and exits 1', async () => {
    // A font named in the config that this machine lacks; Macedonian through Apertium, whose
    // en–mk pair Debian packages (apertium-mkd-eng) but scripts/setup does not install.
    expect(existsSync('/usr/share/fonts/truetype/noto/NotoSerifNowhere-Regular.ttf')).toBe(false);
    expect(installedModes().some((mode) => mode.includes('mk'))).toBe(false);
    const dir = await workspace('  - code: fr\n    engine: none\n    fonts: [NotoSerifNowhere-Regular.ttf]\n  - code: mk\n    engine: apertium\n');
    const result = await runCli(['--root', dir, 'doctor']);
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/^\s+MISSING fonts: the font NotoSerifNowhere-Regular\.ttf is not installed$/m);
    expect(result.stdout).toMatch(/^mk\s+target\s+MISSING engine: no Apertium pair en → mk/m);
    expect(result.stdout).toContain('fr: install the font files named in editions.config.yaml (fonts: for fr)');
    expect(result.stdout).toMatch(/^ {2}mk: (apt-get install apertium-mkd-eng|no Debian package translates en → mk.*)$/m);
    expect(result.stdout).toContain('2 languages cannot be built as configured: fr, mk.');
  });
});

describe('doctor: what it suggests', () => {
  it('finds the Debian package of a pair from apt’s descriptions, either way round, never a dummy', () => {
    // Lines as `apt-cache search --names-only ^apertium-` prints them on Debian 12.
    const packages = [
      { name: 'apertium-mk-en', description: 'Transitional dummy package for apertium-mkd-eng' },
      { name: 'apertium-mkd-eng', description: 'Apertium translation data for the Macedonian-English pair' },
      { name: 'apertium-eng-spa', description: 'Apertium translation data for the English-Spanish pair' },
    ];
    expect(packageForPair('en', 'mk', packages)).toBe('apertium-mkd-eng');
    expect(packageForPair('en', 'es', packages)).toBe('apertium-eng-spa');
    expect(packageForPair('en', 'de', packages)).toBeUndefined();
  });

  it('tests a script by its own letters, even where CLDR knows little of the language', () => {
    expect(scriptLetters('Cher', 3)).toBe('ᎠᎡᎢ');
    expect(scriptLetters('Thaa', 2)).toBe('ހށ');
    expect(scriptLetters('Nope')).toBe('');
  });

  const cherokee = FONT_DIRS.some((dir) => existsSync(path.join(dir, 'NotoSansCherokee-Regular.ttf')));
  it.skipIf(!cherokee)('names an installed font that draws letters no face of the stack has (Cherokee: Noto Sans Cherokee)', () => {
    expect(installedFontsCovering(['Ꮳ', 'Ꮃ'])).toContain('NotoSansCherokee-Regular.ttf');
  });
});
