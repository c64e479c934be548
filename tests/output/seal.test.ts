// The seal on what Editions keeps in output/ (output/seal.ts): a file is trusted only when this
// user's secret, in the tool cache folder, sealed exactly its text. Fixtures: folders made here.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('without a tool cache folder (EDITIONS_CACHE_DIR=none, or one that cannot be written), are trusted as they are', () => {
    expect(seal(STATE, undefined)).toBe(STATE);
    expect(unseal(STATE, undefined)).toBe(STATE);
    expect(unseal(seal(STATE, folder()), undefined)).toBe(STATE);
    const blocked = path.join(folder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(secretIn(blocked)).toBeUndefined();
    expect(unseal(STATE, blocked)).toBe(STATE);
  });
});
