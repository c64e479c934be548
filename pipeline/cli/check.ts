// `editions check`: every finding as `file:line:column: severity: message [rule]`; exit 1 on errors.
// A check of the whole workspace keeps its findings with a key of everything they depend on (every
// input file, the tool, the installed dictionaries): the next check of an unchanged workspace prints
// them without reading the config or parsing anything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { checkWorkspace } from '../check.js';
import { formatFinding, type Finding } from '../review/checks/finding.js';
import { readSnapshot } from '../build/snapshot.js';
import { hashOf, toolFingerprint, workspaceHashes } from '../output/fingerprint.js';
import { installedDictionaries } from '../review/checks/dictionaries.js';
import { writeAtomic } from '../output/write.js';
import { useToolCache } from './environment.js';

type CheckFlags = { json?: boolean; lang?: string[] };

/** The last whole-workspace check's findings, in output/. */
const REPORT = '.editions-check-report.json';

function reportKey(root: string): string {
  return hashOf(toolFingerprint(), ...installedDictionaries(), ...[...workspaceHashes(root)].flat());
}

/** `check` of a workspace nothing of which changed since the last whole check; undefined otherwise. */
export function checkFromLastRun(root: string, flags: CheckFlags): number | undefined {
  if (flags.lang?.length) return undefined;
  let saved: { key?: string; findings?: Finding[] };
  try {
    saved = JSON.parse(readFileSync(path.join(root, 'output', REPORT), 'utf8')) as typeof saved;
  } catch {
    return undefined;
  }
  if (!Array.isArray(saved.findings) || saved.key !== reportKey(root)) return undefined;
  return print(saved.findings, flags);
}

export async function runCheck(config: ResolvedConfig, flags: CheckFlags): Promise<number> {
  // Taken before anything is read: a catalog saved meanwhile makes the next check run again.
  const key = flags.lang?.length ? undefined : reportKey(config.root);
  // The same snapshot a build reads: statements and catalogs synced in memory, nothing written.
  const snapshot = readSnapshot(config, { languages: flags.lang });
  await useToolCache();
  const { findings } = await checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages);
  if (key && path.resolve(config.paths.output) === path.join(config.root, 'output')) {
    try {
      writeAtomic(path.join(config.paths.output, REPORT), JSON.stringify({ key, findings }), config.paths.output);
    } catch {
      // Only a shortcut for the next check: a read-only or full disk costs it, not this one.
    }
  }
  return print(findings, flags);
}

function print(findings: Finding[], flags: CheckFlags): number {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (flags.json) {
    console.log(JSON.stringify({ version: 1, errors, warnings: findings.length - errors, findings }, null, 2));
  } else {
    for (const finding of findings) console.log(formatFinding(finding));
    console.log(`${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}.`);
  }
  return errors ? 1 : 0;
}
