// A file that only saves time (a cache): written beside and renamed, so a reader sees all of it or
// the old one; when it cannot be written (read-only or full disk, a folder that is a file), nothing
// fails and the next run does the work again.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEMP_MARK } from './output/write.js';

export function keepCacheFile(file: string, text: string): void {
  // Named as the writer's own temporary files, so that one a killed run leaves is cleared (removeLeftovers).
  const temporary = `${file}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder cannot be written at all: there is no temporary file to remove.
    }
  }
}
