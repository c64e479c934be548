// The build as data: snapshot → plan → render into memory, with no output written. The workspace is
// the seed statement with the committed Spanish catalog (Apertium drafts) and Catalan, in a temp folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectEngines } from '../../pipeline/translate/registry.js';
import { loadConfig } from '../../pipeline/config.js';
import { build, planBuild, readSnapshot, type BuildEnv, type BuildPlan } from '../../pipeline/build.js';
import { fingerprintOf, settledHashes, workspaceHashes } from '../../pipeline/output/fingerprint.js';
import { checkWorkspace, CHECK_CACHE } from '../../pipeline/check.js';
import { makeWorkspace, removeWorkspace, SLUG } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const workspace = () => {
  const root = makeWorkspace({ languages: ['es', 'ca', 'fr'], catalogs: ['es', 'ca'] });
  made.push(root);
  return root;
};

const quiet: BuildEnv = {
  mt: { engines: detectEngines({ EDITIONS_APERTIUM_MODES: '/nonexistent' }), makeEngine: () => Promise.reject(new Error('no engine in this test')), now: () => new Date(0) },
  say: () => {},
};
const plan = (root: string, intact: Set<string> = new Set()) => planBuild(readSnapshot(loadConfig(root)), { tool: 'test', intact });
/** A manifest as if the plan had been built (checksums are not looked at by the plan). */
const previousOf = (built: BuildPlan) =>
  new Map(built.editions.flatMap((item) => item.files.map((file) => [file.path, { path: file.path, statement: item.key.slug, language: item.key.language, format: file.format, bytes: 1, sha256: 'x', status: item.status, inputs: file.inputs }])));

