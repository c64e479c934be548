// The bundle names its own identity (dist/bundle/fingerprint.txt, the tool fingerprint every cache
// key holds): a hash of the files that make it, the same for the same code, and blind to the chunks
// an earlier bundle leaves behind for CLIs still running.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types.
import { bundle } from '../../scripts/bundle.mjs';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the bundle fingerprint', () => {
  it('is the same for the same code, whatever stale chunks lie beside it, and other for other code', async () => {
    const outdir = mkdtempSync(path.join(os.tmpdir(), 'editions-bundle-'));
    made.push(outdir);
    await bundle({ outdir });
    const first = readFileSync(path.join(outdir, 'fingerprint.txt'), 'utf8');
    expect(first).toMatch(/^[0-9a-f]{64}\n$/);
    writeFileSync(path.join(outdir, 'chunk-LEFTOVER.js'), 'export const old = 1;\n');
    await bundle({ outdir });
    expect(readFileSync(path.join(outdir, 'fingerprint.txt'), 'utf8')).toBe(first);
    await bundle({ outdir, minifyWhitespace: true });
    expect(readFileSync(path.join(outdir, 'fingerprint.txt'), 'utf8')).not.toBe(first);
  }, 120_000);
});
