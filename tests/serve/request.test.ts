// Parsing what reaches the review server, without a server: targets, escapes, the entry request's shape.
import { describe, expect, it } from 'vitest';
import { RequestError, parseEntryRequest, parseTarget, reviewTarget } from '../../pipeline/serve/request.js';

const statusOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof RequestError ? error.status : -1;
  }
  return 0;
};

describe('review server requests', () => {
  it('turns targets new URL() cannot parse into a 400', () => {
    for (const target of ['//[', 'http://[', '//[::1', 'http://a b/']) expect(statusOf(() => parseTarget(target)), target).toBe(400);
    expect(parseTarget('/review/es/x?token=t').searchParams.get('token')).toBe('t');
  });

  it('decodes the language and statement of a review address, and refuses malformed escapes', () => {
    expect(reviewTarget('/review/zh-Hans/2024-nato-summit')).toEqual({ language: 'zh-Hans', slug: '2024-nato-summit' });
    expect(reviewTarget('/review/%65s/x')).toEqual({ language: 'es', slug: 'x' });
    expect(reviewTarget('/elsewhere')).toBeUndefined();
    expect(statusOf(() => reviewTarget('/review/%E0%A4%A/x'))).toBe(400);
    expect(statusOf(() => reviewTarget('/review/es/%'))).toBe(400);
  });

  it('accepts a well-formed entry request and types every field', () => {
    const request = parseEntryRequest(JSON.stringify({ language: 'es', slug: 'x', key: 'k', version: 'v', action: 'approve', translation: 'Hola', confirmedDespite: ['link-mismatch'] }));
    expect(request).toEqual({ language: 'es', slug: 'x', key: 'k', version: 'v', action: 'approve', translation: 'Hola', confirmedDespite: ['link-mismatch'] });
    expect(parseEntryRequest(JSON.stringify({ language: 'es', slug: 'x', key: 'k', version: 'v', action: 'revert' })).confirmedDespite).toEqual([]);
  });

  it('refuses null, arrays, missing or mistyped fields, unknown actions and rule lists that are not rule ids', () => {
    const base = { language: 'es', slug: 'x', key: 'k', version: 'v', action: 'save' }; // a save without its translation too
    const bad = ['null', '[]', '1', '"x"', '{', JSON.stringify({ ...base, language: 1 }), JSON.stringify({ ...base, version: undefined }), JSON.stringify({ ...base, action: 'delete' }), JSON.stringify({ ...base, translation: null }), JSON.stringify(base), JSON.stringify({ ...base, confirmedDespite: ['Link mismatch) (x'] })];
    for (const body of bad) {
      expect(statusOf(() => parseEntryRequest(body)), body).toBe(400);
      expect(() => parseEntryRequest(body)).toThrow(/^Bad request: /);
    }
  });
});
