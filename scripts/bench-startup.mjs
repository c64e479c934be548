// The commands editors wait for, against bare Node: `--version`, a no-op build, `status`, and `check`
// with its cache warm; medians of N interleaved runs, wall and CPU (user+sys from /usr/bin/time),
// plus how many files each loads (V8 coverage of every thread). Several CLIs can be compared in one
// run (say, a checkout of the previous version): each gets its own copy of the workspace, since
// the check cache and the no-op fingerprint belong to one version of the tool.
//
//   node scripts/bench-startup.mjs --workspace DIR [--runs 5] [--cli bin/editions.js]...
//   (a workspace: node scripts/bench/udhr-workspace.mjs, or any folder with editions.config.yaml)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { workspace: { type: 'string' }, runs: { type: 'string', default: '5' }, cli: { type: 'string', multiple: true } } });
if (!values.workspace) {
  console.error('usage: node scripts/bench-startup.mjs --workspace DIR [--runs 5] [--cli bin/editions.js]...');
  process.exit(2);
}
const runs = Number(values.runs);
const clis = (values.cli ?? [path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bin', 'editions.js')]).map((cli) => path.resolve(cli));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'editions-startup-'));

/** One copy of the workspace per CLI, built and checked once so that the runs measured are warm. */
const roots = clis.map((cli, index) => {
  const root = path.join(scratch, `ws-${index}`);
  cpSync(values.workspace, root, { recursive: true, filter: (file) => !file.startsWith(path.join(values.workspace, 'output')) });
  for (const command of ['build', 'build', 'check']) spawnSync(process.execPath, [cli, '--root', root, command], { stdio: 'ignore' });
  return root;
});
const commands = (cli, root) => ({
  version: [cli, '--version'],
  'no-op build': [cli, '--root', root, 'build'],
  status: [cli, '--root', root, 'status'],
  'check (warm)': [cli, '--root', root, 'check'],
});

function timed(args) {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const match = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { wall: Number(match[1]), cpu: Number(match[2]) + Number(match[3]) };
}

function filesLoaded(args) {
  const coverage = path.join(scratch, `coverage-${Math.random().toString(36).slice(2)}`);
  spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, NODE_V8_COVERAGE: coverage } });
  const files = new Set();
  for (const name of readdirSync(coverage)) {
    for (const script of JSON.parse(readFileSync(path.join(coverage, name), 'utf8')).result) if (script.url.startsWith('file:')) files.add(script.url);
  }
  return { files: files.size, fromPackages: [...files].filter((url) => url.includes('/node_modules/')).length };
}

const samples = new Map();
const add = (key, sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
for (let run = 0; run < runs; run++) {
  add('bare', timed(['-e', '0']));
  clis.forEach((cli, index) => {
    for (const [name, args] of Object.entries(commands(cli, roots[index]))) add(`${index} ${name}`, timed(args));
  });
}
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const bare = { wall: median(samples.get('bare').map((s) => s.wall)), cpu: median(samples.get('bare').map((s) => s.cpu)) };
console.log(`node -e 0: wall ${bare.wall.toFixed(2)} s, cpu ${bare.cpu.toFixed(2)} s (medians of ${runs}; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
clis.forEach((cli, index) => {
  console.log(`\n${path.relative(process.cwd(), cli) || cli}`);
  for (const [name, args] of Object.entries(commands(cli, roots[index]))) {
    const list = samples.get(`${index} ${name}`);
    const wall = median(list.map((s) => s.wall));
    const cpu = median(list.map((s) => s.cpu));
    const { files, fromPackages } = filesLoaded(args);
    console.log(`  ${name.padEnd(13)} wall ${wall.toFixed(2)} s (${(wall / bare.wall).toFixed(1)}× bare)  cpu ${cpu.toFixed(2)} s (${(cpu / bare.cpu).toFixed(1)}× bare)  ${files} files loaded, ${fromPackages} from node_modules`);
  }
});
rmSync(scratch, { recursive: true, force: true });
