// Publishing a build all at once: every new file is first written (checked, synced) into a staging
// folder inside output/, then moved into place with renames, which need no space. A full disk or a
// read-only folder therefore stops the build before output/ or its manifest changed at all.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { EditionsError } from '../errors.js';
import { environmentError, processAlive, removeLeftovers, TEMP_MARK, writeAtomic } from './write.js';
import { MANIFEST, safePath, stampOf, type ManifestFile, type Stamp } from './manifest.js';

export interface Staging {
  /**
   * Start writing one file (path inside output/) into the staging folder. The write (checked, then
   * synced) runs off this thread while rendering goes on; a failed one stops the next `put`.
   */
  put: (file: string, bytes: Uint8Array) => void;
  /** Wait for the writes, move staged files into place, remove `remove`, write the manifest; returns each listed file's stamp. */
  publish: (files: ManifestFile[], remove: string[]) => Promise<Record<string, Stamp>>;
  /** Forget everything staged (after a failure): output/ stays as it was. */
  abort: () => void;
}

/** `shownOutput` is how messages name output/ (relative to the workspace). */
export function stageOutput(output: string, shownOutput: string): Staging {
  const stage = path.join(output, `${TEMP_MARK}${process.pid}-stage-${randomBytes(4).toString('hex')}`);
  const staged: string[] = [];
  const writing: Promise<void>[] = [];
  let failed: unknown;
  const named = (error: unknown, file: string) => {
    // Messages name the file the user will look for, not its place in the staging folder.
    if (error instanceof EditionsError && error.place) return new EditionsError(error.message, { rule: error.rule, place: { file: `${shownOutput}/${file}`, line: 0 }, cause: error.cause });
    return error;
  };
  return {
    put(file, bytes) {
      if (failed) throw failed;
      if (!safePath(file)) throw new Error(`refusing to stage ${file}`);
      if (!staged.length) {
        // Made here, one level at a time: a recursive mkdir on a read-only disk reports ENOENT, not EROFS.
        try {
          if (!existsSync(output)) mkdirSync(output, { recursive: true });
          mkdirSync(stage);
        } catch (error) {
          throw named(environmentError(error, path.join(output, file), output), file);
        }
      }
      staged.push(file);
      writing.push(
        writeChecked(path.join(stage, file), bytes).catch((error) => {
          failed ??= named(environmentError(error, path.join(output, file), output), file);
        }),
      );
    },
    async publish(files, remove) {
      await Promise.all(writing);
      if (failed) throw failed;
      for (const file of staged) {
        try {
          mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
          renameSync(path.join(stage, file), path.join(output, file));
        } catch (error) {
          throw named(environmentError(error, path.join(output, file), output), file);
        }
      }
      for (const file of remove) if (safePath(file)) rmSync(path.join(output, file), { force: true });
      const manifest = { generator: 'Editions', files };
      try {
        writeAtomic(path.join(output, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, output);
      } catch (error) {
        throw named(error, MANIFEST);
      }
      rmSync(stage, { recursive: true, force: true });
      removeEmptyFolders(output);
      const stamps: Record<string, Stamp> = {};
      for (const file of [...files, { path: MANIFEST }]) {
        const stamp = stampOf(path.join(output, file.path));
        if (stamp) stamps[file.path] = stamp;
      }
      return stamps;
    },
    abort() {
      // Writes still in flight finish into the folder being removed; catch them so none is left behind.
      void Promise.all(writing).then(() => rmSync(stage, { recursive: true, force: true }));
      rmSync(stage, { recursive: true, force: true });
    },
  };
}

/**
 * A write that cannot lie, for a file nobody reads until it is published: every byte checked written
 * (a write that makes no progress is a full disk), the size checked, the data synced.
 */
async function writeChecked(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.datasync();
    if ((await handle.stat()).size !== bytes.byteLength) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
  } finally {
    await handle.close();
  }
}

/** What a killed build left in output/: staging folders and temporary files of dead processes. */
export function removeOutputLeftovers(output: string): string[] {
  if (!existsSync(output)) return [];
  const removed = removeLeftovers(output, true);
  for (const entry of readdirSync(output, { withFileTypes: true })) {
    const pid = Number(new RegExp(`^${TEMP_MARK.replace(/\./g, '\\.')}(\\d+)-stage-`).exec(entry.name)?.[1]);
    if (!entry.isDirectory() || !pid || (pid !== process.pid && processAlive(pid))) continue;
    rmSync(path.join(output, entry.name), { recursive: true, force: true });
    removed.push(path.join(output, entry.name));
  }
  return removed;
}


/** Language folders emptied by removed editions go too (output/ itself stays). */
function removeEmptyFolders(output: string): void {
  for (const entry of readdirSync(output, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(output, entry.name);
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
  }
}
