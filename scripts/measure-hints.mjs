#!/usr/bin/env node
// Measure how well a sync keeps old translations as hints, on a real revision history, against
// gettext's `msgmerge --previous` run on the same segmentation. A measurement, not a test: it prints.
//
//   node scripts/measure-hints.mjs [--repo GIT_DIR] [--file README.md] [--pairs 80] [--baseline REV] [--verbose] [--list]
//
// --verbose prints every misaligned hint (and revisions the parser refuses) on stderr; --list every hint.
//
// For each consecutive pair of revisions (old → new) of the document:
//  - both are segmented by Editions' own parser (pipeline/parse/statement.ts), wrapped in a minimal
//    front matter; a revision the parser refuses is skipped and counted;
//  - the old catalog translates every segment as "T:" + (context "|")? + source, so any translation
//    names the old segment it was made for;
//  - Editions (the working tree's sync.ts, and the baseline's) and msgmerge each bring it in line with
//    the new segments.
// Counted per tool, summed over all pairs:
//  - hints: new segments that get an old translation as a stale/fuzzy hint;
//  - misaligned: hints whose old segment(s) lie outside the new segment's hunk, where the hunks are
//    those of a diff of the old and new segment-key sequences (jsdiff diffArrays): a maximal run of
//    removed and added keys between two unchanged ones. A diff pairs a changed segment only with the
//    old segments of its own hunk, so a hint from anywhere else is "from another paragraph";
//  - lost: old translated entries neither kept (same key, same translation), nor part of a hint,
//    nor in the obsolete list.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { diffArrays } from 'diff';
import gettextParser from 'gettext-parser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The last commit before issue 13's work on pipeline/review/sync.ts: the "before" figures. */
const DEFAULT_BASELINE = '2e04e01';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, all) => {
    if (!arg.startsWith('--')) return pairs;
    const value = all[index + 1];
    return [...pairs, [arg.slice(2), value === undefined || value.startsWith('--') ? true : value]];
  }, []),
);
const repo = args.repo ?? '/work/.mirror/jlevy+the-art-of-command-line/repo';
const file = args.file ?? 'README.md';
const pairCount = Number(args.pairs ?? 80);
const baseline = args.baseline ?? DEFAULT_BASELINE;

// Bundles live under node_modules so that the packages they import resolve as from the project.
mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
const temp = mkdtempSync(path.join(ROOT, 'node_modules/.cache/measure-hints-'));

