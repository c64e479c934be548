// The composition: parse → sync → translate → render → write. Each step is one call into its stage.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EngineChoice, ResolvedConfig } from './config.js';
import type { Catalog, Edition, Format, ReviewStatus, Statement } from './edition.js';
import { describeError, formatProblem, isEditionsError } from './errors.js';
import { catalogKey, saveSynced, selectLanguages, syncAll } from './catalogs.js';
import { applyCatalog, countStates, decideStatus, sourceEdition, type EditionDecision } from './review/apply.js';
import { directionOf } from './language.js';
import { RENDERERS, type RenderOptions, type Renderer } from './render/renderers.js';
import { poolSize, startRenderPool } from './render/pool.js';
import { uiTranslator } from './render/ui.js';
import { renderIndex, type IndexStatement } from './render/index-page.js';
import { editionPath } from './render/paths.js';
import { writeAtomic } from './output/write.js';
import { hashOf, toolFingerprint } from './output/fingerprint.js';
import { catalogPath, loadStatements, loadUiResources, shown, type UiResources } from './workspace.js';
import { planWorkspace, translateWorkspace, type MachineTranslationEnv } from './translate/workspace.js';
import { checkWorkspace } from './check.js';
import { errorsByFile, type Finding, type SourceCache } from './review/checks/index.js';

export interface BuildOptions {
  languages?: string[];
  formats?: Format[];
  engine?: EngineChoice;
  release?: boolean;
  /** Source-check results of the last build (spelling is slow to redo when nothing changed). */
  sourceCache?: SourceCache;
}

export interface BuildEnv {
  mt: MachineTranslationEnv;
  /** SOURCE_DATE_EPOCH, when set: the date stamped into PDFs. */
  sourceDateEpoch?: number;
  say: (line: string) => void;
  /** Render workers to use (EDITIONS_RENDER_WORKERS); by default one per core when it pays. */
  renderWorkers?: number;
}

export interface ManifestFile {
  path: string;
  statement: string;
  language: string;
  format: Format | 'index';
  bytes: number;
  sha256: string;
  status: ReviewStatus | 'index';
  /** Hash of everything this file was made from: the next build reuses the file while it matches. */
  inputs?: string;
}

export interface BuildResult {
  files: ManifestFile[];
  decisions: { slug: string; language: string; decision: EditionDecision | { status: 'source' } }[];
  problems: string[];
  findings: Finding[];
  /** Source-check results for the next build to reuse. */
  sourceCache: SourceCache;
  translated: { segments: number; characters: number; fromMemory: number };
}

export const MANIFEST = 'manifest.json';

