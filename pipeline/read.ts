// Reading user files as strict UTF-8: the one place that decides what counts as a text file.
import { readFileSync } from 'node:fs';
import { EditionsError } from './errors.js';

/** Read a file as strict UTF-8; invalid bytes are reported at their line. */
export function readText(file: string, shownAs: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes).indexOf('\uFFFD');
    const line = good < 0 ? 0 : new TextDecoder('utf-8').decode(bytes).slice(0, good).split('\n').length;
    throw new EditionsError('the file is not valid UTF-8 text; save it as UTF-8', { rule: 'bad-encoding', place: { file: shownAs, line } });
  }
}
