// The machine-translation ledger (locales/mt-ledger.jsonl): one JSON line per request sent, so
// `status` can say what was spent. Its own module: `status` reads it without loading the engines.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LedgerLine } from './run.js';

export const LEDGER_FILE = 'mt-ledger.jsonl';

export function ledgerPath(config: { paths: { locales: string } }): string {
  return path.join(config.paths.locales, LEDGER_FILE);
}

/** One JSON line per request; a single small append, so a crash leaves at most a torn last line. */
export function appendLedger(file: string, line: LedgerLine): void {
  appendFileSync(file, `${JSON.stringify(line)}\n`, 'utf8');
}

/** The ledger's lines; torn or foreign lines are skipped. */
export function readLedger(file: string): LedgerLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        const value = JSON.parse(line) as LedgerLine;
        return typeof value.characters === 'number' ? [value] : [];
      } catch {
        return [];
      }
    });
}
