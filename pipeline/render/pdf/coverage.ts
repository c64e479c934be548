// Before a PDF is drawn: does the language's font stack cover every character of every entry?
import type { Place } from '../../edition.js';
import { hasFace, stackFor } from './layout/faces.js';

export interface Uncovered {
  place: Place;
  char: string;
}

/** Each character no font covers, at the place its text comes from (first occurrence only). */
export function uncoveredCharacters(texts: { text: string; place: Place }[], language: string, fonts?: string[]): Uncovered[] {
  const stack = stackFor(language, fonts);
  // Each distinct character is looked up once (hasFace gives what assignFaces would).
  const seen = new Set<string>();
  const found: Uncovered[] = [];
  for (const { text, place } of texts) {
    for (const char of text.normalize('NFC')) {
      if (seen.has(char)) continue;
      seen.add(char);
      if (!hasFace(char, stack)) found.push({ place, char });
    }
  }
  return found;
}

export function describeCharacter(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${char})`;
}
