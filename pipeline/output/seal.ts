// What Editions keeps in a workspace's output/ for its next run (the build state, the check cache)
// decides what that run skips: a no-op, findings not looked for again, outputs reused. Such a file
// committed or copied with a workspace, crafted or merely from another machine, must not make a CI
// build skip a check or publish an output it did not make. So each carries an HMAC under a secret
// kept in this user's tool cache folder (made once, readable by this user only); a file without a
// valid one is not used, and the run does all its work, as a first run would.
//
// Layout: the first line is the seal (64 hex digits), the rest the JSON it seals, byte for byte.
//
// Without a tool cache folder (EDITIONS_CACHE_DIR=none, no home folder) the files are trusted as
// they are, as the README says. With one whose secret cannot be had (a folder that cannot be
// written, a secret file someone else owns or can read), nothing in output/ is trusted: the run does
// all its work, every time, rather than trust what it cannot check.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A secret; null: a cache folder without a usable secret (trust nothing); undefined: no cache folder (trust all). */
type Secret = Buffer | null | undefined;
const secrets = new Map<string, Buffer | null>();

function readSecret(file: string): Buffer | null {
  try {
    const stat = statSync(file);
    // Someone else's file, or one others may read, is no secret of this user's.
    if ((typeof process.getuid === 'function' && stat.uid !== process.getuid()) || (stat.mode & 0o077) !== 0) return null;
    const text = readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : null;
  } catch {
    return null;
  }
}

/** Make the secret file whole or not at all: written beside, then linked (the first of two processes wins) or renamed over a damaged one. */
function makeSecret(file: string, damaged: boolean): void {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, randomBytes(32).toString('hex'), { mode: 0o600 });
    if (damaged) renameSync(temporary, file);
    else linkSync(temporary, file);
  } catch {
    // Made by another process meanwhile (EEXIST), or the folder cannot be written.
  } finally {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing to remove.
    }
  }
}

/** This user's secret in `cacheFolder`, made on first use (see Secret). */
export function secretIn(cacheFolder: string | undefined): Secret {
  if (!cacheFolder) return undefined;
  if (secrets.has(cacheFolder)) return secrets.get(cacheFolder);
  const file = path.join(cacheFolder, 'secret');
  let secret = readSecret(file);
  if (!secret) {
    let owner: number | undefined;
    try {
      owner = statSync(file).uid;
    } catch {
      // No secret file yet.
    }
    // A secret file of this user's that is empty or cut short (a crash, a full disk) is made again.
    const exists = owner !== undefined;
    if (!exists || typeof process.getuid !== 'function' || owner === process.getuid()) makeSecret(file, exists);
    secret = readSecret(file);
  }
  secrets.set(cacheFolder, secret);
  return secret;
}

const hmac = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/** `json` with its seal in front; as it is when there is no secret (then it will not be trusted, unless there is no cache folder). */
export function seal(json: string, cacheFolder: string | undefined): string {
  const secret = secretIn(cacheFolder);
  return secret ? `${hmac(secret, json)}\n${json}` : json;
}

/**
 * The JSON text of a sealed file, when this user's Editions sealed it; undefined otherwise (no seal,
 * a wrong one, an edited body, no usable secret). Without a cache folder, the text as it is.
 */
export function unseal(text: string, cacheFolder: string | undefined): string | undefined {
  const secret = secretIn(cacheFolder);
  const match = /^([0-9a-f]{64})\n/.exec(text);
  if (secret === undefined) return match ? text.slice(match[0].length) : text;
  if (!secret || !match) return undefined;
  const json = text.slice(match[0].length);
  return timingSafeEqual(Buffer.from(hmac(secret, json), 'hex'), Buffer.from(match[1], 'hex')) ? json : undefined;
}

/** Whether what output/ holds is checked at all: false only without a tool cache folder. */
export const sealing = (cacheFolder: string | undefined): boolean => secretIn(cacheFolder) !== undefined;
