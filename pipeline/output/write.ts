// The one writer: every file Editions produces goes through here, atomically and inside its folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InternalError } from '../errors.js';

/** Write `data` to `file` via a temporary file and rename: readers see the old file or the new, never half. */
export function writeAtomic(file: string, data: string | Uint8Array, within: string): void {
  const relative = path.relative(within, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InternalError(`refusing to write ${file}: outside ${within}`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic.sync(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { fsync: true });
}
