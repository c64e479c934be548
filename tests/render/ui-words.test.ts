// The built-in UI words: every language has every key with English's placeholders, written in the
// script CLDR's likely-subtags data gives the language; a workspace's ui.json only overrides them.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_WORDS, UI_KEYS, builtInLanguage, uiTranslator, uiWords } from '../../pipeline/render/ui.js';

type Strings = Record<string, unknown>;
const flat = (value: Strings, prefix = ''): [string, string][] =>
  Object.entries(value).flatMap(([key, item]) => (item && typeof item === 'object' ? flat(item as Strings, `${prefix}${key}.`) : [[`${prefix}${key}`, String(item)] as [string, string]]));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort().join();

/** The list, plus every language of the seed's editions.config.yaml. */
const REQUIRED = [
  'en', 'es', 'ca', 'gl', 'fr', 'de', 'pt-BR', 'it', 'ru', 'uk', 'el', 'tr', 'ar', 'zh-Hans', 'ja', 'ko', 'hi', 'tl',
  'fa', 'ur', 'he', 'bn', 'ta', 'te', 'mr', 'pa', 'gu', 'ml', 'th', 'lo', 'km', 'my', 'si', 'am', 'ka', 'hy', 'sw', 'id', 'vi', 'pl', 'nl', 'sv', 'cs', 'ro', 'hu', 'fil', 'zh-Hant',
];

/** Letters of a script as Unicode script properties; Japanese and Korean mix scripts. */
const SCRIPT_LETTERS: Record<string, RegExp> = {
  Jpan: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Kore: /[\p{Script=Hangul}\p{Script=Han}]/u,
  Hans: /\p{Script=Han}/u,
  Hant: /\p{Script=Han}/u,
};
const lettersOf = (script: string) => SCRIPT_LETTERS[script] ?? new RegExp(`\\p{Script=${script}}`, 'u');

describe('built-in UI words', () => {
  const english = new Map(flat(BUILT_IN_WORDS.en as unknown as Strings));

  it('cover at least 40 languages, among them every language the issue names', () => {
    expect(Object.keys(BUILT_IN_WORDS).length).toBeGreaterThanOrEqual(40);
    for (const code of REQUIRED) expect(builtInLanguage(code), code).toBeDefined();
  });

  it.each(Object.keys(BUILT_IN_WORDS))('%s: every key, no empty text, the placeholders English uses', (code) => {
    const words = new Map(flat(BUILT_IN_WORDS[code] as unknown as Strings));
    expect([...words.keys()].sort()).toEqual([...UI_KEYS].sort());
    for (const [key, text] of words) {
      expect(text.trim(), `${code} ${key}`).not.toBe('');
      expect(placeholders(text), `${code} ${key}`).toBe(placeholders(english.get(key)!));
    }
  });

  it.each(Object.keys(BUILT_IN_WORDS).filter((code) => code !== 'en'))('%s: written in the language’s own script', (code) => {
    const script = new Intl.Locale(code).maximize().script!;
    const own = lettersOf(script);
    for (const [key, text] of flat(BUILT_IN_WORDS[code] as unknown as Strings)) {
      const letters = (text.replace(/\{\{\w+\}\}/g, '').replace(/\bPDF\b/g, '').match(/\p{L}/gu) ?? []).filter((letter) => !/[\p{Script=Common}\p{Script=Inherited}]/u.test(letter));
      if (!letters.length) continue;
      // Latin letters may appear (PDF, names); any other script than the language's own may not.
      const foreign = letters.filter((letter) => !own.test(letter) && !/\p{Script=Latin}/u.test(letter));
      expect(foreign.join(''), `${code} ${key}: "${text}"`).toBe('');
      if (script !== 'Latn') expect(letters.some((letter) => own.test(letter)), `${code} ${key}: "${text}"`).toBe(true);
    }
  });
});

describe('uiTranslator: built-in words under the workspace’s own', () => {
  it('translates with no ui.json at all, in the edition’s language', () => {
    const t = uiTranslator({}, 'sw', 'en');
    expect(t('draft.banner')).toBe('Rasimu ya tafsiri — bado haijakaguliwa');
    expect(t('footer.page', { page: 2, pages: 7 })).toBe('Ukurasa 2 kati ya 7');
    expect(t('notes.title')).toBe('Maelezo');
  });

  it('lets a workspace ui.json override one key and keeps the built-in words for the rest', () => {
    const t = uiTranslator({ es: { draft: { banner: 'Borrador' } } }, 'es', 'en');
    expect(t('draft.banner')).toBe('Borrador');
    expect(t('draft.detail')).toBe(BUILT_IN_WORDS.es.draft.detail);
  });

  it('falls back to the source language for a language Editions has no words for, then to English', () => {
    expect(builtInLanguage('sr')).toBeUndefined();
    expect(uiTranslator({}, 'sr', 'de')('formats.txt')).toBe(BUILT_IN_WORDS.de.formats.txt);
    expect(uiTranslator({}, 'sr', 'sr')('formats.txt')).toBe('Plain text');
    expect(uiTranslator({ de: { formats: { txt: 'Nur Text' } } }, 'sr', 'de')('formats.txt')).toBe('Nur Text');
  });

  it('never hands back a raw key for any key Editions uses', () => {
    for (const code of ['sr', 'ar', 'zh-TW', 'pt', 'tl']) {
      const t = uiTranslator({}, code, 'en');
      for (const key of UI_KEYS) expect(t(key, { date: 'D', page: 1, pages: 2 }), `${code} ${key}`).not.toBe(key);
    }
  });

  it('finds the words of related tags: tl is Filipino, zh-TW Traditional Chinese, es-419 Spanish', () => {
    expect(builtInLanguage('tl')).toBe('fil');
    expect(builtInLanguage('zh-TW')).toBe('zh-Hant');
    expect(builtInLanguage('zh')).toBe('zh-Hans');
    expect(builtInLanguage('es-419')).toBe('es');
  });

  it('gives the review page its words: uiWords(language)', () => {
    expect(uiWords('ar').review.approve).toBe('اعتماد');
    expect(uiWords('sr').review.approve).toBe('Approve');
  });
});