/** Build every edition the options ask for. Problems that affect one file are collected, not thrown. */
export async function build(config: ResolvedConfig, options: BuildOptions, env: BuildEnv): Promise<BuildResult> {
  const statements = loadStatements(config);
  const languages = selectLanguages(config, options.languages);
  const formats = options.formats?.length ? options.formats : config.formats;
  const ui = loadUiResources(config, [config.sourceLanguage, ...config.languages.map((language) => language.code)]);

  const synced = syncAll(config, statements, languages);
  saveSynced(config, statements, synced);
  if (synced.changed.size) env.say(`Updated ${synced.changed.size} review catalog${synced.changed.size === 1 ? '' : 's'} to match the source.`);

  let translated = { segments: 0, characters: 0, fromMemory: 0 };
  if (!options.release && options.engine !== 'none') {
    const plans = planWorkspace(config, statements, languages, synced.catalogs, env.mt.engines, options.engine);
    translated = await translateWorkspace(config, statements, plans, synced.catalogs, env.mt);
  }

  const { findings, sourceCache } = await checkWorkspace(config, statements, synced.catalogs, languages, { sourceCache: options.sourceCache });
  const checkErrors = errorsByFile(findings);
  const result: BuildResult = { files: [], decisions: [], problems: [], findings, sourceCache, translated };
  const outputs: Output[] = [];
  const previous = readPreviousManifest(path.join(config.paths.output, MANIFEST));
  const renderers = new Map<Format, Renderer>();
  for (const format of formats) renderers.set(format, await RENDERERS[format]());

  const index: IndexStatement[] = [];
  const jobs: RenderJob[] = [];
  for (const statement of statements) {
    const editions: Edition[] = [];
    const rows: IndexStatement['rows'] = [];
    const decided = languages.map((language) => {
      const catalog = synced.catalogs.get(catalogKey(language, statement.slug))!;
      const settings = config.languages.find((item) => item.code === language)!;
      const counts = countStates(catalog.entries);
      const errors = checkErrors.get(shown(config, catalogPath(config, language, statement.slug))) ?? 0;
      return { language, catalog, counts, decision: decideStatus(counts, settings.minTranslatedPercent, Boolean(options.release), errors) };
    });
    const built = decided.filter((item) => item.decision.status === 'draft' || item.decision.status === 'approved');
    const siblings = [config.sourceLanguage, ...built.map((item) => item.language)];
    editions.push(sourceEdition(statement, config.sourceLanguage, siblings, formats));
    result.decisions.push({ slug: statement.slug, language: config.sourceLanguage, decision: { status: 'source' } });
    rows.push({ language: config.sourceLanguage, status: 'source', formats });
    for (const item of decided) {
      result.decisions.push({ slug: statement.slug, language: item.language, decision: item.decision });
      if (item.decision.status === 'draft' || item.decision.status === 'approved') {
        editions.push(translatedEdition(statement, item.catalog, item.language, config.sourceLanguage, item.decision.status, siblings, formats));
      } else {
        rows.push({ language: item.language, status: 'pending', formats: [], note: item.decision.reason });
      }
    }
    for (const edition of editions) {
      const done: Format[] = [];
      const fonts = config.languages.find((item) => item.code === edition.language)?.fonts;
      const date = creationDate(statement, env.sourceDateEpoch);
      for (const format of formats) {
        const file = editionPath(edition.language, statement.slug, format);
        // Everything the file depends on; unchanged since the last build means the file is reused.
        const inputs = hashOf(toolFingerprint(), format, JSON.stringify(edition), JSON.stringify(ui[edition.language] ?? {}), JSON.stringify(ui[config.sourceLanguage] ?? {}), JSON.stringify(fonts ?? []), date.toISOString());
        const before = previous.get(file);
        if (before?.inputs === inputs && before.status === edition.status && fileHasSize(path.join(config.paths.output, file), before.bytes)) {
          outputs.push({ file: before });
          done.push(format);
          continue;
        }
        if (format === 'pdf') {
          const uncovered = await glyphProblems(config, statement, synced.catalogs.get(catalogKey(edition.language, statement.slug)), edition.language);
          if (uncovered.length) {
            result.problems.push(...uncovered);
            continue;
          }
        }
        jobs.push({ slot: outputs.push({ file: { ...manifestEntry(file, statement.slug, edition.language, format, edition.status, new Uint8Array()), inputs } }) - 1, edition, format, file, options: { creationDate: date, fonts }, done });
      }
      if (edition.status !== 'source') rows.push({ language: edition.language, status: edition.status, formats: done, note: decided.find((item) => item.language === edition.language)?.decision.reason });
    }
    rows.sort((a, b) => siblingsOrder(a.language, config) - siblingsOrder(b.language, config));
    index.push({ slug: statement.slug, title: statement.meta.title, rows });
  }

  await renderAll(jobs, outputs, renderers, ui, config.sourceLanguage, result.problems, env.renderWorkers);
  for (const statement of index) for (const row of statement.rows) row.formats.sort((a, b) => formats.indexOf(a) - formats.indexOf(b));
  const failed = new Set(jobs.filter((job) => !outputs[job.slot].bytes).map((job) => job.slot));
  const kept = outputs.filter((_, slot) => !failed.has(slot));
  outputs.length = 0;
  outputs.push(...kept);

  const t = uiTranslator(ui, config.sourceLanguage, config.sourceLanguage);
  const indexBytes = new TextEncoder().encode(renderIndex(index, config.sourceLanguage, t));
  outputs.push({ bytes: indexBytes, file: manifestEntry('index.html', '', config.sourceLanguage, 'index', 'index', indexBytes) });
  writeOutputs(config, outputs, previous);
  result.files = outputs.map((output) => output.file);
  return result;
}

/** `locales/ar/x.po:41: no font covers U+2603 (☃) [no-glyph]`: checked before any PDF is drawn. */
async function glyphProblems(config: ResolvedConfig, statement: Statement, catalog: Catalog | undefined, language: string): Promise<string[]> {
  const { uncoveredCharacters, describeCharacter } = await import('./render/pdf/coverage.js');
  const fonts = config.languages.find((item) => item.code === language)?.fonts;
  const file = catalog ? shown(config, catalogPath(config, language, statement.slug)) : statement.file;
  const texts = catalog
    ? catalog.entries.filter((entry) => entry.translation).map((entry) => ({ text: entry.translation, place: { file, line: entry.line ?? 0 } }))
    : statement.segments.map((segment) => ({ text: segment.source, place: segment.position }));
  return uncoveredCharacters(texts, language, fonts).map(({ place, char }) =>
    formatProblem(`no font covers ${describeCharacter(char)}; the PDF would show a box, so it was not made`, 'no-glyph', place),
  );
}

