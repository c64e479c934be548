// What Editions keeps in a workspace's output/ for its next run (the build state, the check cache)
// decides what that run skips: a no-op, findings not looked for again, outputs reused. Such a file
// committed or copied with a workspace, crafted or merely from another machine, must not make a CI
// build skip a check or publish an output it did not make. So each carries an HMAC under a secret
// kept in this user's tool cache folder (made once, readable by this user only); a file without a
// valid one is not used, and the run does all its work, as a first run would. Without a tool cache
// folder (EDITIONS_CACHE_DIR=none, or one that cannot be written) there is no secret: the files are
// then trusted as they are, and the README says so.
//
// Layout: the first line is the seal (64 hex digits), the rest the JSON it seals, byte for byte.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const secrets = new Map<string, Buffer | undefined>();

/** This user's secret in `cacheFolder`, made on first use; undefined when there is no folder or it cannot be used. */
export function secretIn(cacheFolder: string | undefined): Buffer | undefined {
  if (!cacheFolder) return undefined;
  if (secrets.has(cacheFolder)) return secrets.get(cacheFolder);
  const file = path.join(cacheFolder, 'secret');
  let secret: Buffer | undefined;
  try {
    mkdirSync(cacheFolder, { recursive: true });
    // 'wx': two processes making it at once both end up reading the one that won.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch {
    // It exists already, or the folder cannot be written: read what is there, if anything.
  }
  try {
    const text = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(text)) secret = Buffer.from(text, 'hex');
  } catch {
    secret = undefined;
  }
  secrets.set(cacheFolder, secret);
  return secret;
}

const hmac = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/** `json` with its seal in front; as it is when there is no secret. */
export function seal(json: string, cacheFolder: string | undefined): string {
  const secret = secretIn(cacheFolder);
  return secret ? `${hmac(secret, json)}\n${json}` : json;
}

/**
 * The JSON text of a sealed file, when this user's Editions sealed it; undefined otherwise (no seal,
 * a wrong one, an edited body). Without a secret, the text as it is, seal line or not.
 */
export function unseal(text: string, cacheFolder: string | undefined): string | undefined {
  const secret = secretIn(cacheFolder);
  const match = /^([0-9a-f]{64})\n/.exec(text);
  if (!secret) return match ? text.slice(match[0].length) : text;
  if (!match) return undefined;
  const json = text.slice(match[0].length);
  return timingSafeEqual(Buffer.from(hmac(secret, json), 'hex'), Buffer.from(match[1], 'hex')) ? json : undefined;
}
