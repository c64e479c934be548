// The pure middle of a build: from a snapshot, decide every edition's status and text, and for each
// file whether the last build's copy can be reused. No I/O: tests plan in memory, and `status` uses
// the same decisions without loading a renderer.
import type { Catalog, Edition, Format, ReviewStatus, SegmentCounts, Statement } from '../edition.js';
import { applyCatalog, countStates, decideStatus, sourceEdition, type EditionDecision } from '../review/apply.js';
import { directionOf } from '../language.js';
import { editionPath } from '../render/paths.js';
import { hashOf } from '../output/fingerprint.js';
import type { ManifestFile } from '../output/manifest.js';
import { catalogOf, type EditionKey, type Snapshot } from './snapshot.js';

export interface Decided {
  key: EditionKey;
  counts: SegmentCounts;
  decision: EditionDecision;
}

/** Every selected language × statement: counts and what the language gets (draft, approved, pending, blocked). */
export function decideEditions(snapshot: Snapshot, options: { release?: boolean; checkErrors?: (key: EditionKey) => number } = {}): Decided[] {
  const { config } = snapshot;
  return snapshot.statements.flatMap((statement) =>
    snapshot.languages.map((language) => {
      const key = { language, slug: statement.slug };
      const settings = config.languages.find((item) => item.code === language)!;
      const counts = countStates(catalogOf(snapshot, key).entries);
      return { key, counts, decision: decideStatus(counts, settings.minTranslatedPercent, Boolean(options.release), options.checkErrors?.(key) ?? 0) };
    }),
  );
}

export interface PlannedFile {
  path: string;
  format: Format;
  /** Hash of everything the file is made from. */
  inputs: string;
  /** The last build's file, when it is intact and made from the same inputs: nothing to render. */
  reuse?: ManifestFile;
}

export interface PlannedEdition {
  key: EditionKey;
  status: ReviewStatus;
  /** The edition's text, made on first use (only editions with a file to render need it). */
  readonly edition: Edition;
  /** Drop the made text once its files are rendered, so a large build holds few editions at a time. */
  forget: () => void;
  /** Why a draft is a draft, for the index page. */
  note?: string;
  creationDate: Date;
  fonts?: string[];
  files: PlannedFile[];
}

export interface BuildPlan {
  decisions: Decided[];
  editions: PlannedEdition[];
  /** Languages with no edition (pending, blocked), per statement, for the index page. */
  withheld: { key: EditionKey; status: 'pending' | 'blocked'; note?: string }[];
  /** Files of other languages or formats (not asked for this run) that the manifest keeps. */
  kept: ManifestFile[];
}

export interface PlanOptions {
  release?: boolean;
  checkErrors?: (key: EditionKey) => number;
  sourceDateEpoch?: number;
  /** Editions' own code version (toolFingerprint): a new version re-renders everything. */
  tool: string;
  /** Paths under output/ whose file is exactly what the last manifest lists. */
  intact: ReadonlySet<string>;
}

export function planBuild(snapshot: Snapshot, options: PlanOptions): BuildPlan {
  const { config, formats } = snapshot;
  const decisions = decideEditions(snapshot, options);
  const plan: BuildPlan = { decisions, editions: [], withheld: [], kept: [] };
  for (const statement of snapshot.statements) {
    const decided = decisions.filter((item) => item.key.slug === statement.slug);
    const built = decided.filter((item) => item.decision.status === 'draft' || item.decision.status === 'approved');
    const siblings = [config.sourceLanguage, ...built.map((item) => item.key.language)];
    const text = hashOf(JSON.stringify([statement.meta, statement.tree, siblings, formats]));
    plan.editions.push(planned(snapshot, options, statement, { language: config.sourceLanguage, status: 'source', text }, () => sourceEdition(statement, config.sourceLanguage, siblings, formats)));
    for (const item of decided) {
      const { status, reason } = item.decision;
      if (status === 'draft' || status === 'approved') {
        const catalog = catalogOf(snapshot, item.key);
        const entries = hashOf(JSON.stringify(catalog.entries.map(({ line, ...entry }) => entry)));
        const edition = () => translatedEdition(statement, catalog, item.key.language, config.sourceLanguage, status, siblings, formats);
        const made = planned(snapshot, options, statement, { language: item.key.language, status, text: hashOf(text, entries) }, edition);
        made.note = reason;
        plan.editions.push(made);
      } else {
        plan.withheld.push({ key: item.key, status, note: reason });
      }
    }
  }
  plan.kept = keptFiles(snapshot, options.intact);
  return plan;
}

/**
 * One edition's files. Their inputs hash what the edition's text is made from (the statement, the
 * catalog's entries, status, siblings) rather than the text itself, so deciding what to reuse applies
 * no catalog: the edition is made only when a file of it must be rendered.
 */
function planned(snapshot: Snapshot, options: PlanOptions, statement: Statement, what: { language: string; status: ReviewStatus; text: string }, make: () => Edition): PlannedEdition {
  const { config, ui } = snapshot;
  const fonts = config.languages.find((item) => item.code === what.language)?.fonts;
  const creationDate = creationDateOf(statement, options.sourceDateEpoch);
  const common = hashOf(options.tool, what.text, what.language, what.status, JSON.stringify(ui[what.language] ?? {}), JSON.stringify(ui[config.sourceLanguage] ?? {}), JSON.stringify(fonts ?? []), creationDate.toISOString(), config.baseUrl ?? '');
  const files = snapshot.formats.map((format): PlannedFile => {
    const file = editionPath(what.language, statement.slug, format);
    const inputs = hashOf(format, common);
    const before = snapshot.previous.get(file);
    const reuse = before?.inputs === inputs && before.status === what.status && options.intact.has(file) ? before : undefined;
    return { path: file, format, inputs, reuse };
  });
  let edition: Edition | undefined;
  return {
    key: { language: what.language, slug: statement.slug },
    status: what.status,
    get edition() {
      edition ??= make();
      return edition;
    },
    forget() {
      edition = undefined;
    },
    creationDate,
    fonts,
    files,
  };
}

/**
 * A build limited with --lang or --format leaves the other languages' and formats' editions alone:
 * their manifest rows are carried over while their statement and language still exist.
 */
function keptFiles(snapshot: Snapshot, intact: ReadonlySet<string>): ManifestFile[] {
  const { config } = snapshot;
  const configured = new Set([config.sourceLanguage, ...config.languages.map((item) => item.code)]);
  const working = new Set([config.sourceLanguage, ...snapshot.languages]);
  const slugs = new Set(snapshot.statements.map((statement) => statement.slug));
  return [...snapshot.previous.values()].filter((file) => {
    if (file.format === 'index' || !slugs.has(file.statement) || !configured.has(file.language) || !config.formats.includes(file.format)) return false;
    const outside = !working.has(file.language) || !snapshot.formats.includes(file.format);
    return outside && intact.has(file.path);
  });
}

function translatedEdition(statement: Statement, catalog: Catalog, language: string, sourceLanguage: string, status: 'draft' | 'approved', siblings: string[], formats: Format[]): Edition {
  const { tree, meta } = applyCatalog(statement, catalog);
  return { slug: statement.slug, language, sourceLanguage, direction: directionOf(language), status, counts: countStates(catalog.entries), meta, tree, siblings, formats };
}

/** PDFs carry the statement's own date (or SOURCE_DATE_EPOCH), so rebuilding gives the same bytes. */
export function creationDateOf(statement: Statement, sourceDateEpoch?: number): Date {
  if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000);
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(statement.meta.date);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1))) : new Date(0);
}
