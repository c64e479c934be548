// `editions check`: every finding as `file:line:column: severity: message [rule]`; exit 1 on errors.
import type { ResolvedConfig } from '../config.js';
import { checkWorkspace } from '../check.js';
import { formatFinding } from '../review/checks/finding.js';
import { readSnapshot } from '../build/snapshot.js';
import { useToolCache } from './environment.js';

export async function runCheck(config: ResolvedConfig, flags: { json?: boolean; lang?: string[] }): Promise<number> {
  // The same snapshot a build reads: statements and catalogs synced in memory, nothing written.
  const snapshot = readSnapshot(config, { languages: flags.lang });
  await useToolCache();
  const { findings } = await checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (flags.json) {
    console.log(JSON.stringify({ version: 1, errors, warnings: findings.length - errors, findings }, null, 2));
  } else {
    for (const finding of findings) console.log(formatFinding(finding));
    console.log(`${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}.`);
  }
  return errors ? 1 : 0;
}
