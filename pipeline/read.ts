// Reading user files as strict UTF-8: the one place that decides what counts as a text file.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
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

/**
 * Refuse a file that resolves to somewhere outside the workspace (the file itself, or a folder on
 * its way, is a symbolic link out): Editions would publish, or a review save rewrite, a file the
 * workspace does not own.
 */
export function insideWorkspace(root: string, file: string, shownAs: string): void {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return;
    let link = false;
    try {
      link = lstatSync(file).isSymbolicLink();
    } catch {
      return;
    }
    if (link) throw new EditionsError('this is a symbolic link to a file that does not exist; replace it with the file itself', { rule: 'outside-workspace', place: { file: shownAs, line: 0 } });
    return;
  }
  const relative = path.relative(realpathSync(root), target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new EditionsError(`this is a symbolic link to ${target}, outside the workspace; Editions only reads and writes files inside it, so copy the file in instead`, {
      rule: 'outside-workspace',
      place: { file: shownAs, line: 0 },
    });
  }
}
