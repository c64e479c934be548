#!/usr/bin/env node
// The CLI lives in pipeline/cli; this shim runs its compiled form (built by `npm ci` via `prepare`).
// It prefers the bundle (dist/bundle/main.js: a few files instead of hundreds of modules, so commands
// start faster) unless the compiled tree is newer than it: after a bare `tsc` the bundle would run
// yesterday's code.
import { statSync } from 'node:fs';
// Node's own modules that Editions' commands load (commander needs child_process; hashing, crypto;
// the build, worker_threads and zlib), loaded before the V8 flags below are set: while a flag is off
// its default, Node compiles each of its modules from source instead of taking it from its built-in
// code cache, about 3 times slower. No-op build 108 -> 100 ms (15 interleaved runs).
import 'node:child_process';
import 'node:crypto';
import 'node:fs/promises';
import 'node:os';
import 'node:perf_hooks';
import 'node:readline';
import 'node:stream';
import 'node:worker_threads';
import 'node:zlib';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// HarfBuzz runs as WebAssembly. V8 compiles it fast (Liftoff), then again, optimised, on background
// threads; a process cannot exit before those finish, which made every short command (approve one
// entry, rebuild one language) wait up to a second for code it would never run. Liftoff's code is
// what runs here: set before any WebAssembly is compiled, in this thread and every worker.
v8.setFlagsFromString('--liftoff-only');
// A build runs up to five JavaScript threads (this one, render and check workers); each would grow a
// young generation of up to 48 MB. 4 MB semi-spaces take ~100 MB off a build's peak for no more CPU.
v8.setFlagsFromString('--max-semi-space-size=4');
// V8 optimises a function (TurboFan, on background threads) once it has run a while. A command lives
// a second or two, and each of a build's threads optimises the same code again: that compiling was a
// third of a full build's CPU, for code that then ran only briefly. Sixteen times the default budget
// (67,584) leaves it to functions that are truly hot. Full build of 16 languages, 8 interleaved
// runs: 1.46 -> 1.10 s, CPU 2.5 -> 1.7 s; approving one entry 520 -> 460 ms; 100 statements
// unchanged (33.0 -> 33.2 s), where --no-opt took 43 s.
v8.setFlagsFromString('--interrupt-budget=1081344');

// Node 22.1 and later keep V8's compiled code between runs (in the system's temp folder): a command
// then skips most of its compiling. Node 20 has no such cache; there this does nothing.
module.enableCompileCache?.();

function entry() {
  const mtime = (relative) => {
    try {
      return statSync(new URL(relative, import.meta.url)).mtimeMs;
    } catch {
      return undefined;
    }
  };
  const bundled = mtime('../dist/bundle/main.js');
  const compiled = mtime('../dist/cli/main.js');
  return bundled !== undefined && (compiled === undefined || bundled >= compiled) ? '../dist/bundle/main.js' : '../dist/cli/main.js';
}

const chosen = entry();
import(chosen)
  .then((m) => m.main(process.argv))
  .catch((error) => {
  // Only the entry itself missing means "not built"; a package missing under it is a broken install.
  const missing = `Cannot find module '${fileURLToPath(new URL(chosen, import.meta.url))}'`;
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(missing)) {
    console.error('editions: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) first.');
  } else {
    console.error('editions: internal error, please report:', error && error.stack ? error.stack : error);
  }
  process.exit(70);
});
