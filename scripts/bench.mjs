// `npm run bench`: prints the performance table (Markdown) for this machine. Not a test: it measures.
// Works on temporary copies of the repository's workspace; needs the compiled CLI (npm run build:cli).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'bin/editions.js');
const RSS = path.join(REPO, 'scripts/bench-rss.mjs');
const SLUG = '2024-nato-summit';
const dist = (module) => import(pathToFileURL(path.join(REPO, 'dist', module)).href);
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (kilobytes) => `${(kilobytes / 1024).toFixed(0)} MiB`;

/** A workspace made from the repository's own config, statement, catalogs and UI strings. */
function workspace(statements = 1) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-bench-'));
  for (const item of ['editions.config.yaml', 'source', 'locales']) cpSync(path.join(REPO, item), path.join(root, item), { recursive: true });
  for (let index = 2; index <= statements; index++) {
    const slug = `${SLUG}-${index}`;
    writeFileSync(path.join(root, 'source', `${slug}.md`), readFileSync(path.join(REPO, 'source', `${SLUG}.md`), 'utf8').replace(/^title: (.*)$/m, `title: $1 (${index})`));
    for (const language of readdirSync(path.join(root, 'locales'))) {
      const po = path.join(root, 'locales', language, `${SLUG}.po`);
      if (existsSync(po)) writeFileSync(path.join(root, 'locales', language, `${slug}.po`), readFileSync(po, 'utf8').replace(/^msgid "ILPS condemns the 2024 NATO Summit in Washington"$/m, `msgid "ILPS condemns the 2024 NATO Summit in Washington (${index})"`));
    }
  }
  return root;
}

