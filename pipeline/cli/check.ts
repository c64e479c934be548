// `editions check`: every finding as `file:line:column: severity: message [rule]`; exit 1 on errors.
// A check of the whole workspace keeps its findings in the tool cache folder, with a key of
// everything they depend on (every input file, the tool, the installed dictionaries): the next check
// of an unchanged workspace prints them without reading the config or parsing anything. Kept out of
// the workspace, so a report committed or copied along with it is never taken for this machine's.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import { checkWorkspace } from '../check.js';
import { formatFinding, type Finding } from '../review/checks/finding.js';
import { readSnapshot } from '../build/snapshot.js';
import { hashOf, toolFingerprint, workspaceHashes } from '../output/fingerprint.js';
import { installedDictionaries } from '../review/checks/dictionaries.js';
import { writeAtomic } from '../output/write.js';
import { useToolCache } from './environment.js';
import { toolCacheDir } from './tool-cache.js';

type CheckFlags = { json?: boolean; lang?: string[] };

/** Where the last whole check of the workspace at `root` is kept, if the tool keeps anything. */
function reportFile(root: string): { file: string; folder: string } | undefined {
  const cache = toolCacheDir();
  if (!cache) return undefined;
  const folder = path.join(cache, 'check-reports');
  return { folder, file: path.join(folder, `${hashOf(realFolder(root)).slice(0, 32)}.json`) };
}

function realFolder(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root); // Not there: the config's absence is said when it is read.
  }
}

function reportKey(root: string): string {
  return hashOf(toolFingerprint(), ...installedDictionaries(), ...[...workspaceHashes(root)].flat());
}

/**
 * `check` of a workspace nothing of which changed since the last whole check: its exit code. When
 * something changed, the key it computed, for runCheck to keep the new report under.
 */
export function checkFromLastRun(root: string, flags: CheckFlags): { code: number } | { key?: string } {
  const report = reportFile(root);
  if (flags.lang?.length || !report) return {};
  let saved: { key?: string; findings?: Finding[] };
  try {
    saved = JSON.parse(readFileSync(report.file, 'utf8')) as typeof saved;
  } catch {
    return {};
  }
  const key = reportKey(root);
  return Array.isArray(saved.findings) && saved.key === key ? { code: print(saved.findings, flags) } : { key };
}

/** `key`: the workspace's key taken before anything is read (a catalog saved meanwhile makes the next check run again). */
export async function runCheck(config: ResolvedConfig, flags: CheckFlags, key = flags.lang?.length ? undefined : reportKey(config.root)): Promise<number> {
  // The same snapshot a build reads: statements and catalogs synced in memory, nothing written.
  const snapshot = readSnapshot(config, { languages: flags.lang });
  await useToolCache();
  const { findings } = await checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages);
  const report = key && reportFile(config.root);
  if (report) {
    try {
      writeAtomic(report.file, JSON.stringify({ key, findings }), report.folder);
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