async function main() {
  const { parseStatement } = await bundle('parse.mjs', { path: path.join(ROOT, 'pipeline/parse/statement.ts') });
  const after = (await bundle('sync-after.mjs', { path: path.join(ROOT, 'pipeline/review/sync.ts') })).syncCatalog;
  const baselineSource = execFileSync('git', ['-C', ROOT, 'show', `${baseline}:pipeline/review/sync.ts`], { encoding: 'utf8' });
  const before = (await bundle('sync-before.mjs', { contents: baselineSource })).syncCatalog;

  const revisions = textRevisions(pairCount + 1);
  const parsed = [];
  let refused = 0;
  for (const revision of revisions) {
    try {
      parsed.push({ revision, segments: parseStatement(wrap(revision.text), 'source/readme.md', 'readme').segments });
    } catch (error) {
      refused++;
      parsed.push(undefined);
      if (args.verbose) console.error(`${revision.commit}: ${error.message}`);
    }
  }
  const tools = {
    [`Editions before (${baseline})`]: (oldSegments, newSegments) => runEditions(before, oldSegments, newSegments),
    'Editions after (working tree)': (oldSegments, newSegments) => runEditions(after, oldSegments, newSegments),
    'msgmerge --previous': runMsgmerge,
  };
  const totals = Object.fromEntries(Object.keys(tools).map((name) => [name, { hints: 0, misaligned: 0, lost: 0, ms: 0 }]));
  let pairs = 0;
  let changed = 0;
  let pairable = 0;
  for (let index = 1; index < parsed.length; index++) {
    const [older, newer] = [parsed[index - 1], parsed[index]];
    if (!older || !newer) continue;
    pairs++;
    const hunks = hunksOf(older.segments, newer.segments);
    const fresh = newer.segments.filter((segment) => !hunks.unchanged.has(segment.id));
    changed += fresh.length;
    const oldHunks = new Set(hunks.oldHunk.values());
    pairable += fresh.filter((segment) => oldHunks.has(hunks.newHunk.get(segment.id))).length;
    for (const [name, run] of Object.entries(tools)) {
      const started = performance.now();
      const outcome = run(older.segments, newer.segments);
      totals[name].ms += performance.now() - started;
      const score = scoreOutcome(outcome, older.segments, hunks);
      totals[name].hints += score.hints;
      totals[name].misaligned += score.misaligned;
      totals[name].lost += score.lost;
      if ((args.verbose || args.list) && score.examples.length) console.error(`${name} ${older.revision.commit}..${newer.revision.commit}:\n  ${score.examples.join('\n  ')}`);
    }
  }
  console.log(`${repo} ${file}: ${revisions.length} text revisions, ${refused} refused by the parser, ${pairs} consecutive pairs measured, ${changed} new or changed segments, ${pairable} of them in a hunk that also removes old segments`);
  console.log('');
  console.log('| tool | hints offered | hints misaligned | hints aligned | translations lost | time (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, total] of Object.entries(totals)) {
    console.log(`| ${name} | ${total.hints} | ${total.misaligned} | ${total.hints - total.misaligned} | ${total.lost} | ${Math.round(total.ms)} |`);
  }
  console.log('');
  console.log('time: wall-clock of the sync alone (Editions) or of writing, running and reading msgmerge; it varies with machine load.');
}