/** Run the real CLI; wall time and the process's peak RSS (from bench-rss.mjs). */
function cli(args, env = {}) {
  const rssFile = path.join(os.tmpdir(), `editions-rss-${process.pid}-${Math.random()}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(RSS).href, CLI, ...args], { env: { ...process.env, EDITIONS_RSS_FILE: rssFile, DEEPL_AUTH_KEY: '' }, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`editions ${args.join(' ')} failed: ${result.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { elapsed, rss, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const repeat = (times, fn) => median(Array.from({ length: times }, fn));

// --- Start-up and the build of the repository's statement --------------------------------------
const bare = repeat(5, () => {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
});
row('bare `node -e 0`', ms(bare), 'the floor every command pays');

const root = workspace();
const full = cli(['--root', root, 'build', '--engine', 'none']);
const files = JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')).files.filter((file) => file.format !== 'index');
row('full build, no MT', ms(full.elapsed), `${files.length} files (${[...new Set(files.map((file) => file.language))].join(', ')} × html, pdf, txt); peak RSS ${mib(full.rss)}`);
const noop = repeat(5, () => cli(['--root', root, 'build', '--engine', 'none']).elapsed);
row('no-op rebuild', ms(noop), `${(noop / bare).toFixed(2)} × bare node start-up`);

const source = path.join(root, 'source', `${SLUG}.md`);
writeFileSync(source, readFileSync(source, 'utf8').replace('The people yearn to be free.', 'The people yearn to be free, and will be.'));
row('rebuild after editing one paragraph', ms(cli(['--root', root, 'build', '--engine', 'none']).elapsed), 'every language re-rendered: the source changed');
const spanish = path.join(root, 'locales/es', `${SLUG}.po`);
writeFileSync(spanish, readFileSync(spanish, 'utf8').replace('#, fuzzy\nmsgctxt "role"', 'msgctxt "role"'));
row('rebuild after approving one entry', ms(cli(['--root', root, 'build', '--engine', 'none']).elapsed), 'only the Spanish editions re-rendered');

// --- Per format and per language, in process ----------------------------------------------------
const { loadConfig } = await dist('config.js');
const { loadStatements, loadUiResources } = await dist('workspace.js');
const { syncAll, catalogKey } = await dist('catalogs.js');
const { applyCatalog, countStates, sourceEdition } = await dist('review/apply.js');
const { directionOf } = await dist('language.js');
const { uiTranslator } = await dist('render/ui.js');
const { RENDERERS } = await dist('render/renderers.js');
const config = loadConfig(root);
const [statement] = loadStatements(config);
const languages = config.languages.map((language) => language.code);
const synced = syncAll(config, [statement], languages);
const ui = loadUiResources(config, ['en', ...languages]);
const timings = {};
for (const format of ['html', 'txt', 'pdf']) {
  const render = await RENDERERS[format]();
  for (const language of ['en', 'es', 'ca', 'gl']) {
    const catalog = synced.catalogs.get(catalogKey(language, SLUG));
    const edition = catalog
      ? { ...applyCatalog(statement, catalog), slug: SLUG, language, sourceLanguage: 'en', direction: directionOf(language), status: 'draft', counts: countStates(catalog.entries), siblings: ['en', language], formats: ['html', 'pdf', 'txt'] }
      : sourceEdition(statement, 'en', ['en'], ['html', 'pdf', 'txt']);
    const t = uiTranslator(ui, language, 'en');
    await render(edition, t, { creationDate: new Date(0) });
    const started = performance.now();
    await render(edition, t, { creationDate: new Date(0) });
    const took = performance.now() - started;
    (timings[format] ??= []).push(`${language} ${Math.round(took)}`);
  }
}
for (const [format, list] of Object.entries(timings)) row(`render ${format}, per language`, list.join(' · ') + ' ms', 'warm, in process');

// --- Every script: PDF time and size ------------------------------------------------------------
const { renderPdf } = await dist('render/pdf/index.js');
const scripts = [];
for (const language of ['ar', 'fa', 'he', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'th', 'ru', 'el']) {
  const file = path.join(REPO, 'tests/fixtures/scripts', `${language}.txt`);
  const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : statement.segments[3].source;
  const paragraphs = Array.from({ length: 8 }, () => ({ type: 'paragraph', children: [{ type: 'text', value: text }] }));
  const edition = { slug: SLUG, language, sourceLanguage: 'en', direction: directionOf(language), status: 'approved', counts: countStates([]), meta: { ...statement.meta, title: text.slice(0, 40) }, tree: { type: 'root', children: paragraphs }, siblings: ['en'], formats: ['pdf'] };
  const t = uiTranslator(loadUiResources(config, ['en', language]), language, 'en');
  await renderPdf(edition, t, { creationDate: new Date(0) });
  const started = performance.now();
  const bytes = await renderPdf(edition, t, { creationDate: new Date(0) });
  scripts.push(`${language} ${Math.round(performance.now() - started)} ms ${kib(bytes.byteLength)}`);
}
row('PDF per script (8 paragraphs)', scripts.join(' · '), 'time, size; fonts subset and embedded');

// --- What machine translation would cost ---------------------------------------------------------
const { planWorkspace } = await dist('translate/workspace.js');
const fresh = workspace();
for (const language of languages) rmSync(path.join(fresh, 'locales', language, `${SLUG}.po`), { force: true });
const freshConfig = loadConfig(fresh);
const engines = { deeplKey: true, apertiumModes: [] };
const first = planWorkspace(freshConfig, loadStatements(freshConfig), languages, syncAll(freshConfig, loadStatements(freshConfig), languages).catalogs, engines, 'deepl');
const firstCharacters = first.reduce((sum, plan) => sum + plan.characters, 0);
const drafted = syncAll(freshConfig, loadStatements(freshConfig), languages).catalogs;
for (const [key, catalog] of drafted) drafted.set(key, { ...catalog, entries: catalog.entries.map((entry) => ({ ...entry, translation: 'x', state: 'needs-review' })) });
const rerun = planWorkspace(freshConfig, loadStatements(freshConfig), languages, drafted, engines, 'deepl').reduce((sum, plan) => sum + plan.characters, 0);
const edited = readFileSync(path.join(fresh, 'source', `${SLUG}.md`), 'utf8').replace('The people yearn to be free.', 'The people yearn to be free, and will be.');
writeFileSync(path.join(fresh, 'source', `${SLUG}.md`), edited);
const { syncCatalog } = await dist('review/sync.js');
const [editedStatement] = loadStatements(freshConfig);
for (const [key, catalog] of drafted) drafted.set(key, syncCatalog(editedStatement.segments, catalog, key.split('/')[0], SLUG).catalog);
const afterEdit = planWorkspace(freshConfig, [editedStatement], languages, drafted, engines, 'deepl');
const editCharacters = afterEdit.reduce((sum, plan) => sum + plan.characters, 0);
row(`MT characters, ${languages.length} languages`, `first run ${firstCharacters.toLocaleString('en')} · re-run ${rerun} · one-sentence edit ${editCharacters.toLocaleString('en')}`, `the edit costs ${((100 * editCharacters) / firstCharacters).toFixed(1)} % of sending the statement again`);

// --- What a user would use instead ---------------------------------------------------------------
const html = path.join(root, 'output/en', `${SLUG}.html`);
if (spawnSync('pandoc', ['--version']).status === 0) {
  const time = (args) => repeat(3, () => {
    const started = performance.now();
    spawnSync('pandoc', args);
    return performance.now() - started;
  });
  const pandocHtml = time([source, '-s', '-o', path.join(os.tmpdir(), 'p.html')]);
  const pandocText = time([source, '-t', 'plain', '-o', path.join(os.tmpdir(), 'p.txt')]);
  const oursHtml = repeat(3, () => cli(['--root', workspace(), 'build', '--engine', 'none', '--lang', 'es', '--format', 'html']).elapsed);
  const oursText = repeat(3, () => cli(['--root', workspace(), 'build', '--engine', 'none', '--lang', 'es', '--format', 'txt']).elapsed);
  row('pandoc Markdown → HTML / → plain text', `${ms(pandocHtml)} / ${ms(pandocText)}`, `${(pandocHtml / oursHtml).toFixed(2)} / ${(pandocText / oursText).toFixed(2)} × an Editions build of the same format (en + es, ${ms(oursHtml)} / ${ms(oursText)}, sync and checks included); pandoc does one language, no review`);
} else {
  row('pandoc', 'not installed', '`apt-get install pandoc` to compare');
}
if (existsSync('/usr/bin/chromium')) {
  const pdf = path.join(os.tmpdir(), 'chromium.pdf');
  const started = performance.now();
  spawnSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', pathToFileURL(html).href], { stdio: 'ignore' });
  const chromium = performance.now() - started;
  const ourPdf = (() => {
    const t0 = performance.now();
    cli(['--root', workspace(), 'build', '--engine', 'none', '--format', 'pdf', '--lang', 'es']);
    return performance.now() - t0;
  })();
  row('Chromium print-to-PDF of our English HTML', `${ms(chromium)} (${kib(statSync(pdf).size)})`, `${(chromium / ourPdf).toFixed(2)} × an Editions PDF build (en + es, ${ms(ourPdf)}, CLI start-up included)`);
}

// --- Scaling ------------------------------------------------------------------------------------
for (const count of [1, 10, 50]) {
  const big = workspace(count);
  const run = cli(['--root', big, 'build', '--engine', 'none']);
  const made = JSON.parse(readFileSync(path.join(big, 'output/manifest.json'), 'utf8')).files.length;
  row(`${count} statement${count === 1 ? '' : 's'} × ${languages.length + 1} languages`, ms(run.elapsed), `${made} files; peak RSS ${mib(run.rss)}`);
  rmSync(big, { recursive: true, force: true });
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Editions benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log('| what | figure | note |\n| --- | --- | --- |');
for (const [what, value, note] of rows) console.log(`| ${what} | ${value} | ${note} |`);
rmSync(root, { recursive: true, force: true });
rmSync(fresh, { recursive: true, force: true });
