// CPU time of the checks (runChecks) over a workspace, per check function, each run in a fresh
// process (the checks' memos are per process, as in the build's check worker).
//
//   node scripts/bench-checks.mjs --root <workspace> [--runs 5] [--spelling on|off] [--from dist]
//                                 [--findings out.json] [--perturb] [--unique]
//
// --spelling on: runChecks exactly as `editions check` calls it (sources, catalogs with spelling,
// UI words), with no cache. --spelling off: every catalog through checkCatalog with spelling off
// (what is left: markup, figures, glossary, text, doubled words, bidi).
// --from: a folder of compiled modules laid out like dist/ (default: this repository's dist/).
// --findings: write every finding of the first run as JSON, to compare two versions of the code.
// --perturb: before checking, change entries in memory (nothing is written) so that every check has
// something to find: doubled words, dates with month names, figures, bidi controls, Markdown.
// --unique: append a word naming the statement to each entry's source and translation (in memory), so
// that no text recurs across statements: the benchmark's statements are copies of one declaration,
// and without this the per-process memos also catch its translations, which real statements rarely share.
//
// Prints the median over the runs of: CPU ms (user+sys, process.cpuUsage) and wall ms of the checks
// alone (reading the workspace excluded), and, from a CPU profile of each run (node:inspector,
// 250 µs samples), the inclusive ms of each check function and of the garbage collector.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FUNCTIONS = [
  'runChecks', 'checkSource', 'checkCatalog', 'checkUiWords',
  'shapeOf', 'checkMarkup', 'checkNumbers', 'figuresIn', 'monthFigures', 'monthNames', 'readDigits', 'multiplierAfter', 'asciiDigits',
  'checkGlossary', 'checkText', 'repeatedWords', 'doubles', 'bidiControls', 'misspelled', '(garbage collector)',
];

function flags(argv) {
  const out = { runs: 5, spelling: 'on', from: path.join(here, '..', 'dist') };
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index].replace(/^--/, '');
    if (['child', 'profile', 'perturb', 'unique'].includes(name)) out[name] = true;
    else out[name] = argv[++index];
  }
  out.runs = Number(out.runs);
  return out;
}

async function load(from) {
  const module = (file) => import(pathToFileURL(path.resolve(from, file)).href);
  const [config, snapshot, catalogs, workspace, glossary, checks, catalog] = await Promise.all(
    ['config.js', 'build/snapshot.js', 'catalogs.js', 'workspace.js', 'translate/workspace.js', 'review/checks/index.js', 'review/checks/catalog.js'].map(module),
  );
  return { ...config, ...snapshot, ...catalogs, ...workspace, ...glossary, ...checks, ...catalog };
}

/** The input checkWorkspace gives runChecks, without a cache. */
function checkInput(lib, root) {
  const config = lib.loadConfig(root);
  const snap = lib.readSnapshot(config, {});
  return {
    sourceLanguage: config.sourceLanguage,
    statements: snap.statements,
    catalogs: snap.languages.flatMap((language) =>
      snap.statements.flatMap((statement) => {
        const catalog = snap.synced.catalogs.get(lib.catalogKey(language, statement.slug));
        return catalog ? [{ language, file: lib.shown(config, lib.catalogPath(config, language, statement.slug)), catalog }] : [];
      }),
    ),
    ui: lib.loadUiFiles(config, [config.sourceLanguage, ...snap.languages]),
    glossary: lib.loadGlossary(config),
    words: lib.loadWords(config),
  };
}

/** Deterministic changes to the entries, by their position, so that two versions of the code see the same text. */
function perturb(input) {
  let index = 0;
  for (const { language, catalog } of input.catalogs) {
    const month = (day) => new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, day % 12, 31 - (day % 3))));
    for (const entry of catalog.entries) {
      const at = index++;
      const slot = entry.line ?? 0;
      if (!entry.translation) continue;
      const words = entry.translation.split(' ');
      if (at % 5 === 0 && words.length > 3) words.splice(2, 0, words[2]);
      if (at % 9 === 0 && words.length > 3) words.splice(1, 0, `${words[1]}\n${words[1]}`);
      entry.translation = words.join(' ');
      if (slot % 3 === 0) entry.source = entry.source.replace(/ (\p{L}+) /u, ' $1 $1 ');
      if (slot % 7 === 0) {
        entry.source += ` By ${new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, slot % 12, 31 - (slot % 3))))}.`;
        entry.translation += ` ${month(at % 4 ? slot : slot + 1)}.`;
      }
      if (slot % 11 === 0) {
        entry.source += ' 320,000 people, 2.5 million euros.';
        entry.translation += ` ${new Intl.NumberFormat(language).format(at % 2 ? 320000 : 32000)} · ${new Intl.NumberFormat(language).format(2.5)} 000 000.`;
      }
      if (at % 13 === 0) entry.translation = `\u202e${entry.translation}`;
      if (slot % 17 === 0) {
        entry.source = `*Bora Bora* ${entry.source} [UN](https://un.org)`;
        entry.translation = `*Bora Bora* ${entry.translation} [UN](https://un.org${at % 2 ? '' : '/x'})`;
      }
    }
  }
}

