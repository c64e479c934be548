// Apply a translation plan: spend, then save after every batch so a crash loses at most one batch.
import type { LanguageSettings } from '../config.js';
import type { Catalog, CatalogEntry } from '../edition.js';
import type { EntryPatch } from '../review/patch.js';
import type { Engine, UpdateHint } from './engine.js';
import { withUpdateNote } from '../review/update-note.js';
import { EditionsError } from '../errors.js';
import { MarkupError, billableLength, contextText, protect, protectLike, restore } from './markup.js';
import { batches, planTranslations, type Memory } from './plan.js';
import { EMPTY_GLOSSARY, entriesFor, type Glossary } from './glossary.js';

export interface LedgerLine {
  time: string;
  engine: string;
  language: string;
  statement: string;
  segments: number;
  characters: number;
  /** Tokens the endpoint reported for this request (language models). */
  promptTokens?: number;
  completionTokens?: number;
}

export interface TranslateJob {
  catalog: Catalog;
  statement: string;
  /** Place shown in messages (`locales/es/x.po`). */
  file: string;
  from: string;
  settings: LanguageSettings;
  engine: Engine;
  memory: Memory;
  context?: string;
  /** The statement's segment sources in document order, so a request carries its neighbours as context. */
  order?: string[];
  /** The project glossary: given to engines that take one, else its kept terms are held back. */
  glossary?: Glossary;
  /** Approved translations of the same statement in other languages (source → translation), as context. */
  others?: { language: string; bySource: Map<string, string> }[];
  /** The clock, passed in: `2026-11-24T10:00:00Z`. */
  now: () => Date;
  /**
   * Persist these entry changes through the catalog's one writer (lock, re-read, patch, atomic
   * write) and return the catalog as now on disk. A patch whose entry an editor changed meanwhile
   * is dropped. Called after memory hits and after every batch.
   */
  save: (patches: EntryPatch[]) => Catalog;
  record: (line: LedgerLine) => void;
  progress?: (done: number, total: number) => void;
}

const CONTEXT_LIMIT = 4000;

/**
 * What DeepL reads but does not translate or bill: the title, and the paragraphs just before and
 * after the request's segments (for a one-segment request, exactly its neighbours).
 */
export function contextFor(job: Pick<TranslateJob, 'context' | 'order'>, sources: string[]): string | undefined {
  const order = job.order ?? [];
  const positions = sources.map((source) => order.indexOf(source)).filter((index) => index >= 0);
  const neighbours = positions.length ? [order[Math.min(...positions) - 1], order[Math.max(...positions) + 1]] : [];
  // Neighbours as plain words: their link URLs and code must not leave the machine by the side door.
  const text = [job.context, ...neighbours.filter((item) => item && !sources.includes(item)).map(contextText)].filter(Boolean).join('\n\n');
  return text ? text.slice(0, CONTEXT_LIMIT) : undefined;
}

export interface TranslateResult {
  catalog: Catalog;
  sent: number;
  characters: number;
  fromMemory: number;
}

