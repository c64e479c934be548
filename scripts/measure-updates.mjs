#!/usr/bin/env node
// Measure "update, don't retranslate" on real edits of the seed statement: how many characters of an
// approved translation change when the llm engine updates it, against a full retranslation. A
// measurement, not a test: it prints a table.
//
//   node scripts/measure-updates.mjs [--lang de] [--stand-in-only]
//
// Edits (each a real fix an author would make to source/2024-nato-summit.md): two typos, a changed
// number, an added clause. For each edit, with the changed paragraph P (old) → P' (new):
//  - approved: the engine's translation of P, as an editor approved it. With the stand-in, the
//    "editor" also rewords the draft (drops the engine's [XX] marker and writes "die" for "the"),
//    so there is wording of the editor's own to keep or lose;
//  - update: the llm engine asked for P' with updates[0] = {previous_source: P, previous_translation: approved};
//  - retranslation: the llm engine asked for P' afresh (no updates), as every engine does today.
// Counted: characters changed (Levenshtein distance) from approved to each result, and the tokens
// the endpoint reported for each request.
//
// Engines: always the stand-in of tests/support/llm-stand-in.ts (its figures show the mechanism —
// what reaches the engine and what is kept — not a model's quality); and, when EDITIONS_LLM_URL and
// EDITIONS_LLM_MODEL are set, that real model too (e.g. Ollama: EDITIONS_LLM_URL=http://127.0.0.1:11434/v1
// EDITIONS_LLM_MODEL=llama3.1:8b).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const language = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'de';
const standInOnly = args.includes('--stand-in-only');

/** Real edits of the seed: [what, old text, new text]. */
const EDITS = [
  ['fix a typo', 'bloddy urban warfare', 'bloody urban warfare'],
  ['fix a typo', 'military advernurism', 'military adventurism'],
  ['change a number', 'over 90,000 joint troops', 'over 95,000 joint troops'],
  ['add a clause', 'are women and children.', 'are women and children, according to UN Women.'],
];

const temp = mkdtempSync(path.join(ROOT, 'node_modules/.cache/measure-updates-'));
try {
  const lib = await bundle();
  const seed = readFileSync(path.join(ROOT, 'source/2024-nato-summit.md'), 'utf8');
  const statement = lib.parseStatement(seed, 'source/2024-nato-summit.md', '2024-nato-summit');
  const server = await lib.startLlmStandIn();
  const engines = [{ name: 'stand-in', engine: lib.llmEngine({ url: server.url, model: 'stand-in-model', attempts: 2, timeoutMs: 10_000 }), editor: true }];
  const url = process.env.EDITIONS_LLM_URL;
  const model = process.env.EDITIONS_LLM_MODEL;
  if (url && model && !standInOnly) {
    engines.push({ name: model, engine: lib.llmEngine({ url, model, key: process.env.EDITIONS_LLM_KEY || undefined, attempts: 3, timeoutMs: 300_000 }), editor: false });
  } else if (!standInOnly) {
    console.error('EDITIONS_LLM_URL and EDITIONS_LLM_MODEL are not set: measuring the stand-in only (figures show the mechanism, not a model).');
  }
  const rows = [];
  for (const { name, engine, editor } of engines) {
    for (const [what, before, after] of EDITS) {
      const segment = statement.segments.find((item) => item.source.includes(before));
      if (!segment) throw new Error(`the seed no longer contains "${before}"`);
      const oldXml = lib.protect(segment.source).xml;
      const newXml = lib.protect(segment.source.replace(before, after)).xml;
      const ask = async (texts, updates) => {
        const usage = { prompt: 0, completion: 0 };
        const settings = { code: language, engine: 'llm', formality: 'default', minTranslatedPercent: 80 };
        const onUsage = (reported) => {
          usage.prompt += reported.promptTokens;
          usage.completion += reported.completionTokens;
        };
        const [text] = await engine.translate({ from: 'en', to: language, texts, updates, context: statement.meta.title, settings, onUsage });
        return { text, usage };
      };
      const draft = (await ask([oldXml])).text;
      const approved = editor ? editorRewords(draft) : draft;
      const update = await ask([newXml], [{ previousSource: oldXml, previousTranslation: approved }]);
      const fresh = await ask([newXml]);
      rows.push({
        engine: name,
        edit: `${what}: ${before} → ${after}`,
        source: distance(oldXml, newXml),
        approved: approved.length,
        update: distance(approved, update.text),
        retranslation: distance(approved, fresh.text),
        updateTokens: update.usage.prompt + update.usage.completion,
        freshTokens: fresh.usage.prompt + fresh.usage.completion,
      });
    }
  }
  await server.close();
  print(rows);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

/** The stand-in's "editor": drops the engine's marker and prefers their own word for "the". */
function editorRewords(draft) {
  return draft.replace(/^\[[A-Z-]+\] /, '').replace(/\bthe\b/g, 'die');
}

/** Characters changed: the Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

function print(rows) {
  const header = ['engine', 'edit', 'source Δ', 'approved chars', 'update Δ', 'retranslation Δ', 'update tokens', 'retransl. tokens'];
  const table = [header, ...rows.map((row) => [row.engine, row.edit, row.source, row.approved, row.update, row.retranslation, row.updateTokens, row.freshTokens].map(String))];
  const widths = header.map((_, column) => Math.max(...table.map((line) => line[column].length)));
  console.log(`Target language: ${language}. Δ = characters changed (Levenshtein) from the approved translation.`);
  for (const line of table) console.log(line.map((cell, column) => (column > 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  '));
}

/** The engine, the markup and the parser from the working tree, and the stand-in, bundled for node. */
async function bundle() {
  const outfile = path.join(temp, 'lib.mjs');
  const contents = [
    "export { llmEngine } from './pipeline/translate/engines/llm.ts';",
    "export { protect } from './pipeline/translate/markup.ts';",
    "export { parseStatement } from './pipeline/parse/statement.ts';",
    "export { startLlmStandIn } from './tests/support/llm-stand-in.ts';",
  ].join('\n');
  await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'measure-updates-entry.ts' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error', absWorkingDir: ROOT });
  return import(outfile);
}
