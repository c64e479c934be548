// The review page's protective flows in Debian's Chromium (playwright-core), served by the real CLI on
// a copy of tests/fixtures/review-server: an approval with check errors waits for a confirmation that
// the catalog records; a refused save keeps the editor's text ("keep mine" / "take theirs"); the
// Markdown preview; and a 375 px phone screen without sideways scrolling.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { REPO } from '../support/workspace.js';
import { fixtureWorkspace, SLUG } from '../serve/support.js';

const CHROMIUM = '/usr/bin/chromium';
/** Waiting for the page, not a speed check: the machine is shared. */
const POLL = { timeout: 20_000 };
const AXE = readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');

let root: string;
let server: ChildProcess;
let origin: string;
let token: string;
let browser: Browser;
let page: Page;
const catalogFile = () => path.join(root, 'locales/es', `${SLUG}.po`);
const entryOnDisk = (start: string) => readCatalog(readFileSync(catalogFile(), 'utf8'), 'x.po').entries.find((entry) => entry.source.startsWith(start));
const row = (start: string) => page.locator('tr.entry', { has: page.locator('.source .text', { hasText: start }) });
const languagePage = () => `${origin}/review/es/${SLUG}?token=${token}`;

/** Another editor (or a PO editor) changes one entry's translation on disk. */
function changeOnDisk(start: string, translation: string): void {
  const catalog = readCatalog(readFileSync(catalogFile(), 'utf8'), 'x.po');
  catalog.entries = catalog.entries.map((entry) => (entry.source.startsWith(start) ? { ...entry, translation, state: 'needs-review' } : entry));
  writeFileSync(catalogFile(), writeCatalog(catalog));
}

