// Accessibility of the published pages, in Debian's Chromium: axe-core finds no violation (WCAG 2.1
// A/AA and best practices) on an edition left to right, one right to left, and the index, in light
// and dark schemes; html-validate's recommended preset finds no error; nothing scrolls sideways at
// 375 px; printing turns links black and shows their URLs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { REPO, makeWorkspace, removeWorkspace, runCli, SLUG } from '../support/workspace.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
const AXE = readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Wide things a statement may hold: a long unbroken URL, a six-column table, a line of code. */
const WIDE_BLOCKS = `

Read more at <https://example.org/a/very/long/address/that/does/not/break/anywhere/by/itself/statement-2024-07-10-final-version.html>.

| Country | 2021 | 2022 | 2023 | 2024 | Change since 2021 |
| --- | --- | --- | --- | --- | --- |
| Sweden | 1.3 % | 1.4 % | 1.5 % | 2.1 % | +0.8 percentage points |

    long_line_of_code = "no spaces in this line at all ......................................................."
`;

let root: string;
let browser: Browser;
const pages = [`en/${SLUG}.html`, `ar/${SLUG}.html`, 'index.html'];

describe.skipIf(!hasChromium)('e2e: accessible pages', () => {
  beforeAll(async () => {
    root = makeWorkspace({ languages: ['ar', 'es'], catalogs: ['ar', 'es'], extraConfig: 'minTranslatedPercent: 0\n' });
    const source = path.join(root, 'source', `${SLUG}.md`);
    writeFileSync(source, readFileSync(source, 'utf8') + WIDE_BLOCKS);
    const built = await runCli(['--root', root, 'build', '--engine', 'none', '--format', 'html']);
    if (built.code !== 0) throw new Error(built.stderr);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (root) removeWorkspace(root);
  });

  it('builds an Arabic edition right to left', () => {
    expect(readFileSync(path.join(root, 'output', pages[1]), 'utf8')).toContain('<html lang="ar" dir="rtl">');
  });

  for (const file of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${file} (${scheme}): axe-core reports no violation and nothing overflows at 375 px`, async () => {
        const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme: scheme });
        try {
          await page.goto(`file://${path.join(root, 'output', file)}`);
          await page.addScriptTag({ content: AXE });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
            return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          });
          expect(violations).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBe(0);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('puts the language switcher at the top, naming the current language', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`file://${path.join(root, 'output', pages[1])}`);
      const first = await page.evaluate(() => document.body.firstElementChild?.firstElementChild?.matches('nav.languages'));
      expect(first).toBe(true);
      expect(await page.textContent('nav.languages [aria-current="page"]')).toBe('العربية');
      expect(await page.getAttribute('nav.languages a[hreflang="en"]', 'href')).toBe(`../en/${SLUG}.html`);
    } finally {
      await page.close();
    }
  });

  it('prints links in black with their URLs', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`file://${path.join(root, 'output', pages[0])}`);
      await page.emulateMedia({ media: 'print' });
      const link = page.locator('.statement a[href^="https://example.org/"]').first();
      expect(await link.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
      expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('https://example.org/a/very/long');
    } finally {
      await page.close();
    }
  });

  it.each(pages)('%s: html-validate (recommended) reports no error', async (file) => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateString(readFileSync(path.join(root, 'output', file), 'utf8'), file);
    const errors = report.results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  });
});
