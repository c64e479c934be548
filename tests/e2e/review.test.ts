// The review page in headless Chromium (Debian's chromium, driven by playwright-core), served by
// the real CLI on a temporary workspace. Proves edits and approvals land in the PO file on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readCatalog } from '../../pipeline/review/po.js';
import { REPO, makeWorkspace, removeWorkspace, SLUG } from '../support/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
/** Waiting for the page, not a speed check: the machine is shared. */
const POLL = { timeout: 20_000 };
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');

let root: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;
const catalogFile = () => path.join(root, 'locales/es', `${SLUG}.po`);
const catalog = () => readCatalog(readFileSync(catalogFile(), 'utf8'), 'x.po');

function request(target: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe.skipIf(!hasChromium)('e2e: the review page', () => {
  beforeAll(async () => {
    root = makeWorkspace({ languages: ['es'], catalogs: ['es'] });
    server = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'review', '--name', 'Ana Editor'], { stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Review page: (\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      server.on('exit', (code) => reject(new Error(`review server exited with ${code}`)));
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (root) removeWorkspace(root);
  });

  it('shows the overview with the token, and the Spanish catalog row by row', async () => {
    await page.goto(url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Editions review');
    await page.click('text=Español');
    await page.waitForSelector('tr.entry');
    expect(await page.locator('tr.entry').count()).toBe(12);
    expect(await page.locator('tr.entry').first().locator('.source .text').textContent()).toBe('ILPS condemns the 2024 NATO Summit in Washington');
    mkdirSync(path.join(REPO, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(REPO, 'test-artifacts/review-language-view.png') });
  });

  it('approves an entry: the PO file on disk loses the fuzzy mark and records who approved', async () => {
    const row = page.locator('tr.entry').nth(1);
    await row.locator('button.approve').click();
    await expect.poll(() => row.locator('.status').textContent(), POLL).toBe('Approved and saved');
    const entry = catalog().entries.find((item) => item.source === 'ILPS Chairperson')!;
    expect(entry.state).toBe('approved');
    expect(entry.notes).toContain(`approved-by: Ana Editor ${new Date().toISOString().slice(0, 10)}`);
    expect(readFileSync(catalogFile(), 'utf8')).toContain('# approved-by: Ana Editor');
  });

  it('edits an entry with the keyboard: Ctrl+S saves the new text, still needing review', async () => {
    const row = page.locator('tr.entry').nth(2);
    await row.locator('textarea').fill('Liga Internacional de la Lucha de los Pueblos');
    await row.locator('textarea').press('Control+s');
    await expect.poll(() => page.locator('tr.entry').nth(2).locator('.status').textContent(), POLL).toBe('Saved');
    const entry = catalog().entries.find((item) => item.context === 'organization')!;
    expect(entry).toMatchObject({ translation: 'Liga Internacional de la Lucha de los Pueblos', state: 'needs-review', origin: expect.stringMatching(/^editor Ana Editor /) });
  });

  it('reverts to the machine draft', async () => {
    const row = page.locator('tr.entry').nth(2);
    await row.locator('button.revert').click();
    await expect.poll(() => page.locator('tr.entry').nth(2).locator('.status').textContent(), POLL).toBe('Reverted and saved');
    expect(catalog().entries.find((item) => item.context === 'organization')).toMatchObject({ translation: "Liga internacional de Pueblos' Lucha", origin: expect.stringMatching(/^apertium /) });
  });

  it('refuses a save when that entry changed on disk, keeps the editor\'s text and shows the disk\'s beside it', async () => {
    const before = readFileSync(catalogFile(), 'utf8');
    const changed = before.replace('msgstr "ILPS Condena la 2024 Cumbre DE LA OTAN en Washington"', 'msgstr "La ILPS condena la Cumbre de la OTAN de 2024"');
    expect(changed).not.toBe(before);
    writeFileSync(catalogFile(), changed);
    const row = page.locator('tr.entry').first();
    await row.locator('textarea').fill('Mi versión');
    await row.locator('button.approve').click();
    await expect.poll(() => page.locator('.notice').textContent(), POLL).toContain('changed on disk since the page loaded it');
    expect(readFileSync(catalogFile(), 'utf8')).toBe(changed);
    const fresh = page.locator('tr.entry').first();
    await expect.poll(() => fresh.locator('textarea').inputValue(), POLL).toBe('Mi versión');
    expect(await fresh.locator('.conflict .theirs').textContent()).toBe('La ILPS condena la Cumbre de la OTAN de 2024');
    await fresh.locator('button.take-theirs').click();
    expect(await fresh.locator('textarea').inputValue()).toBe('La ILPS condena la Cumbre de la OTAN de 2024');
    expect(await fresh.locator('.conflict').count()).toBe(0);
  });

  it('filters by state and searches', async () => {
    await page.reload();
    const needing = catalog().entries.filter((entry) => entry.state === 'needs-review').length;
    expect(needing).toBeGreaterThan(0);
    await page.click('button[data-filter="needs-review"]');
    expect(await page.locator('tr.entry:visible').count()).toBe(needing);
    await page.click('button[data-filter="all"]');
    await page.fill('input.search', 'Chairperson');
    expect(await page.locator('tr.entry:visible').count()).toBe(1);
  });

  it('refuses requests without the token, from another origin, or for another host', async () => {
    const { origin, pathname } = new URL(url);
    expect(await request(`${origin}${pathname}`)).toBe(403);
    expect(await request(`${origin}/?token=wrong`)).toBe(403);
    const body = JSON.stringify({ language: 'es', slug: SLUG, version: 'x', key: 'x', action: 'approve' });
    const token = new URL(url).searchParams.get('token')!;
    expect(await request(`${origin}/api/entry`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Editions-Token': token, Origin: 'http://evil.example' }, body })).toBe(403);
    expect(await request(url, { headers: { Host: 'evil.example' } })).toBe(403);
    expect(await request(`${origin}/api/entry`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Editions-Token': token, Origin: origin }, body })).toBe(409);
  });
});