/** "locales/fr/udhr-3.po" → every source and translation of that catalog ends with " udhrd". */
function unique(input) {
  for (const { file, catalog } of input.catalogs) {
    const word = path.basename(file, '.po').replace(/\d/g, (digit) => 'abcdefghij'[digit]).replace(/\W/g, '');
    // Flat strings, as read from a file: a joined string would be flattened (copied) on first hashing.
    const flat = (text) => Buffer.from(`${text} ${word}`).toString();
    for (const entry of catalog.entries) {
      entry.source = flat(entry.source);
      if (entry.translation) entry.translation = flat(entry.translation);
    }
  }
}

async function check(lib, input, spelling) {
  if (spelling === 'on') return (await lib.runChecks(input)).findings;
  return input.catalogs.flatMap(({ language, file, catalog }) =>
    lib.checkCatalog(catalog.entries, language, file, input.glossary, { sourceLanguage: input.sourceLanguage, words: input.words, spelling: false }),
  );
}

/**
 * Inclusive ms per function name (each sample counts once for every function on its stack) and the
 * 15 largest self times. Sample intervals are wall time: on a busy machine they are scaled so that
 * they add up to the CPU time the run used.
 */
function inclusive(profile, cpu) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = {};
  const self = {};
  const wall = profile.timeDeltas.slice(1).reduce((sum, dt) => sum + dt, 0) / 1000;
  const scale = wall ? Math.min(1, cpu / wall) : 1;
  profile.samples.forEach((id, index) => {
    const dt = ((profile.timeDeltas[index + 1] ?? 0) / 1000) * scale;
    const frame = byId.get(id).callFrame;
    const where = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    self[where] = (self[where] ?? 0) + dt;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(byId.get(at).callFrame.functionName);
    for (const name of seen) if (FUNCTIONS.includes(name)) totals[name] = (totals[name] ?? 0) + dt;
  });
  const top = Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 15);
  return { totals, top };
}

async function child(options) {
  const lib = await load(options.from);
  const input = checkInput(lib, options.root);
  if (options.perturb) perturb(input);
  if (options.unique) unique(input);
  const session = new Session();
  if (options.profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const findings = await check(lib, input, options.spelling);
  const used = process.cpuUsage(cpu);
  const result = { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall, findings: findings.length };
  if (options.profile) Object.assign(result, inclusive((await session.post('Profiler.stop')).profile, result.cpu));
  if (options.findings) writeFileSync(options.findings, JSON.stringify(findings, null, 1));
  process.stdout.write(JSON.stringify(result));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

function parent(options) {
  const run = (extra) => {
    const args = [fileURLToPath(import.meta.url), '--child', '--root', options.root, '--from', options.from, '--spelling', options.spelling, ...(options.perturb ? ['--perturb'] : []), ...(options.unique ? ['--unique'] : []), ...extra];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout);
  };
  const plain = [];
  const profiled = [];
  // Interleaved, so that a busy moment on the machine falls on both kinds of run.
  for (let index = 0; index < options.runs; index++) {
    plain.push(run(index === 0 && options.findings ? ['--findings', options.findings] : []));
    profiled.push(run(['--profile']));
  }
  console.log(`checks over ${options.root}${options.perturb ? ' (perturbed)' : ''}${options.unique ? ' (unique texts)' : ''} (spelling ${options.spelling}, code from ${options.from}), ${options.runs} runs, ${plain[0].findings} findings`);
  console.log(`  CPU ms ${median(plain.map((r) => r.cpu)).toFixed(0)} (runs: ${plain.map((r) => r.cpu.toFixed(0)).join(' ')})   wall ms ${median(plain.map((r) => r.wall)).toFixed(0)}`);
  console.log('  inclusive CPU ms per function (profiled runs, median):');
  for (const name of FUNCTIONS) {
    const values = profiled.map((r) => r.totals[name] ?? 0);
    if (values.some((value) => value > 0)) console.log(`    ${name.padEnd(20)} ${median(values).toFixed(1).padStart(8)}`);
  }
  console.log('  largest self CPU ms (first profiled run):');
  for (const [where, ms] of profiled[0].top) console.log(`    ${ms.toFixed(1).padStart(8)}  ${where}`);
}

const options = flags(process.argv.slice(2));
if (!options.root) {
  console.error('usage: node scripts/bench-checks.mjs --root <workspace> [--runs 5] [--spelling on|off] [--from dist] [--findings out.json] [--perturb] [--unique]');
  process.exit(2);
}
if (options.child) await child(options);
else parent(options);
