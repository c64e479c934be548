// Catalog → PO text in exactly the layout gettext's msgcat writes (write-po.c, page width 79), so a
// catalog that Poedit, Weblate or msgcat re-saves changes only where someone changed it.
import type { Catalog, CatalogEntry } from '../../edition.js';
import { formatOf } from './directives.js';
import { canonicalFlags } from './flags.js';
import { PAGE_WIDTH, wrapString } from './wrap.js';

const ORIGIN = 'origin: ';

/** Comment lines as write-po.c prints them, in its order: `#`, `#.`, `#:`, `#,` (and `#|` after). */
export function commentLines(translator: readonly string[], extracted: readonly string[], references: readonly string[], flags: readonly string[]): string[] {
  const lines: string[] = [];
  for (const comment of translator) for (const part of comment.split('\n')) lines.push(part ? `# ${part}` : '#');
  for (const comment of extracted) lines.push(comment ? `#. ${comment}` : '#.');
  if (references.length) {
    let line = '#:';
    let column = 2;
    for (const written of references) {
      // write-po.c drops a leading "./" from file names.
      const reference = written.replace(/^(\.\/)+/, '');
      const length = Buffer.byteLength(reference) + 1;
      if (column > 2 && column + length > PAGE_WIDTH) {
        lines.push(line);
        line = '#:';
        column = 2;
      }
      line += ` ${reference}`;
      column += length;
    }
    lines.push(line);
  }
  if (flags.length) lines.push(`#, ${flags.join(', ')}`);
  return lines;
}

/** An entry's lines; none for an obsolete entry without a translation (msgcat drops those too). */
function entryLines(entry: CatalogEntry, obsolete: boolean, approvedNote: string): string[] {
  const translation = entry.state === 'untranslated' ? '' : entry.translation;
  const translations = entry.plural ? entry.plural.translations : [translation];
  if (obsolete && !translations[0]) return [];
  const fuzzy = (entry.state === 'needs-review' || entry.state === 'stale') && (obsolete || translations[0] !== '');
  const { flags, wrap } = canonicalFlags(entry.flags ?? [], obsolete);
  const format = formatOf(flags);
  const translator = [...entry.notes, ...(entry.approvedBeforeChange ? [approvedNote] : [])];
  const extracted = [...(entry.origin ? [`${ORIGIN}${entry.origin}`] : []), ...entry.comments];
  const lines = commentLines(translator, extracted, entry.references, [...(fuzzy ? ['fuzzy'] : []), ...flags]);
  const previous = obsolete ? '#~| ' : '#| ';
  if (entry.previousContext !== undefined) lines.push(...wrapString(previous, 'msgctxt', entry.previousContext, wrap, format));
  if (entry.previousSource !== undefined) lines.push(...wrapString(previous, 'msgid', entry.previousSource, wrap, format));
  if (entry.plural?.previousSource !== undefined) lines.push(...wrapString(previous, 'msgid_plural', entry.plural.previousSource, wrap, format));
  const prefix = obsolete ? '#~ ' : '';
  if (entry.context) lines.push(...wrapString(prefix, 'msgctxt', entry.context, wrap, format));
  lines.push(...wrapString(prefix, 'msgid', entry.source, wrap, format));
  if (entry.plural) {
    lines.push(...wrapString(prefix, 'msgid_plural', entry.plural.source, wrap, format));
    translations.forEach((text, index) => lines.push(...wrapString(prefix, `msgstr[${index}]`, text, wrap, format)));
  } else {
    lines.push(...wrapString(prefix, 'msgstr', translation, wrap, format));
  }
  return lines;
}

/** The header entry: its comments verbatim, then `msgid ""` and the fields, one `Name: value\n` each. */
function headerLines(catalog: Catalog): string[] {
  const fields = Object.entries(catalog.headers).map(([name, value]) => `${name}: ${value}\n`).join('');
  const flagged = (catalog.headerComments ?? []).some((line) => /^#[,!].*\bno-wrap\b/.test(line));
  return [...(catalog.headerComments ?? []), 'msgid ""', ...wrapString('', 'msgstr', fields, !flagged)];
}

/** PO text for a catalog, as msgcat would write it; entries keep the order given, obsolete ones last. */
export function writePo(catalog: Catalog, approvedNote: string): string {
  const blocks = [headerLines(catalog)];
  for (const entry of catalog.entries) blocks.push(entryLines(entry, false, approvedNote));
  for (const entry of catalog.obsolete) blocks.push(entryLines(entry, true, approvedNote));
  return `${blocks.filter((lines) => lines.length).map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