/** Translate what the plan says, entry by entry into a new catalog value; never touches approved work. */
export async function translateCatalog(job: TranslateJob): Promise<TranslateResult> {
  let catalog = job.catalog;
  const plan = planTranslations(catalog, job.memory, { updates: Boolean(job.engine.updates) });
  const date = job.now().toISOString().slice(0, 10);
  const pending: EntryPatch[] = [];
  const replace = (source: CatalogEntry, update: Partial<CatalogEntry>) => {
    pending.push({ context: source.context, source: source.source, expected: { translation: source.translation, state: source.state }, set: update });
  };
  const save = () => {
    catalog = job.save(pending.splice(0));
  };
  for (const { entry, translation } of plan.fromMemory) replace(entry, machineDraft(translation, `memory ${date}`));
  if (plan.fromMemory.length) save();

  const label = `${job.engine.name} ${job.engine.label(job.from, job.settings.code, job.settings)}`;
  const glossary = job.glossary ?? EMPTY_GLOSSARY;
  const keep = job.engine.glossaries ? [] : glossary.keep;
  // One request text per distinct source: repeated paragraphs are paid for once. Updates go one by one.
  const unique = [...new Map(plan.send.map((entry) => [entry.source, entry])).values()];
  const prepared: Prepared[] = [
    ...unique.map((entry) => ({ entry, ...protect(entry.source, keep) })),
    ...plan.update.map((entry) => {
      const now = protect(entry.source, keep);
      // Placeholders numbered as in the new text: the same number names the same link in all three.
      return { entry, ...now, update: { previousSource: protectLike(entry.previousSource ?? '', now.table, keep), previousTranslation: protectLike(entry.translation, now.table, keep) } };
    }),
  ];
  const entries = job.engine.glossaries ? entriesFor(glossary, job.settings.code) : undefined;
  const groups = batches(prepared, (item) => Buffer.byteLength(item.xml, 'utf8') + Buffer.byteLength(JSON.stringify(item.update ?? ''), 'utf8'), job.engine.limits);
  let done = 0;
  let characters = 0;
  job.progress?.(0, prepared.length);
  for (const group of groups) {
    const usage = { promptTokens: 0, completionTokens: 0, reported: false };
    const tokens = () => (usage.reported ? { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens } : {});
    const request = job.engine.translate({
      from: job.from,
      to: job.settings.code,
      texts: group.map((item) => item.xml),
      context: contextFor(job, group.map((item) => item.entry.source)),
      glossary: entries,
      settings: job.settings,
      ...(job.engine.updates ? { updates: group.map((item) => item.update ?? null), otherTranslations: otherTranslations(job, group) } : {}),
      onUsage: (reported) => {
        usage.promptTokens += reported.promptTokens;
        usage.completionTokens += reported.completionTokens;
        usage.reported = true;
      },
    });
    // A reply refused after the endpoint answered still spent tokens: the ledger must show them.
    const restored = await request.then((replies) => restoreAll(job, group, replies)).catch((error: unknown) => {
      if (usage.reported) job.record({ time: job.now().toISOString(), engine: label, language: job.settings.code, statement: job.statement, segments: 0, characters: 0, ...tokens() });
      throw placed(error, job, group);
    });
    const spent = group.reduce((sum, item) => sum + billableLength(item.xml), 0);
    group.forEach((item, index) => {
      if (item.update) {
        replace(item.entry, machineUpdate(item.entry, restored[index], `${label} update ${date}`));
        return;
      }
      for (const entry of plan.send.filter((other) => other.source === item.entry.source)) replace(entry, machineDraft(restored[index], `${label} ${date}`));
    });
    save();
    job.record({
      time: job.now().toISOString(),
      engine: label,
      language: job.settings.code,
      statement: job.statement,
      segments: group.length,
      characters: spent,
      ...tokens(),
    });
    done += group.length;
    characters += spent;
    job.progress?.(done, prepared.length);
  }
  return { catalog, sent: done, characters, fromMemory: plan.fromMemory.length };
}

interface Prepared {
  entry: CatalogEntry;
  xml: string;
  table: ReturnType<typeof protect>['table'];
  update?: UpdateHint;
}

/**
 * Check every reply before keeping any: a reply with broken markup rejects its whole request, so
 * the catalog is never half-updated from a reply that cannot be trusted.
 */
function restoreAll(job: TranslateJob, group: Prepared[], replies: string[]): string[] {
  return group.map((item, index) => {
    try {
      const markdown = restore(replies[index], item.table);
      if (!markdown) throw new MarkupError('the reply is empty');
      return markdown;
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      throw new EditionsError(`${job.engine.name} answered this entry with broken markup (${error.message}); nothing from that request was saved. Translate the entry by hand, or try another engine`, {
        rule: 'engine-reply',
        place: { file: job.file, line: item.entry.line ?? 0 },
      });
    }
  });
}

/**
 * A refused reply names the catalog and the first entry of its request (the engine cannot know
 * them), so the user sees which language and paragraph were refused: `locales/de/x.po:41: …`.
 */
function placed(error: unknown, job: TranslateJob, group: Prepared[]): unknown {
  if (!(error instanceof EditionsError) || error.rule !== 'engine-reply' || error.place) return error;
  return new EditionsError(error.message, { rule: error.rule, exitCode: error.exitCode, place: { file: job.file, line: group[0].entry.line ?? 0 }, cause: error });
}

/**
 * Per other language, its approved translation of each text of the request (null where none), as
 * placeholder XML numbered like the text: link URLs and code stay here, as they do for the texts.
 */
function otherTranslations(job: TranslateJob, group: Prepared[]): { language: string; translations: (string | null)[] }[] {
  const keep = job.engine.glossaries ? [] : (job.glossary ?? EMPTY_GLOSSARY).keep;
  return (job.others ?? [])
    .map((other) => ({
      language: other.language,
      translations: group.map((item) => {
        const approved = other.bySource.get(item.entry.source);
        return approved === undefined ? null : protectLike(approved, item.table, keep);
      }),
    }))
    .filter((other) => other.translations.some((text) => text !== null))
    .slice(0, 4);
}

/**
 * An approved translation updated by the engine after its source changed: needs review again, and
 * the approved text it was made from is kept beside it, so the editor sees exactly what changed.
 */
function machineUpdate(entry: CatalogEntry, translation: string, origin: string): Partial<CatalogEntry> {
  return { ...machineDraft(translation, origin), notes: withUpdateNote(entry.notes, { source: entry.previousSource ?? '', translation: entry.translation }) };
}

/** A machine's text for an entry: needs review, and whatever made it stale is history now. */
function machineDraft(translation: string, origin: string): Partial<CatalogEntry> {
  return { translation, state: 'needs-review', origin, previousSource: undefined, previousContext: undefined, approvedBeforeChange: undefined };
}
