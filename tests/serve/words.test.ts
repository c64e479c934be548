// The review page's own words: one table, placeholders filled, the page's language chosen from
// --lang or the browser's Accept-Language.
import { describe, expect, it } from 'vitest';
import { acceptedTags, fill, pageWords, REVIEW_WORDS_EN, reviewWords } from '../../pipeline/serve/words.js';

describe('review page words', () => {
  it('reads Accept-Language by q value, keeps order among equals, drops * and invalid tags', () => {
    expect(acceptedTags('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
    expect(acceptedTags('en;q=0.2, zh-Hans, ar;q=0.9')).toEqual(['zh-Hans', 'ar', 'en']);
    expect(acceptedTags('not a tag!, es;q=0')).toEqual([]);
    expect(acceptedTags(undefined)).toEqual([]);
  });

  it('uses --lang over the browser, the first accepted language with built-in words, else English', () => {
    expect(pageWords('en-GB', 'es').language).toBe('en');
    expect(pageWords('es', 'en').words.approve).toBe('Aprobar');
    expect(pageWords(undefined, 'xx-Unknown, es-MX;q=0.8, en;q=0.5')).toMatchObject({ language: 'es', words: { approve: 'Aprobar', needsReview: 'Por revisar' } });
    expect(pageWords(undefined, 'zh-TW').language).toBe('zh-Hant');
    expect(pageWords(undefined, 'xx-Unknown').language).toBe('en');
    expect(pageWords(undefined, undefined).words.approve).toBe(REVIEW_WORDS_EN.approve);
  });

  it('has every word of the page, and fills placeholders', () => {
    const words = reviewWords('en');
    for (const [key, value] of Object.entries(words)) expect(value, key).toMatch(/\S/);
    // A language's words fill every key too: what it lacks stays English, nothing is blank.
    const spanish = reviewWords('es');
    expect(Object.keys(spanish)).toEqual(Object.keys(REVIEW_WORDS_EN));
    for (const [key, value] of Object.entries(spanish)) expect(value, key).toMatch(/\S/);
    expect(fill(words.approvedBy, { name: 'Ana Editor 2026-11-30' })).toBe('approved by Ana Editor 2026-11-30');
    expect(fill(words.confirmQuestion, { rules: 'link-mismatch, number-mismatch' })).toContain('link-mismatch, number-mismatch');
  });
});
