// The review page (editions review, served by the real CLI) in Debian's Chromium: axe-core finds no
// violation on the overview and a language's rows, and neither scrolls sideways at 375 px.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO, makeWorkspace, removeWorkspace } from '../support/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const AXE = readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

let root: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

async function audit(page: Page): Promise<{ violations: string[]; overflow: number }> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return { violations, overflow };
}

describe.skipIf(!hasChromium)('e2e: the review page is accessible', () => {
  beforeAll(async () => {
    root = makeWorkspace({ languages: ['es', 'ar'], catalogs: ['es', 'ar'] });
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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (root) removeWorkspace(root);
  });

  for (const view of ['overview', 'es', 'ar'] as const) {
    it(`${view}: no axe violation, no horizontal scroll at 375 px`, async () => {
      // The page's CSP (scripts by nonce only) would block axe itself; the audit bypasses it, nothing else does.
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, bypassCSP: true });
      try {
        await page.goto(url);
        if (view !== 'overview') {
          await page.click(`a[hreflang="${view}"], a[href*="/${view}/"], a[href*="language=${view}"]`);
          await page.waitForSelector('tr.entry');
        }
        const { violations, overflow } = await audit(page);
        expect(violations).toEqual([]);
        expect(overflow).toBe(0);
      } finally {
        await page.close();
      }
    });
  }
});
