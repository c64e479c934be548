// Bundle the compiled CLI (dist/) into a few files under dist/bundle/, so that starting a command
// reads a handful of files instead of several hundred ES modules (zod, micromark, mdast, yaml…).
// Run after tsc by `npm run build:cli` and `prepare`; bin/editions.js runs the bundle when present.
//
// Layout: dist/bundle/ mirrors dist/ where it matters. The CLI entry and every shared chunk sit
// directly in dist/bundle/, as dist/workers.js sits directly in dist/, and the worker entries keep
// their paths below it (render/worker.js, build/check-worker.js): workers.ts's
// `new URL('./render/worker.js', import.meta.url)` finds them in either tree. Modules that look for
// files of Editions' own (package.json, the tree to fingerprint) search upwards for them.
//
// Packages that read files next to themselves (pdfkit's font data, harfbuzzjs's wasm, the
// dictionary-* .aff/.dic files) or that are loaded only on some paths stay external: Node loads them
// from node_modules as before.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'bundle');

export const EXTERNAL = [
  'pdfkit',
  'fontkit',
  'harfbuzzjs',
  'dictionary-*',
  'nspell',
  'nspell/*',
  'playwright-core',
  'deepl-node',
  'proper-lockfile',
];

/** Entry name in the bundle → compiled module. A worker that does not exist yet is left out. */
function entryPoints() {
  const entries = {
    main: 'cli/main.js',
    'render/worker': 'render/worker.js',
    'build/check-worker': 'build/check-worker.js',
  };
  const present = {};
  for (const [name, file] of Object.entries(entries)) {
    if (existsSync(path.join(dist, file))) present[name] = path.join(dist, file);
  }
  if (!present.main) throw new Error(`bundle: ${path.relative(root, path.join(dist, entries.main))} is missing; run tsc first`);
  return present;
}

/** The bundle's identity, read by toolFingerprint() (pipeline/output/fingerprint.ts). */
const FINGERPRINT = 'fingerprint.txt';

/** A chunk no build has named for this long is no longer loaded by any CLI still running. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Bundle into `outdir` without pulling the floor from under a CLI that is running meanwhile (tests of
 * other people, an editor's build): chunks are named by content hash and written first, the entry
 * files last (each by rename); chunks of earlier bundles stay until they are an hour old.
 */
export async function bundle({ outdir = out, ...overrides } = {}) {
  const result = await build({
    entryPoints: entryPoints(),
    outdir,
    absWorkingDir: root,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages folded into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __editionsRequire } from 'node:module'; const require = __editionsRequire(import.meta.url);" },
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    ...overrides,
  });
  // dist/workers.js finds `./render/worker.js` next to itself: in the bundle its code must sit at the
  // top of dist/bundle/ (a chunk or main.js), never inside a worker entry one folder down.
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const holdsWorkers = Object.keys(output.inputs).some((input) => path.resolve(root, input) === path.join(dist, 'workers.js'));
    if (holdsWorkers && path.dirname(path.resolve(root, file)) !== path.resolve(outdir)) throw new Error(`bundle: ${file} holds dist/workers.js but is not at the top of ${outdir}; worker scripts would not be found`);
  }
  // Until the new bundle is whole, it has no fingerprint: the tool then identifies itself by its files.
  rmSync(path.join(outdir, FINGERPRINT), { force: true });
  const isChunk = (file) => path.basename(file).startsWith('chunk-');
  const ordered = [...result.outputFiles].sort((a, b) => Number(isChunk(b.path)) - Number(isChunk(a.path)));
  for (const file of ordered) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const staged = `${file.path}.tmp-${process.pid}`;
    writeFileSync(staged, file.contents);
    renameSync(staged, file.path);
  }
  // What identifies this bundle (the tool's fingerprint, see output/fingerprint.ts): a hash of every
  // file it is made of, written last. Stale chunks left for running CLIs are not part of it.
  const identity = createHash('sha256');
  for (const file of [...result.outputFiles].sort((a, b) => a.path.localeCompare(b.path))) identity.update(path.relative(outdir, file.path)).update('\0').update(file.contents).update('\0');
  writeFileSync(path.join(outdir, `${FINGERPRINT}.tmp-${process.pid}`), `${identity.digest('hex')}\n`);
  renameSync(path.join(outdir, `${FINGERPRINT}.tmp-${process.pid}`), path.join(outdir, FINGERPRINT));
  const written = new Set(result.outputFiles.map((file) => file.path));
  for (const name of readdirSync(outdir)) {
    const file = path.join(outdir, name);
    if (isChunk(file) && !written.has(file) && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
  return result.metafile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const meta = await bundle();
  // --meta=FILE keeps esbuild's account of which module went where (kept out of dist/: it is not shipped).
  const metaFile = process.argv.find((arg) => arg.startsWith('--meta='))?.slice('--meta='.length);
  if (metaFile) writeFileSync(metaFile, JSON.stringify(meta));
  const files = Object.keys(meta.outputs).length;
  const inputs = Object.keys(meta.inputs).length;
  console.error(`bundle: ${inputs} modules into ${files} files in ${path.relative(process.cwd(), out) || '.'}/`);
}
