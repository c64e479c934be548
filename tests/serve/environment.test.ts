// A full disk or a read-only locales/ while an editor saves: the page gets one plain line naming the
// catalog (507 / 503), never "internal error", and the catalog on disk is unchanged. The faults are
// injected into node:fs as Editions' writer sees it (a write that makes no progress; EROFS on open),
// because this machine runs the tests as root, for whom chmod makes nothing read-only.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../pipeline/serve/server.js';
import { fixtureWorkspace, head, pageRows, postEntry, rawRequest, SLUG } from './support.js';

const fault = vi.hoisted(() => ({ kind: '' as '' | 'full' | 'read-only' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const temp = (file: unknown) => String(file).includes('.editions-tmp-');
  const mocked = {
    ...fs,
    writeSync: ((fd: number, ...rest: unknown[]) => (fault.kind === 'full' ? 0 : (fs.writeSync as (...args: unknown[]) => number)(fd, ...rest))) as typeof fs.writeSync,
    openSync: ((file: unknown, ...rest: unknown[]) => {
      if (fault.kind === 'read-only' && temp(file)) throw Object.assign(new Error(`EROFS: read-only file system, open '${String(file)}'`), { code: 'EROFS' });
      return (fs.openSync as (...args: unknown[]) => number)(file, ...rest);
    }) as typeof fs.openSync,
  };
  return { ...mocked, default: mocked };
});

let root: string;
let server: ReviewServer;
const catalogFile = () => path.join(root, 'locales', 'es', `${SLUG}.po`);

beforeAll(async () => {
  root = fixtureWorkspace();
  server = await startReviewServer({ root, editorName: 'Ana Editor', now: () => new Date('2026-11-30T08:00:00Z') });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function saveFirstEntry(translation: string) {
  const page = await rawRequest(server.port, [head('GET', `/review/es/${SLUG}?token=${server.token}`, server.port)]);
  const row = pageRows(page.body).find((item) => item.source.startsWith('All human beings'))!;
  return postEntry(server.port, server.token, JSON.stringify({ language: 'es', slug: SLUG, key: row.key, version: row.version, action: 'save', translation }));
}

describe('review server: the editor\'s environment', () => {
  it('creates the catalog on a first save when the disk is fine', async () => {
    fault.kind = '';
    expect((await saveFirstEntry('Todos los seres humanos nacen libres.')).status).toBe(200);
  });

  it('answers a full disk with 507 and a plain line naming the catalog; the file is unchanged', async () => {
    const before = readFileSync(catalogFile());
    fault.kind = 'full';
    const answer = await saveFirstEntry('Todos los seres humanos nacen libres e iguales.');
    fault.kind = '';
    expect(answer.status).toBe(507);
    expect(answer.json().message).toBe('locales/es/udhr.po: could not be written: the disk is full. Free some space and run again; the previous version of the file is unchanged [disk-full]');
    expect(readFileSync(catalogFile())).toEqual(before);
  });

  it('answers a read-only locales/ with 503 and a plain line naming the catalog; the file is unchanged', async () => {
    const before = readFileSync(catalogFile());
    fault.kind = 'read-only';
    const answer = await saveFirstEntry('Todos los seres humanos nacen libres e iguales en dignidad.');
    fault.kind = '';
    expect(answer.status).toBe(503);
    expect(answer.json().message).toMatch(/^locales\/es\/udhr\.po: could not be written: the folder is read-only .*\[not-writable\]$/);
    expect(answer.json().message).not.toMatch(/internal error/i);
    expect(readFileSync(catalogFile())).toEqual(before);
  });
});
