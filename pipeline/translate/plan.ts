// Pure: what a catalog would send to an engine, what translation memory answers for free, and cost.
import type { Catalog, CatalogEntry } from '../edition.js';
import { billableLength, protect } from './markup.js';

export interface TranslationPlan {
  /** Entries to send: untranslated, or stale machine drafts (their source changed). */
  send: CatalogEntry[];
  /** Entries answered by an exact match elsewhere in the same language, for 0 characters. */
  fromMemory: { entry: CatalogEntry; translation: string }[];
  /**
   * Stale entries that hold an editor's approved translation: kept for the editor, never sent,
   * unless the engine updates approved work (then they are in `update` instead).
   */
  waitingForEditor: CatalogEntry[];
  /** Stale approved entries sent with their approved translation, to be updated, not retranslated. */
  update: CatalogEntry[];
  characters: number;
}

/** Translation memory of one language: source text → best existing translation (approved first). */
export type Memory = Map<string, { translation: string; approved: boolean }>;

/** Every current translation of the language (approved, or a draft needing review); never stale ones. */
export function buildMemory(catalogs: Catalog[]): Memory {
  const memory: Memory = new Map();
  for (const catalog of catalogs) {
    for (const entry of catalog.entries) {
      if (entry.state !== 'approved' && entry.state !== 'needs-review') continue;
      const approved = entry.state === 'approved';
      if (!memory.has(entry.source) || (approved && !memory.get(entry.source)!.approved)) memory.set(entry.source, { translation: entry.translation, approved });
    }
  }
  return memory;
}

/**
 * Decide what must be sent. Approved, needs-review and unchanged entries cost nothing, ever; stale
 * machine drafts are re-sent because their source changed; an editor's stale work waits for them.
 */
export function planTranslations(catalog: Catalog, memory: Memory, options: { updates?: boolean } = {}): TranslationPlan {
  const plan: TranslationPlan = { send: [], fromMemory: [], waitingForEditor: [], update: [], characters: 0 };
  for (const entry of catalog.entries) {
    const needed = entry.state === 'untranslated' || entry.state === 'stale';
    if (!needed) continue;
    if (entry.state === 'stale' && entry.approvedBeforeChange) {
      if (!options.updates) {
        plan.waitingForEditor.push(entry);
        continue;
      }
      plan.update.push(entry);
      plan.characters += billableLength(protect(entry.source).xml);
      continue;
    }
    const remembered = memory.get(entry.source);
    if (remembered) {
      plan.fromMemory.push({ entry, translation: remembered.translation });
      continue;
    }
    // The same text twice in one catalog is sent once.
    if (!plan.send.some((other) => other.source === entry.source)) plan.characters += billableLength(protect(entry.source).xml);
    plan.send.push(entry);
  }
  return plan;
}

/** Split texts into requests within an engine's limits (count and UTF-8 bytes). */
export function batches<T>(items: T[], size: (item: T) => number, limits: { texts: number; bytes: number }): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = size(item);
    if (current.length && (current.length >= limits.texts || bytes + itemBytes > limits.bytes)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length) result.push(current);
  return result;
}