describe.skipIf(!hasChromium)('e2e: the review page protects the editor\'s work', () => {
  beforeAll(async () => {
    root = fixtureWorkspace();
    server = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'review', '--name', 'Ana Editor'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Review page: (\S+)/.exec(out);
        if (match) resolve(new URL(match[1]));
      });
      server.on('exit', (code) => reject(new Error(`review server exited with ${code}`)));
    });
    [origin, token] = [url.origin, url.searchParams.get('token')!];
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(languagePage());
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('saves a translation and shows its Markdown rendered beside the raw text', async () => {
    const entry = row('All human beings');
    await entry.locator('textarea').fill('Todos los seres humanos nacen *libres* e iguales en dignidad y derechos.');
    await entry.locator('button.save').click();
    await expect.poll(() => row('All human beings').locator('.status').textContent(), POLL).toBe('Saved');
    expect(await row('All human beings').locator('.preview em').textContent()).toBe('libres');
    expect(entryOnDisk('All human beings')?.translation).toBe('Todos los seres humanos nacen *libres* e iguales en dignidad y derechos.');
  });

  it('updates the preview while the editor types, before saving; a link shows as text, not as a link', async () => {
    await row('Article 3').locator('textarea').fill('**Artículo 3** [véase](https://www.ohchr.org/es)');
    await expect.poll(() => row('Article 3').locator('.preview strong').count(), POLL).toBe(1);
    expect(await row('Article 3').locator('.preview strong').textContent()).toBe('Artículo 3');
    expect(await row('Article 3').locator('.preview a').count()).toBe(0);
    expect(await row('Article 3').locator('.preview .link').getAttribute('title')).toBe('https://www.ohchr.org/es');
    expect(entryOnDisk('Article 3')?.translation ?? '').toBe('');
  });

  it('asks before approving a translation with check errors; Cancel keeps it unapproved, confirming records the rule', async () => {
    const translation = 'Lea el [texto completo](https://tracker.example/udhr).';
    await row('Read the').locator('textarea').fill(translation);
    await row('Read the').locator('button.approve').click();
    const confirm = row('Read the').locator('.confirm');
    await expect.poll(() => confirm.isVisible(), POLL).toBe(true);
    expect(await confirm.locator('p').textContent()).toContain('link-mismatch');
    expect(entryOnDisk('Read the')?.state).not.toBe('approved');
    await confirm.locator('button.cancel').click();
    expect(await confirm.isVisible()).toBe(false);
    expect(entryOnDisk('Read the')?.state).not.toBe('approved');

    await row('Read the').locator('button.approve').click();
    await expect.poll(() => confirm.isVisible(), POLL).toBe(true);
    await confirm.locator('button.approve-anyway').click();
    await expect.poll(() => row('Read the').locator('.status').textContent(), POLL).toBe('Approved and saved');
    expect(entryOnDisk('Read the')).toMatchObject({ translation, state: 'approved' });
    expect(entryOnDisk('Read the')?.notes.some((note) => /^approved-by: Ana Editor \d{4}-\d{2}-\d{2} \(confirmed despite: link-mismatch\)$/.test(note))).toBe(true);
  });

  it('after a refused save keeps the editor\'s text, shows the disk\'s beside it, and "keep mine" saves it', async () => {
    changeOnDisk('All human beings', 'Todos nacen libres (versión de Bo).');
    await row('All human beings').locator('textarea').fill('Todos los seres humanos nacen libres e iguales (versión de Ana).');
    await row('All human beings').locator('button.save').click();
    await expect.poll(() => page.locator('.notice').textContent(), POLL).toContain('changed on disk since the page loaded it');
    expect(entryOnDisk('All human beings')?.translation).toBe('Todos nacen libres (versión de Bo).');
    expect(await row('All human beings').locator('textarea').inputValue()).toBe('Todos los seres humanos nacen libres e iguales (versión de Ana).');
    expect(await row('All human beings').locator('.conflict .theirs').textContent()).toBe('Todos nacen libres (versión de Bo).');
    await row('All human beings').locator('button.keep-mine').click();
    await expect.poll(() => row('All human beings').locator('.status').textContent(), POLL).toBe('Saved');
    expect(entryOnDisk('All human beings')?.translation).toBe('Todos los seres humanos nacen libres e iguales (versión de Ana).');
    expect(await row('All human beings').locator('.conflict').count()).toBe(0);
  });

  it('after a refused approval, "take theirs" puts the disk\'s text in the field, and approving approves that', async () => {
    changeOnDisk('Everyone has the right', 'Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.');
    await row('Everyone has the right').locator('textarea').fill('Todos tienen derecho a la vida.');
    await row('Everyone has the right').locator('button.approve').click();
    await expect.poll(() => row('Everyone has the right').locator('.conflict').count(), POLL).toBe(1);
    expect(entryOnDisk('Everyone has the right')?.state).toBe('needs-review');
    await row('Everyone has the right').locator('button.take-theirs').click();
    expect(await row('Everyone has the right').locator('textarea').inputValue()).toBe('Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.');
    await row('Everyone has the right').locator('button.approve').click();
    await expect.poll(() => row('Everyone has the right').locator('.status').textContent(), POLL).toBe('Approved and saved');
    expect(entryOnDisk('Everyone has the right')).toMatchObject({ translation: 'Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.', state: 'approved' });
  });

  it('speaks the browser\'s language: Accept-Language es gives the built-in Spanish words', async () => {
    const spanish = await browser.newPage({ viewport: { width: 1024, height: 700 }, locale: 'es-ES' });
    try {
      await spanish.goto(languagePage());
      expect(await spanish.locator('html').getAttribute('lang')).toBe('es');
      expect(await spanish.locator('tr.entry button.approve').first().textContent()).toBe('Aprobar');
      expect(await spanish.locator('button[data-filter="needs-review"]').textContent()).toBe('Por revisar');
    } finally {
      await spanish.close();
    }
    expect(await page.locator('tr.entry button.approve').first().textContent()).toBe('Approve');
  });

  it('fits a 375 px phone screen: no sideways scrolling and no axe-core violation on the overview, the language page, a conflict or a confirmation', async () => {
    // bypassCSP only so that axe-core can be injected; the page's own script runs under its nonce either way.
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const violations = async () => {
      await phone.addScriptTag({ content: AXE });
      return phone.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
    };
    try {
      await phone.goto(`${origin}/?token=${token}`);
      expect(await overflow()).toBe(0);
      expect(await violations()).toEqual([]);
      await phone.goto(languagePage());
      expect(await overflow()).toBe(0);
      changeOnDisk('Universal Declaration', 'Declaración Universal de Derechos Humanos');
      const title = phone.locator('tr.entry', { has: phone.locator('.source .text', { hasText: 'Universal Declaration' }) });
      await title.locator('textarea').fill('Declaración Universal de los Derechos Humanos');
      await title.locator('button.save').click();
      await expect.poll(() => title.locator('.conflict').count(), POLL).toBe(1);
      expect(await overflow()).toBe(0);
      const link = phone.locator('tr.entry', { has: phone.locator('.source .text', { hasText: 'Read the' }) });
      await link.locator('textarea').fill('Lea el [texto](https://tracker.example/otro).');
      await link.locator('button.approve').click();
      await expect.poll(() => link.locator('.confirm').isVisible(), POLL).toBe(true);
      expect(await overflow()).toBe(0);
      expect(await violations()).toEqual([]);
      mkdirSync(path.join(REPO, 'test-artifacts'), { recursive: true });
      await phone.screenshot({ path: path.join(REPO, 'test-artifacts/review-375px.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
