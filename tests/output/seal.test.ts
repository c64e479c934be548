// The seal on what Editions keeps in output/ (output/seal.ts): a file is trusted only when this
// user's secret, in the tool cache folder, sealed exactly its text. Fixtures: folders made here.
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seal, secretIn, unseal } from '../../pipeline/output/seal.js';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const folder = () => {
  const created = mkdtempSync(path.join(os.tmpdir(), 'editions-seal-'));
  made.push(created);
  return created;
};
const STATE = JSON.stringify({ fingerprint: 'abc', report: ['locales/es/x.po:41: translation drops the link to https://example.org, keep it [link-mismatch]'] });

describe('sealed files in output/', () => {
  it('open when sealed by the same secret, byte for byte', () => {
    const cache = folder();
    const sealed = seal(STATE, cache);
    expect(sealed).toMatch(/^[0-9a-f]{64}\n\{/);
    expect(unseal(sealed, cache)).toBe(STATE);
  });

  it('do not open when edited, unsealed, or sealed under another machine’s secret', () => {
    const cache = folder();
    const sealed = seal(STATE, cache);
    expect(unseal(sealed.replace('[link-mismatch]', ''), cache)).toBeUndefined();
    expect(unseal(STATE, cache)).toBeUndefined();
    expect(unseal(seal(STATE, folder()), cache)).toBeUndefined();
    expect(unseal(`${'0'.repeat(64)}\n${STATE}`, cache)).toBeUndefined();
  });

  it('keep the secret in a file of the tool cache folder that only its user can read, made once', () => {
    const cache = folder();
    const secret = secretIn(cache)!;
    expect(secret).toHaveLength(32);
    const file = path.join(cache, 'secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8'), 'hex').equals(secret)).toBe(true);
  });

  it('without a tool cache folder (EDITIONS_CACHE_DIR=none), are trusted as they are', () => {
    expect(seal(STATE, undefined)).toBe(STATE);
    expect(unseal(STATE, undefined)).toBe(STATE);
    expect(unseal(seal(STATE, folder()), undefined)).toBe(STATE);
  });

  it('with a tool cache folder that cannot be written, are never trusted', () => {
    const blocked = path.join(folder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(secretIn(blocked)).toBeNull();
    expect(unseal(STATE, blocked)).toBeUndefined();
    expect(seal(STATE, blocked)).toBe(STATE);
  });

  it('replace a secret file others could read with a new one only its user can', () => {
    const cache = folder();
    const file = path.join(cache, 'secret');
    writeFileSync(file, 'ab'.repeat(32));
    chmodSync(file, 0o644);
    const secret = secretIn(cache)!;
    expect(secret.toString('hex')).not.toBe('ab'.repeat(32));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(unseal(seal(STATE, cache), cache)).toBe(STATE);
  });

  // Only root can give a file to another user.
  it.skipIf(process.getuid?.() !== 0)('do not use a secret file another user owns: nothing is trusted', () => {
    const cache = folder();
    const file = path.join(cache, 'secret');
    writeFileSync(file, 'ab'.repeat(32), { mode: 0o600 });
    chownSync(file, 4242, 4242);
    expect(secretIn(cache)).toBeNull();
    expect(unseal(`${createHmac('sha256', Buffer.from('ab'.repeat(32), 'hex')).update(STATE).digest('hex')}\n${STATE}`, cache)).toBeUndefined();
  });

  it('make a secret again when its file is empty or cut short (a crash, a full disk)', () => {
    for (const damaged of ['', 'abc']) {
      const cache = folder();
      writeFileSync(path.join(cache, 'secret'), damaged, { mode: 0o600 });
      const secret = secretIn(cache)!;
      expect(secret).toHaveLength(32);
      expect(unseal(seal(STATE, cache), cache)).toBe(STATE);
    }
  });
});
