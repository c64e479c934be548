// What a publisher would use instead: pandoc for HTML and text, then WeasyPrint (one process per
// file) or one warm headless Chromium (Debian's, driven by playwright-core) to print each HTML to PDF.
// Both run one file at a time, as a script would; both get the same editions as Editions builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdown } from './udhr-workspace.mjs';

const CHROMIUM = '/usr/bin/chromium';

export const available = {
  pandoc: spawnSync('pandoc', ['--version']).status === 0,
  weasyprint: spawnSync('weasyprint', ['--version']).status === 0,
  chromium: existsSync(CHROMIUM),
};

/** One Markdown file per language, the same text as the Editions workspace holds. */
export function competitorSources(text, languages) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'editions-bench-others-'));
  return languages.map((language) => {
    const file = path.join(folder, `${language}.md`);
    writeFileSync(file, markdown(text, language));
    return { language, file, html: file.replace(/\.md$/, '.html'), txt: file.replace(/\.md$/, '.txt'), pdf: file.replace(/\.md$/, '.pdf') };
  });
}

function pandoc(source) {
  const html = spawnSync('pandoc', [source.file, '-s', '--metadata', `lang=${source.language}`, '-o', source.html]);
  const txt = spawnSync('pandoc', [source.file, '-t', 'plain', '-o', source.txt]);
  if (html.status || txt.status) throw new Error(`pandoc failed on ${source.file}: ${html.stderr}${txt.stderr}`);
}

/** pandoc (HTML, text) + WeasyPrint per edition; wall ms. */
export function pandocWeasyprint(sources) {
  const started = performance.now();
  for (const source of sources) {
    pandoc(source);
    const pdf = spawnSync('weasyprint', ['-q', source.html, source.pdf]);
    if (pdf.status) throw new Error(`weasyprint failed on ${source.html}: ${pdf.stderr}`);
  }
  return performance.now() - started;
}

/** A Chromium started once; `run` times pandoc + printing every edition's HTML through it. */
export async function warmChromium(repo) {
  const { chromium } = await import(pathToFileURL(path.join(repo, 'node_modules/playwright-core/index.mjs')).href);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  const print = async (source) => {
    await page.goto(pathToFileURL(source.html).href);
    await page.pdf({ path: source.pdf, format: 'A4', printBackground: true });
  };
  return {
    async run(sources) {
      const started = performance.now();
      for (const source of sources) {
        pandoc(source);
        await print(source);
      }
      return performance.now() - started;
    },
    /** One print first, so the measured runs see a warm browser. */
    async warm(sources) {
      pandoc(sources[0]);
      await print(sources[0]);
    },
    close: () => browser.close(),
  };
}

export const sizeOf = (file) => (existsSync(file) ? statSync(file).size : 0);
