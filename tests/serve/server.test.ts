// The review server in process, on a copy of tests/fixtures/review-server: requests no browser would
// send (over a raw socket), bodies in many TCP chunks, catalogs it must refuse, and the per-entry
// version check. Every answer is a plain message; the server never stops.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../pipeline/review/po.js';
import { startReviewServer, type ReviewServer } from '../../pipeline/serve/server.js';
import { chineseDeclaration, fixtureWorkspace, head, pageRows, postEntry, rawRequest, SLUG, type PageRow } from './support.js';

let root: string;
let server: ReviewServer;
const DATE = '2026-11-30';
const catalogFile = (language: string) => path.join(root, 'locales', language, `${SLUG}.po`);
const onDisk = (language: string) => readCatalog(readFileSync(catalogFile(language), 'utf8'), 'x.po');
const get = (target: string) => rawRequest(server.port, [head('GET', target, server.port)]);
const rowsOf = async (language: string): Promise<PageRow[]> => {
  const answer = await get(`/review/${language}/${SLUG}?token=${server.token}`);
  expect(answer.status).toBe(200);
  return pageRows(answer.body);
};
const post = (fields: Record<string, unknown>) => postEntry(server.port, server.token, JSON.stringify({ slug: SLUG, ...fields }));
const rowWith = (rows: PageRow[], start: string) => rows.find((row) => row.source.startsWith(start))!;

