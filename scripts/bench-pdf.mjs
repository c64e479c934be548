// Measures the PDF renderer alone, in one process, the way a render worker uses it: every PDF
// edition of a workspace rendered once cold (first use of each font) and then again warm, with the
// CPU time (user+sys) of each, the heap and the RSS after all of them, and each PDF's size.
//
//   node scripts/bench-pdf.mjs <workspace> [dist folder, default ./dist] [--runs N] [--worker] [--out folder] [--json]
//
// Make a workspace with scripts/bench/udhr-workspace.mjs (UDHR, English + 16 languages).
// Run it inside a worker thread (like the build's pool) with --worker.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [root, distArg] = args.filter((arg, index) => !arg.startsWith('--') && !['--runs', '--out'].includes(args[index - 1]));
if (isMainThread && !root) {
  console.error('usage: node scripts/bench-pdf.mjs <workspace> [dist] [--runs N] [--worker] [--json]');
  process.exit(2);
}
const dist = path.resolve(distArg ?? new URL('../dist', import.meta.url).pathname);
const runs = Number(option('--runs', 2));
const out = option('--out');

async function measure({ root, dist, runs, out }) {
  const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
  const started = process.cpuUsage();
  const { loadConfig } = await load('config.js');
  const { readSnapshot } = await load('build/snapshot.js');
  const { planBuild } = await load('build/plan.js');
  const { uiTranslator } = await load('render/ui.js');
  const config = loadConfig(path.resolve(root));
  const snapshot = readSnapshot(config, { formats: ['pdf'] });
  const plan = planBuild(snapshot, { tool: 'bench', intact: new Set() });
  const editions = plan.editions.map((planned) => ({ language: planned.key.language, edition: planned.edition, creationDate: planned.creationDate, fonts: planned.fonts }));
  const setup = process.cpuUsage(started);
  const moduleStart = process.cpuUsage();
  const { renderPdf } = await load('render/pdf/index.js');
  const moduleCpu = process.cpuUsage(moduleStart);
  const ms = (usage) => (usage.user + usage.system) / 1000;
  const rows = editions.map((item) => ({ language: item.language, cpu: [], bytes: 0 }));
  for (let run = 0; run < runs; run++) {
    for (const [index, item] of editions.entries()) {
      const t = uiTranslator(snapshot.ui, item.language, config.sourceLanguage);
      const before = process.cpuUsage();
      const bytes = await renderPdf(item.edition, t, { creationDate: item.creationDate, fonts: item.fonts });
      rows[index].cpu.push(ms(process.cpuUsage(before)));
      rows[index].bytes = bytes.byteLength;
      if (out && run === 0) writeFileSync(path.join(out, `${item.language}.pdf`), bytes);
    }
  }
  const memory = process.memoryUsage();
  return { rows, setupMs: ms(setup), moduleMs: ms(moduleCpu), rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20, externalMb: (memory.external + memory.arrayBuffers) / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (!isMainThread) {
  parentPort.postMessage(await measure(workerData));
} else {
  const result = flag('--worker')
    ? await new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { root, dist, runs, out } });
        worker.once('message', resolve);
        worker.once('error', reject);
      })
    : await measure({ root, dist, runs, out });
  if (flag('--json')) {
    console.log(JSON.stringify(result));
  } else {
    const sum = (column) => result.rows.reduce((total, row) => total + (row.cpu[column] ?? 0), 0);
    console.log(`modules ${result.moduleMs.toFixed(0)} ms CPU (snapshot and plan ${result.setupMs.toFixed(0)} ms)`);
    console.log('language   cold ms  warm ms    bytes');
    for (const row of result.rows) console.log(`${row.language.padEnd(9)} ${row.cpu[0].toFixed(0).padStart(8)} ${(row.cpu[runs - 1] ?? 0).toFixed(0).padStart(8)} ${String(row.bytes).padStart(8)}`);
    console.log(`total     ${sum(0).toFixed(0).padStart(8)} ${sum(runs - 1).toFixed(0).padStart(8)} ${String(result.rows.reduce((total, row) => total + row.bytes, 0)).padStart(8)}`);
    console.log(`after all: rss ${result.rssMb.toFixed(0)} MB (peak ${result.maxRssMb.toFixed(0)} MB), heap ${result.heapMb.toFixed(0)} MB, external+arrayBuffers ${result.externalMb.toFixed(0)} MB`);
  }
}
