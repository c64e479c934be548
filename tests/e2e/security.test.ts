// The security suite: hostile translations and UI strings are built into HTML editions by the real
// CLI, then opened in headless Chromium. Nothing may execute, navigate or load from the network.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { readCatalog, writeCatalog } from '../../pipeline/review/po.js';
import { writeAtomic } from '../../pipeline/output/write.js';
import { makeWorkspace, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

/** Each payload would set window.pwned, open a dialog, or fetch from outside if it ran. */
const HOSTILE = [
  '<script>window.pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.pwned = 2; alert(2)">',
  '<svg onload="window.pwned = 3"><script>window.pwned = 3</script></svg>',
  '[click me](javascript:window.pwned=4)',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9NTwvc2NyaXB0Pg==)',
  '<a href="javascript:window.pwned=6">raw link</a>',
  '<div style="background:url(javascript:window.pwned=7); width: expression(window.pwned=7)">css</div>',
  '<iframe src="javascript:parent.pwned=8"></iframe><object data="javascript:parent.pwned=9"></object>',
  '<style>@import url(http://evil.example/x.css); body { background: url(http://evil.example/y.png) }</style>',
  '<scr<script>ipt>window.pwned=10</script> <b onmouseover="window.pwned=11">hover</b> <img src="http://evil.example/beacon.png">',
  '"><script>window.pwned=12</script><x y="',
  '<math><mi xlink:href="javascript:window.pwned=13">m</mi></math> <form action="javascript:window.pwned=14"><button>go</button></form>',
  // A tracking pixel and a link the source does not have, in plain Markdown (issue 9 item 11).
  '![](https://tracker.example/p.png) [win a prize](https://phish.example/win)',
];

let browser: Browser;
let root: string;

describe.skipIf(!hasChromium)('security: hostile translations in headless Chromium', () => {
  beforeAll(async () => {
    root = makeWorkspace({ languages: ['es'] });
    await runCli(['--root', root, 'build', '--engine', 'none']);
    const file = path.join(root, 'locales/es', `${SLUG}.po`);
    const catalog = readCatalog(readFileSync(file, 'utf8'), 'x.po');
    catalog.entries = catalog.entries.map((entry, index) => ({ ...entry, translation: `Texto ${index}. ${HOSTILE[index % HOSTILE.length]}`, state: 'needs-review' }));
    writeFileSync(file, writeCatalog(catalog));
    const ui = path.join(root, 'locales/es/ui.json');
    writeFileSync(ui, readFileSync(ui, 'utf8').replace('"Enlaces"', '"<script>window.pwned=99</script>Enlaces"').replace('Borrador de traducción: aún no revisado', '<img src=x onerror=window.pwned=98>Borrador'));
    const result = await runCli(['--root', root, 'build', '--engine', 'none']);
    expect(result.code, result.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });

  afterAll(async () => {
    await browser?.close();
    if (root) removeWorkspace(root);
  });

  it('runs no script, opens no dialog and requests nothing from outside', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    const url = pathToFileURL(path.join(root, 'output/es', `${SLUG}.html`)).href;
    await page.goto(url);
    // Hover over everything a reader might touch (a hover is what onmouseover payloads wait for).
    for (const handle of await page.$$('a, b, button, strong, em, p')) {
      await handle.hover().catch(() => undefined);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((request) => !request.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.$$eval('script, iframe, object, embed, form, svg, math, img', (nodes) => nodes.length)).toBe(0);
    expect(await page.$$eval('[style], [onerror], [onload], [onmouseover]', (nodes) => nodes.length)).toBe(0);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(hrefs.filter((href) => href.includes('phish.example'))).toEqual([]);
    // The hostile UI strings are shown as text, not markup.
    expect(await page.textContent('.draft-banner')).toContain('<img src=x onerror=window.pwned=98>Borrador');
    await page.close();
  });

  it('keeps the index page and the text edition inert too', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(root, 'output/index.html')).href);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
    const text = readFileSync(path.join(root, 'output/es', `${SLUG}.txt`), 'utf8');
    // A link the source does not have keeps only its words; its target is never listed.
    expect(text).toContain('Texto 3. click me');
    expect(text).not.toMatch(/phish\.example|tracker\.example|click me \[\d+\]/);
  });
});

describe('security: files stay inside their folder', () => {
  it('the writer refuses a path outside the output folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'editions-out-'));
    expect(() => writeAtomic(path.join(dir, '../escaped.txt'), 'x', dir)).toThrow(/outside/);
    expect(() => writeAtomic(path.join(dir, 'es/../../escaped.txt'), 'x', dir)).toThrow(/outside/);
    expect(existsSync(path.join(dir, '../escaped.txt'))).toBe(false);
  });
});
