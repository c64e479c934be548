// Where Editions keeps, between runs on this machine, what it derives from its own installed data
// (dictionary indexes) and the last whole check of each workspace. Its own module: the shortcuts of
// `check` and `build` read it before anything else is loaded.
import os from 'node:os';
import path from 'node:path';
import { EditionsError } from '../errors.js';

/**
 * EDITIONS_CACHE_DIR, else $XDG_CACHE_HOME/editions, else ~/.cache/editions; undefined with
 * EDITIONS_CACHE_DIR=none or when there is no home folder (every run then does all its work).
 * A value that is not an absolute path is a bad environment, said before any shortcut is taken.
 */
export function toolCacheDir(): string | undefined {
  const chosen = process.env.EDITIONS_CACHE_DIR;
  if (chosen === 'none') return undefined;
  if (chosen) {
    if (!path.isAbsolute(chosen)) throw new EditionsError(`EDITIONS_CACHE_DIR must be an absolute folder path or "none", not "${chosen}"`, { rule: 'bad-environment' });
    return chosen;
  }
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'editions');
  try {
    const home = os.homedir();
    return home ? path.join(home, '.cache', 'editions') : undefined;
  } catch {
    return undefined; // No HOME and no account entry (a container run under a bare user id).
  }
}
