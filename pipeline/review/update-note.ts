// The approved translation a machine update started from, kept on the entry as a translator note
// (`# updated-from: {"source": …, "translation": …}`), so the review page can show what changed.
const UPDATED_FROM = 'updated-from: ';

export interface UpdatedFrom {
  /** The source the approved translation was made for. */
  source: string;
  /** The translation an editor approved. */
  translation: string;
}

/** Notes with this update recorded (replacing an earlier one). */
export function withUpdateNote(notes: string[], from: UpdatedFrom): string[] {
  return [...notes.filter((line) => !line.startsWith(UPDATED_FROM)), `${UPDATED_FROM}${JSON.stringify(from)}`];
}

/** What a machine update started from, if the entry was updated rather than translated afresh. */
export function updatedFrom(notes: string[]): UpdatedFrom | undefined {
  const line = notes.find((item) => item.startsWith(UPDATED_FROM));
  if (!line) return undefined;
  try {
    const value = JSON.parse(line.slice(UPDATED_FROM.length)) as Partial<UpdatedFrom>;
    return typeof value.source === 'string' && typeof value.translation === 'string' ? { source: value.source, translation: value.translation } : undefined;
  } catch {
    return undefined;
  }
}

/** Notes without the update record (once an editor approves, the comparison is history). */
export function withoutUpdateNote(notes: string[]): string[] {
  return notes.filter((line) => !line.startsWith(UPDATED_FROM));
}
