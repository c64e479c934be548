// `editions build --watch` (cli/watch.ts): builds, then builds again in the same process when an
// editor saves a catalog or a statement; r + Enter rebuilds everything; a user's mistake is said
// with its rule and the watch goes on; q + Enter and Ctrl+C stop it with exit 0, never leaving
// output/ half-written. Workspace: the seed statement with its real Spanish catalog (entries that
// need review, marked fuzzy), HTML and text editions.
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBuildInput } from '../../pipeline/cli/watch.js';
import { makeWorkspace, removeWorkspace, SLUG, watchCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const BUILT = /^Built \d+ edition files/m;
const WATCHING = /^Watching source\//m;

function workspace(formats = 'html, txt'): string {
  const root = makeWorkspace({ languages: ['es'], catalogs: ['es'], extraConfig: `engine: none\nformats: [${formats}]\n` });
  made.push(root);
  return root;
}
const sha = (root: string, file: string) => (JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] }).files.find((item) => item.path === file)?.sha256;
/** q + Enter: the watch stops, exit 0. */
async function quit(watched: ReturnType<typeof watchCli>): Promise<void> {
  watched.type('q');
  expect(await watched.exited).toBe(0);
}
const lastBuilt = (text: string) => [...text.matchAll(/^Built (\d+) edition files .*\((\d+) rendered, (\d+) unchanged/gm)].pop()!;

describe('editions build --watch', () => {
  it('rebuilds the Spanish editions alone when an editor approves a Spanish entry, PDFs by the worker it keeps', async () => {
    const root = workspace('html, pdf, txt');
    const watched = watchCli(root);
    await watched.waitFor(WATCHING);
    const english = sha(root, `en/${SLUG}.html`);
    const catalog = path.join(root, 'locales/es', `${SLUG}.po`);
    const text = readFileSync(catalog, 'utf8');
    expect(text).toContain('#, fuzzy\n');
    writeFileSync(catalog, text.replace('#, fuzzy\n', ''));
    const [, files, rendered] = lastBuilt(await watched.waitFor(BUILT, 2));
    expect(Number(rendered)).toBe(3);
    expect(Number(files)).toBeGreaterThan(2);
    // Rendered again: the Spanish HTML, PDF and text (a draft before and after: other entries still need review).
    expect(readFileSync(path.join(root, 'output/es', `${SLUG}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha(root, `en/${SLUG}.html`)).toBe(english);
    await quit(watched);
  }, 120_000);

  it('sees every save of a catalog made by writing a copy and renaming it over, as the review page and PO tools save', async () => {
    const root = workspace();
    const watched = watchCli(root);
    await watched.waitFor(WATCHING);
    const catalog = path.join(root, 'locales/es', `${SLUG}.po`);
    for (let save = 1; save <= 3; save++) {
      const copy = `${catalog}.${save}.tmp`;
      writeFileSync(copy, readFileSync(catalog, 'utf8').replace('#, fuzzy\n', ''));
      renameSync(copy, catalog);
      const [, , rendered] = lastBuilt(await watched.waitFor(BUILT, 1 + save));
      expect(Number(rendered)).toBe(2);
    }
    await quit(watched);
  }, 120_000);

  it('rebuilds everything on r + Enter, reusing nothing', async () => {
    const watched = watchCli(workspace());
    await watched.waitFor(WATCHING);
    watched.type('r');
    const [, files, rendered, unchanged] = lastBuilt(await watched.waitFor(BUILT, 2));
    expect(Number(rendered)).toBe(Number(files));
    expect(Number(unchanged)).toBe(0);
    await quit(watched);
  }, 120_000);

  it('says a broken statement with its place and rule, goes on watching, and answers again once it is mended', async () => {
    const root = workspace();
    const watched = watchCli(root);
    await watched.waitFor(WATCHING);
    const statement = path.join(root, 'source', `${SLUG}.md`);
    const good = readFileSync(statement, 'utf8');
    writeFileSync(statement, good.replace(/^title: .*\n/m, ''));
    const said = await watched.waitFor(/\[front-matter-invalid\]/);
    expect(said).toMatch(new RegExp(`source/${SLUG}\\.md:\\d+: .*\\[front-matter-invalid\\]`));
    expect(said).not.toMatch(/internal error|\n\s+at /);
    // Mended as it was: the editions of the first build are still up to date, and it says so.
    writeFileSync(statement, good);
    await watched.waitFor(/^Nothing changed since the last build: \d+ files in output\/ are up to date/m);
    await quit(watched);
  }, 120_000);

  it('stops on Ctrl+C after the build under way, with exit 0 and nothing half-written in output/', async () => {
    const root = workspace();
    const watched = watchCli(root);
    await watched.waitFor(WATCHING);
    watched.type('r');
    // Long enough for the line to be read and the build to start, far shorter than the build.
    await new Promise((resolve) => setTimeout(resolve, 150));
    watched.signal('SIGINT');
    expect(await watched.exited).toBe(0);
    // The build under way finished and said so before the watch stopped.
    expect(watched.output().match(/^Built /gm)).toHaveLength(2);
    expect(readdirSync(path.join(root, 'output')).filter((name) => name.includes('-stage-') || name.endsWith('.tmp'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')) as { files: unknown[] };
    expect(manifest.files.length).toBeGreaterThan(2);
  }, 120_000);
});

describe('what the watch listens to', () => {
  it('the files a build reads, not output/ nor the catalogs’ lock folders', () => {
    expect(isBuildInput('editions.config.yaml')).toBe(true);
    expect(isBuildInput('source/2024-nato-summit.md')).toBe(true);
    expect(isBuildInput('source/words.txt')).toBe(true);
    expect(isBuildInput('locales/es/2024-nato-summit.po')).toBe(true);
    expect(isBuildInput('locales/glossary.yaml')).toBe(true);
    expect(isBuildInput('output/es/2024-nato-summit.html')).toBe(false);
    expect(isBuildInput('locales/es/2024-nato-summit.po.lock')).toBe(false);
    expect(isBuildInput('locales/es/2024-nato-summit.po.lock/x')).toBe(false);
    expect(isBuildInput('README.md')).toBe(false);
    // The ledger is a record, not an input; editors' swap and backup files are not either.
    expect(isBuildInput('locales/mt-ledger.jsonl')).toBe(false);
    expect(isBuildInput('source/.2024-nato-summit.md.swp')).toBe(false);
    expect(isBuildInput('locales/es/2024-nato-summit.po~')).toBe(false);
    expect(isBuildInput('locales/es/ui.json')).toBe(true);
  });
});
