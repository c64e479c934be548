// Usable from any project: the tarball `npm pack` makes holds the compiled CLI, and an empty project
// that installs it runs `npx editions init` and `npx editions build` (fonts and Apertium found from
// there, as documented). npm install needs every dependency in npm's cache when offline; where the
// cache lacks them the real install is skipped (said so), and the same tarball is laid out the way
// npm lays it out (package under node_modules/editions, dependencies beside it, bin linked) instead.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, listFiles } from '../support/workspace.js';

const run = promisify(execFile);
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let tarball: string;
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
/** npm without network, audit or update checks, and a PATH holding this node. */
const npmEnv = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };

async function emptyProject(): Promise<string> {
  const dir = temp('editions-project-');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "our-statements", "private": true }\n');
  return dir;
}

/** init then build in a project, through npx as a user would; returns the workspace folder. */
async function initAndBuild(project: string): Promise<string> {
  const npx = (args: string[]) => run('npx', ['--no-install', 'editions', ...args], { cwd: project, env: npmEnv, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
  const version = await npx(['--version']);
  expect(version.stdout.trim()).toBe(pkg.version);
  await npx(['init', 'statements', '--languages', 'es']);
  await npx(['--root', 'statements', 'build']);
  return path.join(project, 'statements');
}

describe('e2e: the packed tarball', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(REPO, 'dist/cli/main.js'))) throw new Error('dist/ is not built: npm run build:cli');
    const out = temp('editions-pack-');
    // --ignore-scripts: dist/ is already compiled (npm test compiles it first); prepare would redo it.
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: REPO, env: npmEnv, timeout: 120_000 });
    tarball = path.join(out, readdirSync(out).find((name) => name.endsWith('.tgz'))!);
  }, 180_000);

  it('holds the compiled CLI and its bin, not the sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/bin/editions.js');
    expect(files).toContain('package/dist/cli/main.js');
    expect(files).toContain('package/dist/render/ui-words/sw.js');
    expect(files).toContain('package/docs/schemas/status.schema.json');
    expect(files.filter((file) => /^package\/(pipeline|tests|locales|source)\//.test(file))).toEqual([]);
  });

  it('installs with npm into an empty project and runs init and build there (needs the dependencies in npm’s cache)', async (context) => {
    const project = await emptyProject();
    try {
      await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, env: npmEnv, timeout: 300_000 });
    } catch (error) {
      const output = String((error as { stderr?: string }).stderr ?? error);
      if (!/ENOTCACHED/.test(output)) throw error;
      console.warn(`pack test: npm install skipped: npm's cache lacks a dependency and the network is off (${/request to (\S+)/.exec(output)?.[1] ?? 'ENOTCACHED'}); the laid-out install below runs the same tarball`);
      context.skip();
      return;
    }
    const root = await initAndBuild(project);
    expect(listFiles(root, 'output')).toContain('output/en/our-statement.pdf');
  }, 600_000);

  it('runs init and build from the tarball laid out as npm installs it, outside the repository', async () => {
    const project = await emptyProject();
    const modules = path.join(project, 'node_modules');
    mkdirSync(path.join(modules, '.bin'), { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', project]);
    cpSync(path.join(project, 'package'), path.join(modules, 'editions'), { recursive: true });
    rmSync(path.join(project, 'package'), { recursive: true });
    // The installed package's dependencies (and theirs), as npm would hoist them: every package the repository has.
    for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
      if (name.startsWith('.') || name === 'editions') continue;
      symlinkSync(path.join(REPO, 'node_modules', name), path.join(modules, name));
    }
    symlinkSync('../editions/bin/editions.js', path.join(modules, '.bin', 'editions'));
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(path.join(modules, name)), name).toBe(true);
    const root = await initAndBuild(project);
    const files = listFiles(root, 'output');
    for (const format of ['html', 'pdf', 'txt']) expect(files).toContain(`output/en/our-statement.${format}`);
    // Spanish drafts come from Apertium when its pair is installed (scripts/setup), found from this project too.
    if (existsSync('/usr/share/apertium/modes/eng-spa.mode')) expect(files).toContain('output/es/our-statement.html');
  }, 600_000);
});
