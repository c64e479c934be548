// Where each edition lives, relative to output/: one rule, used by renderers (links) and the writer.
import type { Format } from '../edition.js';

/** `2024-nato-summit.pdf`: an edition's file name inside its language folder. */
export function editionFile(slug: string, format: Format): string {
  return `${slug}.${format}`;
}

/** `es/2024-nato-summit.pdf`: an edition's path inside output/. */
export function editionPath(language: string, slug: string, format: Format): string {
  return `${language}/${editionFile(slug, format)}`;
}
