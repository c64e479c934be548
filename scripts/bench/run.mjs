// Running things and timing them: the Editions CLI and the tools it is compared with.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
export const mib = (kib) => `${Math.round(kib / 1024)} MiB`;
export const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/**
 * Run a command under /usr/bin/time: wall ms, CPU ms (user + system, every thread and child
 * waited for) and peak RSS (KiB) of the biggest process.
 */
export function timed(command, args, options = {}) {
  const report = path.join(os.tmpdir(), `editions-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', report, command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const wall = performance.now() - started;
  const [user, system, rss] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(report, { force: true });
  if (options.check !== false && result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: (user + system) * 1000, rss, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `editions …` with the given repository's CLI, DeepL switched off. */
export function editions(repo, args, env = {}) {
  return timed(process.execPath, [path.join(repo, 'bin/editions.js'), ...args], { env: { ...process.env, DEEPL_AUTH_KEY: '', ...env } });
}

export function bareNode() {
  return median(Array.from({ length: 7 }, () => timed(process.execPath, ['-e', '0']).wall));
}
