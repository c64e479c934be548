// output/manifest.json: what each published file is (path, language, format, bytes, sha256, review
// status, inputs hash), and the cheap test of whether a file on disk is still the one it lists.
// Only node: modules here: the no-op fast path uses it before loading the pipeline.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Format, ReviewStatus } from '../edition.js';

export const MANIFEST = 'manifest.json';

export interface ManifestFile {
  path: string;
  statement: string;
  language: string;
  format: Format | 'index';
  bytes: number;
  sha256: string;
  status: ReviewStatus | 'index';
  /** Hash of everything this file was made from: the next build reuses the file while it matches. */
  inputs?: string;
}

export function readManifest(output: string): Map<string, ManifestFile> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(output, MANIFEST), 'utf8')) as { files?: ManifestFile[] };
    const files = Array.isArray(manifest.files) ? manifest.files : [];
    // A path from the manifest is used to remove files: nothing that could leave output/.
    return new Map(files.filter((item) => typeof item?.path === 'string' && safePath(item.path)).map((item) => [item.path, item]));
  } catch {
    return new Map();
  }
}

export function safePath(file: string): boolean {
  return !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..') && file.length > 0;
}

export function manifestEntry(file: string, statement: string, language: string, format: ManifestFile['format'], status: ManifestFile['status'], bytes: Uint8Array, inputs?: string): ManifestFile {
  const entry: ManifestFile = { path: file, statement, language, format, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), status };
  if (inputs) entry.inputs = inputs;
  return entry;
}

/** Size and modification time of a file as the last build left it: `[bytes, mtimeMs]`. */
export type Stamp = [number, number];

export function stampOf(file: string): Stamp | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? [stat.size, stat.mtimeMs] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Is the file on disk the one the manifest lists? Same size and the modification time the last build
 * recorded: yes, without reading it. Otherwise its bytes are hashed and compared. Missing: no.
 */
export function isIntact(output: string, entry: ManifestFile, recorded?: Stamp): boolean {
  const file = path.join(output, entry.path);
  const stamp = stampOf(file);
  if (!stamp || stamp[0] !== entry.bytes) return false;
  if (recorded && recorded[0] === stamp[0] && recorded[1] === stamp[1]) return true;
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex') === entry.sha256;
  } catch {
    return false;
  }
}
