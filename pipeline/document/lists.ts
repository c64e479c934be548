// List markers every format shares: ordered numbers from the list's `start`, task states.
import type { List, ListItem } from 'mdast';

/** Task-state markers, the same in every language: ☐ open, ☑ done. */
export const TASK_MARKERS = { open: '☐', done: '☑' } as const;

/** The marker of item `index` (0-based): "3." for an ordered list starting at 3, "-" otherwise. */
export function listMarker(list: List, index: number, bullet = '-'): string {
  return list.ordered ? `${(list.start ?? 1) + index}.` : bullet;
}

/** "☑" / "☐" for a task-list item, "" for an ordinary item. */
export function taskMarker(item: ListItem): string {
  if (item.checked === true) return TASK_MARKERS.done;
  if (item.checked === false) return TASK_MARKERS.open;
  return '';
}
