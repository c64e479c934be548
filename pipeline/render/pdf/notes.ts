// Footnotes as notes at the end of the PDF: a heading from the UI words ("Notes"), each note under
// its number, linked both ways (reference → note, note → "Back to text" at the reference).
import type { Translate } from '../ui.js';
import { block } from './page.js';
import { BODY, blocks, noteId, phrasing, referenceId, type Walk } from './walk.js';

export function drawNotes(context: Walk, t: Translate): void {
  const { page } = context;
  const { notes } = context.footnotes;
  if (!notes.length) return;
  page.y += 16;
  // The body's top heading level is 2 (the title is the only H1): "Notes" is a section of its own.
  block(page, 'H2', [{ text: t('notes.title'), bold: true }], { size: 13, after: 6, keep: BODY * 4 }, page.root);
  const list = page.doc.struct('L', { lang: page.edition.language });
  page.root.add(list);
  notes.forEach((note, index) => {
    const number = index + 1;
    const item = page.doc.struct('LI');
    list.add(item);
    const body = page.doc.struct('LBody');
    item.add(body);
    const back = { text: ` ${t('notes.back')}`, goTo: referenceId(number) };
    const [first, ...rest] = note.children;
    const lead = { text: `${number}. `, anchor: noteId(number) };
    if (first?.type === 'paragraph') {
      block(page, 'Note', [lead, ...phrasing(first.children, context), ...(rest.length ? [] : [back])], { size: BODY - 1, after: 4, struct: { id: noteId(number) } }, body);
      blocks(rest, { ...context, parent: body });
      if (rest.length) block(page, 'P', [back], { size: BODY - 1, after: 4 }, body);
    } else {
      block(page, 'Note', [lead, back], { size: BODY - 1, after: 4, struct: { id: noteId(number) } }, body);
      blocks(note.children, { ...context, parent: body });
    }
    body.end();
    item.end();
  });
  list.end();
}