interface RenderJob {
  /** Where its output goes in the build's ordered list of outputs. */
  slot: number;
  edition: Edition;
  format: Format;
  file: string;
  options: RenderOptions;
  /** The edition's list of formats made, for the index page. */
  done: Format[];
}

/**
 * Render every job: PDFs on a pool of worker threads when there are enough of them to pay for
 * starting one (each worker loads pdfkit and fonts), everything else in process meanwhile.
 */
async function renderAll(jobs: RenderJob[], outputs: Output[], renderers: Map<Format, Renderer>, ui: UiResources, fallback: string, problems: string[], workers?: number): Promise<void> {
  const pool = startRenderPool(poolSize(jobs.filter((job) => job.format === 'pdf').length, workers));
  const finish = (job: RenderJob, bytes: Uint8Array) => {
    const entry = outputs[job.slot].file;
    outputs[job.slot] = { bytes, file: { ...manifestEntry(entry.path, entry.statement, entry.language, job.format, job.edition.status, bytes), inputs: entry.inputs } };
    job.done.push(job.format);
  };
  const fail = (job: RenderJob, error: unknown) => {
    if (!isEditionsError(error)) throw error;
    problems.push(`${job.file}: ${describeError(error)}`);
  };
  try {
    const offloaded = jobs
      .filter((job) => pool && job.format === 'pdf')
      .map((job) => pool!.render({ format: job.format, edition: job.edition, ui, fallback, options: job.options }).then((bytes) => finish(job, bytes), (error) => fail(job, error)));
    for (const job of jobs.filter((item) => !(pool && item.format === 'pdf'))) {
      try {
        finish(job, await renderers.get(job.format)!(job.edition, uiTranslator(ui, job.edition.language, fallback), job.options));
      } catch (error) {
        fail(job, error);
      }
    }
    await Promise.all(offloaded);
  } finally {
    await pool?.close();
  }
}

function translatedEdition(statement: Statement, catalog: Catalog, language: string, sourceLanguage: string, status: 'draft' | 'approved', siblings: string[], formats: Format[]): Edition {
  const { tree, meta } = applyCatalog(statement, catalog);
  return { slug: statement.slug, language, sourceLanguage, direction: directionOf(language), status, counts: countStates(catalog.entries), meta, tree, siblings, formats };
}

function siblingsOrder(language: string, config: ResolvedConfig): number {
  return language === config.sourceLanguage ? -1 : config.languages.findIndex((item) => item.code === language);
}

/** PDFs carry the statement's own date (or SOURCE_DATE_EPOCH), so rebuilding gives the same bytes. */
export function creationDate(statement: Statement, sourceDateEpoch?: number): Date {
  if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000);
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(statement.meta.date);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1))) : new Date(0);
}

function manifestEntry(file: string, statement: string, language: string, format: ManifestFile['format'], status: ManifestFile['status'], bytes: Uint8Array): ManifestFile {
  return { path: file, statement, language, format, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), status };
}

interface Output {
  file: ManifestFile;
  /** New bytes to write; absent when the file from the last build is reused as it is. */
  bytes?: Uint8Array;
}

function fileHasSize(file: string, bytes: number): boolean {
  try {
    return statSync(file).size === bytes;
  } catch {
    return false;
  }
}

/** Write every new output and the manifest; remove files an earlier build listed that this one did not make. */
function writeOutputs(config: ResolvedConfig, outputs: Output[], previous: Map<string, ManifestFile>): void {
  const root = config.paths.output;
  for (const output of outputs) if (output.bytes) writeAtomic(path.join(root, output.file.path), output.bytes, root);
  const current = new Set(outputs.map((output) => output.file.path));
  for (const old of previous.keys()) {
    if (!current.has(old) && !old.includes('..')) rmSync(path.join(root, old), { force: true });
  }
  const manifest = { generator: 'Editions', files: outputs.map((output) => output.file) };
  writeAtomic(path.join(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, root);
}

function readPreviousManifest(file: string): Map<string, ManifestFile> {
  if (!existsSync(file)) return new Map();
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { files?: ManifestFile[] };
    return new Map((manifest.files ?? []).filter((item) => typeof item?.path === 'string').map((item) => [item.path, item]));
  } catch {
    return new Map();
  }
}
