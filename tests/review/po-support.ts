// Shared by the PO tests: run gettext's own tools on text, and a seeded random source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** gettext is installed (Debian package `gettext`); CI must have it, elsewhere the tests skip. */
export const HAVE_GETTEXT = (() => {
  const found = !spawnSync('msgcat', ['--version']).error;
  if (!found && process.env.CI) throw new Error('msgcat/msgfmt (gettext) are required in CI');
  return found;
})();

/** Run a gettext tool on PO text in a temp file; returns its stdout, stderr and exit status. */
export function gettext(tool: 'msgcat' | 'msgfmt', text: string, args: string[] = []): { stdout: string; stderr: string; status: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'editions-po-'));
  try {
    const file = path.join(dir, 'x.po');
    writeFileSync(file, text);
    const result = spawnSync(tool, [...args, file], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    return { stdout: result.stdout, stderr: result.stderr.replaceAll(file, 'x.po'), status: result.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `msgcat x.po` writes for this text. */
export const msgcat = (text: string) => gettext('msgcat', text).stdout;

/** Whether `msgfmt -c` accepts this text. */
export const msgfmtAccepts = (text: string) => gettext('msgfmt', text, ['-c', '-o', '/dev/null']).status === 0;

/** A small deterministic random source (LCG), so a failing case can be replayed from its seed. */
export function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}