describe('build to data', () => {
  it('renders every edition into memory and writes no output/', async () => {
    const root = workspace();
    const result = await build(loadConfig(root), { engine: 'none', write: false }, quiet);
    expect(existsSync(path.join(root, 'output'))).toBe(false);
    const paths = result.files.map((file) => file.path);
    expect(paths).toEqual(['en', 'es', 'ca'].flatMap((language) => ['html', 'pdf', 'txt'].map((format) => `${language}/${SLUG}.${format}`)).concat('index.html'));
    for (const file of result.files) {
      const bytes = result.outputs!.get(file.path)!;
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(new TextDecoder().decode(result.outputs!.get(`es/${SLUG}.html`))).toContain('Borrador de traducción');
    expect(result.decisions.find((item) => item.key.language === 'fr')?.decision.status).toBe('pending');
  });

  it('fresh, checks every statement and catalog again, even those `editions check` kept findings for in output/', async () => {
    const root = workspace();
    const config = loadConfig(root);
    const snapshot = readSnapshot(config);
    // What `editions check` leaves: output/.editions-checks.json.
    await checkWorkspace(config, snapshot.statements, snapshot.synced.catalogs, snapshot.languages);
    expect(existsSync(path.join(root, 'output', CHECK_CACHE))).toBe(true);
    const reusing = await build(config, { engine: 'none', formats: ['txt'] }, quiet);
    expect(reusing.checked).toEqual({ sources: [], catalogs: [] });
    const fresh = await build(config, { engine: 'none', formats: ['txt'], fresh: true }, quiet);
    expect(fresh.checked.sources).toEqual([`source/${SLUG}.md`]);
    expect(fresh.checked.catalogs.sort()).toEqual([`locales/ca/${SLUG}.po`, `locales/es/${SLUG}.po`, `locales/fr/${SLUG}.po`]);
    expect(fresh.reused).toBe(0);
  });

  it('with a baseUrl, publishes a sitemap of every HTML edition and absolute canonical links', async () => {
    const root = makeWorkspace({ languages: ['es'], catalogs: ['es'], extraConfig: 'baseUrl: https://statements.example.org/editions\n' });
    made.push(root);
    const result = await build(loadConfig(root), { engine: 'none', write: false, formats: ['html'] }, quiet);
    const sitemap = new TextDecoder().decode(result.outputs!.get('sitemap.xml'));
    expect(sitemap).toContain(`<loc>https://statements.example.org/editions/en/${SLUG}.html</loc>`);
    expect(sitemap).toContain(`https://statements.example.org/editions/es/${SLUG}.html`);
    expect(result.files.map((file) => file.path)).toContain('sitemap.xml');
    expect(new TextDecoder().decode(result.outputs!.get(`es/${SLUG}.html`))).toContain(`rel="canonical" href="https://statements.example.org/editions/es/${SLUG}.html"`);
  });

  it('plans reuse for files made from the same inputs; approving one Spanish entry re-plans only Spanish', () => {
    const root = workspace();
    const config = loadConfig(root);
    const snapshot = readSnapshot(config);
    snapshot.previous = previousOf(planBuild(snapshot, { tool: 't', intact: new Set() }));
    const intact = new Set(snapshot.previous.keys());
    expect(planBuild(snapshot, { tool: 't', intact }).editions.flatMap((item) => item.files).every((file) => file.reuse)).toBe(true);
    // A new version of Editions re-renders everything.
    expect(planBuild(snapshot, { tool: 'u', intact }).editions.flatMap((item) => item.files).some((file) => file.reuse)).toBe(false);

    const po = path.join(root, 'locales/es', `${SLUG}.po`);
    writeFileSync(po, readFileSync(po, 'utf8').replace('#, fuzzy\nmsgctxt "role"', 'msgctxt "role"'));
    const after = readSnapshot(config);
    after.previous = snapshot.previous;
    const rendered = planBuild(after, { tool: 't', intact }).editions.flatMap((item) => item.files.filter((file) => !file.reuse).map((file) => file.path));
    expect(rendered).toEqual([`es/${SLUG}.html`, `es/${SLUG}.pdf`, `es/${SLUG}.txt`]);
  });

  it('plans a damaged or missing file for rendering even when its inputs match', () => {
    const root = workspace();
    const config = loadConfig(root);
    const snapshot = readSnapshot(config);
    snapshot.previous = previousOf(planBuild(snapshot, { tool: 't', intact: new Set() }));
    const damaged = `es/${SLUG}.pdf`;
    const intact = new Set([...snapshot.previous.keys()].filter((file) => file !== damaged));
    const files = planBuild(snapshot, { tool: 't', intact }).editions.flatMap((item) => item.files);
    expect(files.filter((file) => !file.reuse).map((file) => file.path)).toEqual([damaged]);
  });

  it('a --lang plan keeps the other languages’ files and the plan lists only the asked language', () => {
    const root = workspace();
    const config = loadConfig(root);
    const all = planBuild(readSnapshot(config), { tool: 't', intact: new Set() });
    const previous = previousOf(all);
    const snapshot = readSnapshot(config, { languages: ['es'] });
    snapshot.previous = previous;
    const limited = planBuild(snapshot, { tool: 't', intact: new Set(previous.keys()) });
    expect(limited.editions.map((item) => item.key.language)).toEqual(['en', 'es']);
    expect(limited.kept.map((file) => file.path)).toEqual(['html', 'pdf', 'txt'].map((format) => `ca/${SLUG}.${format}`));
    expect(plan(root).kept).toEqual([]);
  });
});

describe('the fingerprint is taken before the build reads', () => {
  it('a catalog changed after the fingerprint, and not by the build, leaves no fingerprint to match', () => {
    const root = workspace();
    const before = workspaceHashes(root);
    const po = path.join(root, 'locales/es', `${SLUG}.po`);
    const text = readFileSync(po, 'utf8');
    // The build rewrote the Catalan catalog itself: that change is its own and is accepted.
    const ca = path.join(root, 'locales/ca', `${SLUG}.po`);
    const caText = `${readFileSync(ca, 'utf8')}\n`;
    writeFileSync(ca, caText);
    const used = (file: string) => (file === `locales/ca/${SLUG}.po` ? caText : file === `locales/es/${SLUG}.po` ? text : undefined);
    const settled = settledHashes(root, before, used);
    expect(settled && fingerprintOf(settled, [])).toMatch(/^[0-9a-f]{64}$/);
    // An editor approves a Spanish entry while the build renders: the build did not see it.
    writeFileSync(po, text.replace('#, fuzzy\nmsgctxt "role"', 'msgctxt "role"'));
    expect(settledHashes(root, before, used)).toBeUndefined();
  });
});
