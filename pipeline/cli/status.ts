// `editions status`: what each language still needs, computed from the sources without writing.
// The same snapshot and decisions as a build, and no renderer loaded. When no input changed since the
// last build, its decisions and the settings it read are the answer: not even the config is parsed.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { Decided } from '../build/plan.js';
import { readBuildState, statusKey, workspaceHashes, type StatusSettings } from '../output/fingerprint.js';
import { chooseEngine } from '../translate/choose.js';
import { ledgerPath, readLedger } from '../translate/ledger.js';
import { detectEngines } from '../translate/registry.js';
import { toolCacheDir } from './tool-cache.js';

type StatusFlags = { json?: boolean };

/** The settings of a config that `status` prints from. */
export function statusSettings(config: ResolvedConfig): StatusSettings {
  return { sourceLanguage: config.sourceLanguage, languages: config.languages, ledger: path.relative(config.root, ledgerPath(config)) };
}

/** `status` of a workspace no input of which changed since the last build; undefined when one did. */
export function statusFromLastBuild(root: string, flags: StatusFlags): number | undefined {
  const saved = readBuildState(path.join(root, 'output'), toolCacheDir())?.status;
  if (!saved?.settings || saved.key !== statusKey(workspaceHashes(root))) return undefined;
  return printStatus(root, saved.rows as Decided[], saved.settings, flags);
}

export async function runStatus(config: ResolvedConfig, flags: StatusFlags): Promise<number> {
  return printStatus(config.root, await decisions(config), statusSettings(config), flags);
}

function printStatus(root: string, decided: Decided[], settings: StatusSettings, flags: StatusFlags): number {
  const env = detectEngines(process.env);
  const rows = decided.map(({ key, counts, decision }) => {
    const language = settings.languages.find((item) => item.code === key.language)!;
    const engine = chooseEngine(settings.sourceLanguage, language, env);
    return { statement: key.slug, language: key.language, ...counts, edition: decision.status, engine: engine.engine, engineNote: engine.reason };
  });
  const ledger = readLedger(path.resolve(root, settings.ledger));
  const spent = ledger.reduce<Record<string, { requests: number; characters: number; tokens?: number }>>((totals, line) => {
    const name = line.engine.split(' ')[0];
    totals[name] ??= { requests: 0, characters: 0 };
    totals[name].requests++;
    totals[name].characters += line.characters;
    if (line.promptTokens !== undefined) totals[name].tokens = (totals[name].tokens ?? 0) + line.promptTokens + (line.completionTokens ?? 0);
    return totals;
  }, {});
  if (flags.json) {
    console.log(JSON.stringify({ version: 1, languages: rows, machineTranslation: spent }, null, 2));
    return 0;
  }
  const header = ['statement', 'lang', 'total', 'approved', 'review', 'stale', 'untransl.', 'edition', 'engine'];
  const table = [header, ...rows.map((row) => [row.statement, row.language, row.total, row.approved, row.needsReview, row.stale, row.untranslated, row.edition, row.engine].map(String))];
  const widths = header.map((_, column) => Math.max(...table.map((line) => line[column].length)));
  for (const line of table) console.log(line.map((cell, column) => (column > 1 && column < 7 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd());
  const waiting = rows.filter((row) => row.engine === 'none' && row.untranslated > 0);
  if (waiting.length) {
    console.log('\nWaiting for an engine:');
    for (const row of waiting) console.log(`  ${row.language}: ${row.engineNote}`);
  }
  const engines = Object.entries(spent);
  if (engines.length) {
    console.log('\nMachine translation spent (locales/mt-ledger.jsonl):');
    for (const [name, total] of engines) console.log(`  ${name}: ${total.characters} characters in ${total.requests} requests${total.tokens !== undefined ? ` (${total.tokens} tokens)` : ''}`);
  }
  return 0;
}

/** The last build's decisions when every input is as it left them; else read and decide now. */
/** Every statement's and language's decision, read and decided now (statusFromLastBuild found none to reuse). */
async function decisions(config: ResolvedConfig): Promise<Decided[]> {
  const [{ readSnapshot }, { decideEditions }] = await Promise.all([import('../build/snapshot.js'), import('../build/plan.js')]);
  return decideEditions(readSnapshot(config));
}
