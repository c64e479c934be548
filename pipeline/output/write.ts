// The one writer: every file Editions produces goes through here, atomically and inside its folder.
// A write that cannot lie: every byte is checked written and synced before the rename, so a full
// disk leaves the old file in place and says so, instead of renaming a truncated file over it.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { EditionsError, InternalError } from '../errors.js';

/** Temporary files carry this mark, so a later run can recognise and remove what a crash left. */
export const TEMP_MARK = '.editions-tmp-';

/** Write `data` to `file` via a temporary file and rename: readers see the old file or the new, never half. */
export function writeAtomic(file: string, data: string | Uint8Array, within: string): void {
  const relative = path.relative(within, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InternalError(`refusing to write ${file}: outside ${within}`);
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const temp = `${file}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0o644;
    fd = openSync(temp, 'wx', mode);
    let offset = 0;
    while (offset < bytes.length) {
      const written = writeSync(fd, bytes, offset, bytes.length - offset);
      // A write that makes no progress is a full disk, whatever the system call said.
      if (written <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
      offset += written;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (statSync(temp).size !== bytes.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    renameSync(temp, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the original error is the one to report
      }
    }
    rmSync(temp, { force: true });
    throw environmentError(error, file, path.dirname(within));
  }
}

/** fsync the folder so the rename itself survives a power cut (best effort: not every system allows it). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic.
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const LOCKED_OUT = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * The user's environment, not a bug: a full disk or a read-only folder becomes one plain line
 * naming the file. Anything else is passed on as it is.
 */
export function environmentError(error: unknown, file: string, root: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const shown = path.relative(root, file).split(path.sep).join('/') || file;
  if (FULL.has(code)) {
    return new EditionsError('could not be written: the disk is full. Free some space and run again; the previous version of the file is unchanged', {
      rule: 'disk-full',
      place: { file: shown, line: 0 },
      cause: error,
    });
  }
  if (LOCKED_OUT.has(code)) {
    return new EditionsError('could not be written: the folder is read-only or not yours. Make it writable (or run from a copy you own) and run again; nothing was changed', {
      rule: 'not-writable',
      place: { file: shown, line: 0 },
      cause: error,
    });
  }
  return error;
}

/** Remove temporary files a killed process left in `folder` (those of live processes are in use). */
export function removeLeftovers(folder: string, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive })) {
    if (!entry.isFile() || !entry.name.includes(TEMP_MARK)) continue;
    const pid = Number(/\.editions-tmp-(\d+)-/.exec(entry.name)?.[1]);
    if (pid && pid !== process.pid && processAlive(pid)) continue;
    if (pid === process.pid) continue;
    const file = path.join(entry.parentPath ?? folder, entry.name);
    rmSync(file, { force: true });
    removed.push(file);
  }
  return removed;
}

/** True while a process runs (its temporary files are in use); EPERM means it runs as someone else. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
