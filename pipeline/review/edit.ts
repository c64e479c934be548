// What an editor does to one entry: edit, approve, revert to the machine draft. Pure: catalog in, catalog out.
import type { Catalog, CatalogEntry } from '../edition.js';
import { isMachineOrigin } from '../translate/registry.js';
import { withoutUpdateNote } from './update-note.js';
import { EditionsError } from '../errors.js';

export const APPROVED_BY = 'approved-by: ';
const MACHINE_DRAFT = 'machine-draft: ';

export interface Editor {
  name: string;
  /** `2026-11-24`, passed in by the caller (no clock here). */
  date: string;
}

export const entryKey = (entry: { context: string; source: string }) => `${entry.context}\u0004${entry.source}`;

function update(catalog: Catalog, key: string, change: (entry: CatalogEntry) => CatalogEntry): Catalog {
  let found = false;
  const entries = catalog.entries.map((entry) => {
    if (entryKey(entry) !== key) return entry;
    found = true;
    return change(entry);
  });
  if (!found) throw new EditionsError('this entry is no longer in the catalog; reload the page', { rule: 'entry-gone' });
  return { ...catalog, entries };
}

/** The machine draft kept for "revert", if the entry has one. */
export function machineDraft(entry: CatalogEntry): { text: string; origin?: string } | undefined {
  const note = entry.notes.find((line) => line.startsWith(MACHINE_DRAFT));
  if (note) {
    try {
      return JSON.parse(note.slice(MACHINE_DRAFT.length)) as { text: string; origin?: string };
    } catch {
      return undefined;
    }
  }
  return isMachine(entry.origin) && entry.translation ? { text: entry.translation, origin: entry.origin } : undefined;
}

/** Whether an origin names a machine (its text can be restored by "Revert"): an engine of the registry, or memory. */
export function isMachine(origin?: string): boolean {
  return isMachineOrigin(origin);
}

/** Remember the machine text before an editor first changes it, so it can be restored. */
function keepDraft(entry: CatalogEntry): string[] {
  if (entry.notes.some((line) => line.startsWith(MACHINE_DRAFT)) || !isMachine(entry.origin) || !entry.translation) return entry.notes;
  return [...entry.notes, `${MACHINE_DRAFT}${JSON.stringify({ text: entry.translation, origin: entry.origin })}`];
}

/**
 * What an editor typed, as a catalog may hold it: Unix line ends, and no line break at either end
 * (segments never have one there, and gettext refuses a translation whose ends differ from its source's).
 */
function normalized(translation: string): string {
  return translation.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
}

/** Change the text; the entry stays (or becomes) "needs review", now from the editor. */
export function editEntry(catalog: Catalog, key: string, translation: string, editor: Editor): Catalog {
  const text = normalized(translation);
  return update(catalog, key, (entry) => {
    if (text === entry.translation) return entry;
    return {
      ...entry,
      translation: text,
      state: text.trim() ? (entry.state === 'stale' ? 'stale' : 'needs-review') : 'untranslated',
      origin: `editor ${editor.name} ${editor.date}`,
      notes: keepDraft(entry),
    };
  });
}

/** The approval line: `Ana 2026-11-24`, or `Ana 2026-11-24 (confirmed despite: link-mismatch)`. */
export function approvalLine(editor: Editor, confirmedDespite: readonly string[] = []): string {
  // Only rule ids (kebab-case) enter the line, so it stays one parseable comment.
  const rules = [...new Set(confirmedDespite.filter((rule) => /^[a-z][a-z0-9-]*$/.test(rule)))];
  return `${APPROVED_BY}${editor.name} ${editor.date}${rules.length ? ` (confirmed despite: ${rules.join(', ')})` : ''}`;
}

/**
 * Approve (optionally with new text): clears the fuzzy mark and records who approved it and when.
 * `confirmedDespite` names the check errors the editor saw and approved anyway; the line keeps them.
 */
export function approveEntry(catalog: Catalog, key: string, editor: Editor, translation?: string, confirmedDespite: readonly string[] = []): Catalog {
  return update(catalog, key, (entry) => {
    const text = translation === undefined ? entry.translation : normalized(translation);
    if (!text.trim()) throw new EditionsError('an empty translation cannot be approved; write the translation first', { rule: 'empty-approved' });
    return {
      ...entry,
      translation: text,
      state: 'approved',
      previousSource: undefined,
      previousContext: undefined,
      approvedBeforeChange: undefined,
      origin: text === entry.translation ? entry.origin : `editor ${editor.name} ${editor.date}`,
      notes: [...withoutUpdateNote(text === entry.translation ? entry.notes : keepDraft(entry)).filter((line) => !line.startsWith(APPROVED_BY)), approvalLine(editor, confirmedDespite)],
    };
  });
}

/** Back to the machine draft: its text and origin, needing review again. */
export function revertEntry(catalog: Catalog, key: string): Catalog {
  return update(catalog, key, (entry) => {
    const draft = machineDraft(entry);
    if (!draft) throw new EditionsError('this entry has no machine draft to go back to', { rule: 'no-machine-draft' });
    return {
      ...entry,
      translation: draft.text,
      state: 'needs-review',
      origin: draft.origin,
      notes: entry.notes.filter((line) => !line.startsWith(APPROVED_BY) && !line.startsWith(MACHINE_DRAFT)),
    };
  });
}

/** Who approved an entry and when, from its `# approved-by:` comment. */
export function approvedBy(entry: CatalogEntry): string | undefined {
  return entry.notes.find((line) => line.startsWith(APPROVED_BY))?.slice(APPROVED_BY.length);
}
