// An index of a Hunspell .dic file: for each line, the few strings that decide whether a text needs
// it (its keys, see stems.ts), hashed. Without it, every check of a language scans all the
// dictionary's lines (830 000 for Greek, a third of a second); with it, a check looks up the
// prefixes of its words and decodes only the lines they name. The index depends only on the installed
// dictionary and the spelling code, so it is made once per machine and kept in the tool's cache
// folder (EDITIONS_CACHE_DIR), like fontconfig's cache of installed fonts.
//
// Keys are hashed (FNV-1a over UTF-16 code units); a collision only offers a line that the exact
// test in stems.ts then turns down. File layout, little-endian: "EDIX", format, identity length,
// identity (UTF-8, padded to 4 bytes), bucket count B (a power of two), entry count N, B + 1
// bucket starts, then N hashes and N line offsets (bytes into the .dic), grouped by bucket.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MAGIC = 0x58494445; // "EDIX"
const FORMAT = 1;

export interface DicIndex {
  buckets: Uint32Array;
  hashes: Uint32Array;
  starts: Uint32Array;
}

export function hashKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/** Collects (key hash, line offset) pairs, then groups them by bucket. */
export class IndexBuilder {
  private hashes: number[] = [];
  private starts: number[] = [];

  add(key: string, start: number): void {
    this.hashes.push(hashKey(key));
    this.starts.push(start);
  }

  finish(): DicIndex {
    const count = this.hashes.length;
    let size = 1;
    while (size < count) size <<= 1;
    const mask = size - 1;
    const buckets = new Uint32Array(size + 1);
    for (const hash of this.hashes) buckets[(hash & mask) + 1]++;
    for (let bucket = 0; bucket < size; bucket++) buckets[bucket + 1] += buckets[bucket];
    const filled = buckets.slice(0, size);
    const hashes = new Uint32Array(count);
    const starts = new Uint32Array(count);
    for (let entry = 0; entry < count; entry++) {
      const at = filled[this.hashes[entry] & mask]++;
      hashes[at] = this.hashes[entry];
      starts[at] = this.starts[entry];
    }
    return { buckets, hashes, starts };
  }
}

/** The offsets of the lines that have one of `keys`, or a key colliding with one of them: sorted, each once. */
export function linesWithKeys(index: DicIndex, keys: Iterable<string>): number[] {
  const mask = index.buckets.length - 2;
  const found = new Set<number>();
  for (const key of keys) {
    const hash = hashKey(key);
    const bucket = hash & mask;
    for (let entry = index.buckets[bucket]; entry < index.buckets[bucket + 1]; entry++) {
      if (index.hashes[entry] === hash) found.add(index.starts[entry]);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The index kept for `identity` in `file`; undefined when there is none, or it is damaged or of another dictionary. */
export function readIndex(file: string, identity: string): DicIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // Typed arrays need 4-byte alignment; a Buffer from the shared pool may not have it.
  const words = bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : undefined;
  if (!words || words.length < 3 || words[0] !== MAGIC || words[1] !== FORMAT) return undefined;
  const identityWords = Math.ceil(words[2] / 4);
  if (3 + identityWords + 2 > words.length) return undefined;
  if (bytes.toString('utf8', 12, 12 + words[2]) !== identity) return undefined;
  let at = 3 + identityWords;
  const size = words[at++];
  const count = words[at++];
  if (size === 0 || (size & (size - 1)) !== 0 || at + size + 1 + 2 * count !== words.length) return undefined;
  const buckets = words.subarray(at, at + size + 1);
  if (buckets[size] !== count) return undefined;
  return { buckets, hashes: words.subarray(at + size + 1, at + size + 1 + count), starts: words.subarray(at + size + 1 + count) };
}

/**
 * Keep the index for the next run. Whole or not at all: written beside, then renamed (two processes
 * making the same index both succeed). A cache only saves time: when it cannot be written, nothing fails.
 */
export function writeIndex(file: string, identity: string, index: DicIndex): void {
  const name = Buffer.from(identity, 'utf8');
  const identityWords = Math.ceil(name.length / 4);
  const words = new Uint32Array(3 + identityWords + 2 + index.buckets.length + 2 * index.hashes.length);
  words.set([MAGIC, FORMAT, name.length]);
  new Uint8Array(words.buffer).set(name, 12);
  let at = 3 + identityWords;
  words[at++] = index.buckets.length - 1;
  words[at++] = index.hashes.length;
  words.set(index.buckets, at);
  words.set(index.hashes, at + index.buckets.length);
  words.set(index.starts, at + index.buckets.length + index.hashes.length);
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, new Uint8Array(words.buffer));
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable (a file where it should be): nothing was written.
    }
  }
}
