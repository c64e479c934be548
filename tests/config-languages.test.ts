// The config knows common language codes from a list instead of building an Intl.DisplayNames (which
// loads ICU's name tables on every command). The list must say exactly what ICU says.
import { describe, expect, it } from 'vitest';
import { knownLanguage, languageCodeProblem } from '../pipeline/config.js';

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const letters = 'abcdefghijklmnopqrstuvwxyz';

describe('known language codes', () => {
  it('agree with Intl.DisplayNames on every two-letter code, aa to zz', () => {
    const disagree: string[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        if (knownLanguage(code) !== Boolean(names.of(code))) disagree.push(code);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('ask Intl.DisplayNames about longer codes (fil, yue, ast are languages; "english" and "xyz" are not)', () => {
    expect(['fil', 'yue', 'ast'].map(knownLanguage)).toEqual([true, true, true]);
    expect(['english', 'xyz', 'qaa'].map((code) => knownLanguage(code) === Boolean(names.of(code)))).toEqual([true, true, true]);
    expect(knownLanguage('english')).toBe(false);
    expect(languageCodeProblem('english')).toContain('not a known language');
    expect(languageCodeProblem('zh-Hans')).toBeUndefined();
  });
});