beforeAll(async () => {
  root = fixtureWorkspace();
  server = await startReviewServer({ root, editorName: 'Ana Editor', now: () => new Date(`${DATE}T08:00:00Z`) });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('review server: requests it must refuse without stopping', () => {
  it('answers `GET //[` (an unparseable target) with 400 and keeps serving', async () => {
    for (const target of ['//[', 'http://[', '//[::1']) {
      const answer = await get(target);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('Bad request');
    }
    expect((await get(`/?token=${server.token}`)).status).toBe(200);
  });

  it('answers malformed percent-encoding in the address with 400', async () => {
    const answer = await get(`/review/%E0%A4%A/${SLUG}?token=${server.token}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/malformed %-escape/);
    expect((await get(`/?token=${server.token}`)).status).toBe(200);
  });

  it('answers null, non-object, mistyped fields and unknown actions with 400 and a plain message', async () => {
    const bodies = [
      'null',
      '[]',
      '"approve"',
      '{',
      JSON.stringify({ language: 5, slug: SLUG, key: 'k', version: 'v', action: 'approve' }),
      JSON.stringify({ language: 'es', slug: ['x'], key: 'k', version: 'v', action: 'approve' }),
      JSON.stringify({ language: 'es', slug: SLUG, key: null, version: 'v', action: 'approve' }),
      JSON.stringify({ language: 'es', slug: SLUG, key: 'k', version: 'v', action: 'delete' }),
      JSON.stringify({ language: 'es', slug: SLUG, key: 'k', version: 'v', action: 'save', translation: 7 }),
      JSON.stringify({ language: 'es', slug: SLUG, key: 'k', version: 'v', action: 'approve', confirmedDespite: 'link-mismatch' }),
    ];
    for (const body of bodies) {
      const answer = await postEntry(server.port, server.token, body);
      expect(answer.status, body).toBe(400);
      expect(String(answer.json().message), body).toMatch(/^Bad request: /);
    }
  });

  it('answers a body that is not UTF-8 with 400', async () => {
    const body = Buffer.concat([Buffer.from('{"language":"es","slug":"udhr","key":"k","version":"v","action":"save","translation":"'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('"}')]);
    const answer = await postEntry(server.port, server.token, body);
    expect(answer.status).toBe(400);
    expect(answer.json().message).toMatch(/not valid UTF-8/);
  });

  it('answers a 5 MB body with 413, not a connection reset', async () => {
    const body = JSON.stringify({ language: 'es', slug: SLUG, key: 'k', version: 'v', action: 'save', translation: 'a'.repeat(5 * 1024 * 1024) });
    const answer = await postEntry(server.port, server.token, body, 80);
    expect(answer.status).toBe(413);
    expect(answer.json().message).toMatch(/too large/);
  });
});

describe('review server: the page\'s own words', () => {
  it('speaks the --lang language over the browser\'s, and the browser\'s without it', async () => {
    const german = await startReviewServer({ root, editorName: 'Ana Editor', now: () => new Date(`${DATE}T08:00:00Z`), lang: 'de' });
    try {
      const page = await rawRequest(german.port, [head('GET', `/review/es/${SLUG}?token=${german.token}`, german.port, { 'Accept-Language': 'es' })]);
      expect(page.body).toMatch(/<html lang="de"/);
    } finally {
      await german.close();
    }
    const spanish = await rawRequest(server.port, [head('GET', `/review/es/${SLUG}?token=${server.token}`, server.port, { 'Accept-Language': 'xx, es-MX;q=0.9, en;q=0.5' })]);
    expect(spanish.body).toMatch(/<html lang="es"/);
    expect(spanish.body).toContain('>Aprobar</button>');
    const english = await get(`/review/es/${SLUG}?token=${server.token}`);
    expect(english.body).toMatch(/<html lang="en"/);
    expect(english.body).toContain('>Approve</button>');
  });
});

describe('review server: the preview', () => {
  it('renders Markdown through the sanitized pipeline and refuses a body without text', async () => {
    const preview = (body: string) => rawRequest(server.port, [head('POST', '/api/preview', server.port, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Editions-Token': server.token }), body]);
    const answer = await preview(JSON.stringify({ text: 'Todos *libres* <script>alert(1)</script>' }));
    expect(answer.status).toBe(200);
    expect(answer.json().html).toContain('<em>libres</em>');
    expect(answer.json().html).not.toContain('<script');
    for (const body of ['null', '{}', JSON.stringify({ text: 5 })]) expect((await preview(body)).status, body).toBe(400);
  });
});

describe('review server: what is stored', () => {
  it('stores a ~150 KB Chinese translation that arrives in many TCP chunks exactly, byte for byte', async () => {
    const declaration = chineseDeclaration();
    const translation = declaration.repeat(Math.ceil(150_000 / Buffer.byteLength(declaration)));
    expect(Buffer.byteLength(translation)).toBeGreaterThan(150_000);
    const row = rowWith(await rowsOf('zh-Hans'), 'All human beings');
    const body = Buffer.from(JSON.stringify({ language: 'zh-Hans', slug: SLUG, key: row.key, version: row.version, action: 'save', translation }), 'utf8');
    // 300 writes of ~520 bytes: most chunk boundaries fall inside a 3-byte letter.
    const size = Math.ceil(body.length / 300);
    const splitLetters = Array.from({ length: 299 }, (_, index) => body[(index + 1) * size]).filter((byte) => (byte & 0xc0) === 0x80).length;
    expect(splitLetters).toBeGreaterThan(100);
    const answer = await postEntry(server.port, server.token, body, 300, 1);
    expect(answer.status).toBe(200);
    const entry = onDisk('zh-Hans').entries.find((item) => item.source.startsWith('All human beings'))!;
    expect(entry.translation).toBe(translation);
    expect(entry.translation).not.toContain('\uFFFD');
  });

  it('keeps a save made from a page loaded before another entry changed; refuses it only when that entry changed', async () => {
    const rows = await rowsOf('es');
    const first = rowWith(rows, 'All human beings');
    const third = rowWith(rows, 'Everyone has the right');
    const saved = await post({ language: 'es', key: first.key, version: first.version, action: 'save', translation: 'Todos los seres humanos nacen libres e iguales en dignidad y derechos.' });
    expect(saved.status).toBe(200);
    // The page still holds the versions it loaded: another entry is unaffected by the first save.
    const other = await post({ language: 'es', key: third.key, version: third.version, action: 'approve', translation: 'Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.' });
    expect(other.status).toBe(200);
    const again = await post({ language: 'es', key: first.key, version: first.version, action: 'approve', translation: 'Mi versión' });
    expect(again.status).toBe(409);
    expect(String(again.json().row)).toContain('Mi versión');
    expect(String(again.json().row)).toContain('Todos los seres humanos nacen libres');
    const revert = await post({ language: 'es', key: first.key, version: first.version, action: 'revert' });
    expect(revert.status).toBe(409);
    expect(revert.json().message).toMatch(/Nothing was reverted/);
    const entries = onDisk('es').entries;
    expect(entries.find((item) => item.source.startsWith('All human beings'))).toMatchObject({ translation: 'Todos los seres humanos nacen libres e iguales en dignidad y derechos.', state: 'needs-review' });
    expect(entries.find((item) => item.source.startsWith('Everyone has the right'))).toMatchObject({ state: 'approved', notes: [`approved-by: Ana Editor ${DATE}`] });
  });

  it('asks to confirm an approval with check errors, and records the confirmation in the approval line', async () => {
    const row = rowWith(await rowsOf('es'), 'Read the');
    const translation = 'Lea el [texto completo](https://tracker.example/udhr).';
    const first = await post({ language: 'es', key: row.key, version: row.version, action: 'approve', translation });
    expect(first.status).toBe(422);
    expect(first.json().confirm).toEqual(['link-mismatch']);
    expect(onDisk('es').entries.find((item) => item.source.startsWith('Read the'))!.state).not.toBe('approved');
    const confirmed = await post({ language: 'es', key: row.key, version: row.version, action: 'approve', translation, confirmedDespite: ['link-mismatch'] });
    expect(confirmed.status).toBe(200);
    expect(readFileSync(catalogFile('es'), 'utf8')).toContain(`# approved-by: Ana Editor ${DATE} (confirmed despite: link-mismatch)`);
  });
});

describe('review server: catalogs it must refuse', () => {
  it('refuses a catalog that is not UTF-8 exactly as the build does, and leaves it untouched', async () => {
    const latin1 = Buffer.from(readFileSync(catalogFile('es'), 'utf8').replace('msgstr ""', 'msgstr "Artículo"'), 'latin1');
    writeFileSync(catalogFile('es'), latin1);
    const page = await get(`/review/es/${SLUG}?token=${server.token}`);
    expect(page.status).toBe(422);
    expect(page.body).toMatch(/^locales\/es\/udhr\.po:\d+: the file is not valid UTF-8 text; save it as UTF-8 \[bad-encoding\]$/);
    const save = await post({ language: 'es', key: 'k', version: 'v', action: 'save', translation: 'x' });
    expect(save.status).toBe(422);
    expect(save.json().message).toContain('[bad-encoding]');
    expect(readFileSync(catalogFile('es'))).toEqual(latin1);
    const overview = await get(`/?token=${server.token}`);
    expect(overview.status).toBe(200);
    expect(overview.body).toContain('[bad-encoding]');
  });

  it('refuses a catalog or statement that links to a file outside the workspace, or sits in a linked folder', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'editions-outside-'));
    try {
      const target = path.join(outside, 'secret.po');
      writeFileSync(target, 'msgid ""\nmsgstr ""\n"Language: zh-Hans\\n"\n');
      rmSync(catalogFile('zh-Hans'));
      symlinkSync(target, catalogFile('zh-Hans'));
      const page = await get(`/review/zh-Hans/${SLUG}?token=${server.token}`);
      expect(page.status).toBe(403);
      expect(page.body).toMatch(/^locales\/zh-Hans\/udhr\.po: .*outside the workspace.*\[outside-workspace\]$/);
      const save = await post({ language: 'zh-Hans', key: 'k', version: 'v', action: 'save', translation: 'x' });
      expect(save.status).toBe(403);
      expect(readFileSync(target, 'utf8')).toBe('msgid ""\nmsgstr ""\n"Language: zh-Hans\\n"\n');

      // A whole language folder linked elsewhere: the catalog inside it is outside the workspace too.
      rmSync(path.join(root, 'locales', 'zh-Hans'), { recursive: true });
      symlinkSync(outside, path.join(root, 'locales', 'zh-Hans'));
      writeFileSync(target.replace('secret.po', `${SLUG}.po`), 'msgid ""\nmsgstr ""\n"Language: zh-Hans\\n"\n');
      const inFolder = await post({ language: 'zh-Hans', key: 'k', version: 'v', action: 'save', translation: 'x' });
      expect(inFolder.status).toBe(403);
      expect(inFolder.json().message).toMatch(/^locales\/zh-Hans\/udhr\.po: .*outside the workspace.*\[outside-workspace\]$/);

      const statement = path.join(root, 'source', `${SLUG}.md`);
      const text = readFileSync(statement, 'utf8');
      writeFileSync(path.join(outside, 'statement.md'), text);
      rmSync(statement);
      symlinkSync(path.join(outside, 'statement.md'), statement);
      const refused = await get(`/review/es/${SLUG}?token=${server.token}`);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatch(/^source\/udhr\.md: .*outside the workspace.*\[outside-workspace\]$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