/** Bundle one TypeScript module of the working tree (or a baseline's text) so plain Node can import it. */
async function bundle(name, entry) {
  const outfile = path.join(temp, name);
  await build({
    ...(entry.path ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents, resolveDir: path.join(ROOT, 'pipeline/review'), loader: 'ts', sourcefile: 'sync.ts' } }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  return import(outfile);
}

/** The last `count` distinct revisions of the document, oldest first (merges that change nothing are skipped). */
function textRevisions(count) {
  const log = execFileSync('git', ['--git-dir', repo, 'log', '--format=%H', '--first-parent', '--', file], { encoding: 'utf8' }).trim().split('\n');
  const revisions = [];
  for (const commit of log) {
    if (revisions.length === count) break;
    const text = execFileSync('git', ['--git-dir', repo, 'show', `${commit}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (text !== revisions[0]?.text) revisions.unshift({ commit: commit.slice(0, 7), text });
  }
  return revisions;
}

function wrap(text) {
  return `---\ntitle: ${file}\ndate: 2015-06\nauthor: the authors\nrole: authors\norganization: ${path.basename(repo)}\n---\n\n${text}`;
}

const translationOf = (entry) => `T:${entry.context ? `${entry.context}|` : ''}${entry.source}`;
const keyOf = (entry) => `${entry.context}\u0004${entry.source}`;

/** Hunks of the diff of the segment-key sequences: each changed old and new key → its hunk number. */
function hunksOf(oldSegments, newSegments) {
  const oldHunk = new Map();
  const newHunk = new Map();
  const unchanged = new Set();
  let hunk = 0;
  let open = false;
  for (const part of diffArrays(oldSegments.map((s) => s.id), newSegments.map((s) => s.id))) {
    if (!part.added && !part.removed) {
      part.value.forEach((key) => unchanged.add(key));
      open = false;
      continue;
    }
    if (!open) hunk++;
    open = true;
    for (const key of part.value) (part.added ? newHunk : oldHunk).set(key, hunk);
  }
  return { oldHunk, newHunk, unchanged };
}

function runEditions(syncCatalog, oldSegments, newSegments) {
  const existing = {
    language: 'xx',
    headers: { Language: 'xx' },
    entries: oldSegments.map((segment) => ({ context: segment.context, source: segment.source, translation: translationOf(segment), state: 'approved', references: [], notes: [], comments: [] })),
    obsolete: [],
  };
  const { catalog } = syncCatalog(newSegments, existing, 'xx', 'readme');
  return {
    active: catalog.entries.map((entry) => ({ key: keyOf(entry), translation: entry.translation, hint: entry.state === 'stale' && Boolean(entry.translation) })),
    obsolete: catalog.obsolete.map((entry) => entry.translation),
  };
}

function runMsgmerge(oldSegments, newSegments) {
  const header = { '': { '': { msgid: '', msgstr: ['Content-Type: text/plain; charset=UTF-8\nLanguage: xx\n'] } } };
  const po = (segments, translate) => {
    const translations = structuredClone(header);
    for (const segment of segments) {
      (translations[segment.context] ??= {})[segment.source] = { msgctxt: segment.context || undefined, msgid: segment.source, msgstr: [translate ? translationOf(segment) : ''] };
    }
    return gettextParser.po.compile({ charset: 'utf-8', headers: { 'Content-Type': 'text/plain; charset=UTF-8', Language: 'xx' }, translations });
  };
  const [oldFile, potFile, outFile] = ['old.po', 'new.pot', 'out.po'].map((name) => path.join(temp, name));
  writeFileSync(oldFile, po(oldSegments, true));
  writeFileSync(potFile, po(newSegments, false));
  execFileSync('msgmerge', ['--previous', '--quiet', '-o', outFile, oldFile, potFile]);
  const merged = gettextParser.po.parse(readFileSync(outFile));
  const active = [];
  for (const [context, group] of Object.entries(merged.translations)) {
    for (const [source, item] of Object.entries(group)) {
      if (!context && !source) continue;
      const fuzzy = /\bfuzzy\b/.test(item.comments?.flag ?? '');
      const translation = item.msgstr[0] ?? '';
      active.push({ key: `${context}\u0004${source}`, translation, hint: fuzzy && Boolean(translation) });
    }
  }
  const obsolete = Object.values(merged.obsolete ?? {}).flatMap((group) => Object.values(group).map((item) => item.msgstr[0] ?? ''));
  return { active, obsolete };
}

/** Hints, misaligned hints and lost translations of one tool's outcome for one pair. */
function scoreOutcome(outcome, oldSegments, hunks) {
  const oldByTranslation = new Map(oldSegments.map((segment) => [translationOf(segment), segment.id]));
  const used = new Set();
  const examples = [];
  let hints = 0;
  let misaligned = 0;
  for (const entry of outcome.active) {
    if (!entry.hint) {
      if (oldByTranslation.get(entry.translation) === entry.key) used.add(entry.key);
      continue;
    }
    hints++;
    const sources = decompose(entry.translation, oldByTranslation);
    sources.forEach((key) => used.add(key));
    const hunk = hunks.newHunk.get(entry.key);
    const wrong = !sources.length || sources.some((key) => hunks.oldHunk.get(key) === undefined || hunks.oldHunk.get(key) !== hunk);
    if (wrong) misaligned++;
    if (wrong || args.list) examples.push(`${wrong ? 'MISALIGNED ' : ''}${JSON.stringify(entry.key.slice(0, 70))} ← ${JSON.stringify(entry.translation.slice(0, 70))}`);
  }
  for (const translation of outcome.obsolete) {
    const key = oldByTranslation.get(translation);
    if (key) used.add(key);
  }
  const lost = oldSegments.filter((segment) => !used.has(segment.id)).length;
  return { hints, misaligned, lost, examples };
}

/** The old segments a hint's text came from: one translation, or several joined by spaces (a merge). */
function decompose(text, oldByTranslation) {
  if (oldByTranslation.has(text)) return [oldByTranslation.get(text)];
  for (const [translation, key] of oldByTranslation) {
    if (text.startsWith(`${translation} `)) {
      const rest = decompose(text.slice(translation.length + 1), oldByTranslation);
      if (rest.length) return [key, ...rest];
    }
  }
  return [];
}

try {
  await main();
} finally {
  rmSync(temp, { recursive: true, force: true });
}
