// PO text → Catalog, strictly: what `msgfmt -c` rejects is reported at its line, what it accepts is kept.
import { EditionsError } from '../../errors.js';
import type { Catalog, CatalogEntry, TranslationState } from '../../edition.js';
import { canonicalFlags } from './flags.js';
import { tokenize } from './lex.js';
import { parseMessages, type PoMessage } from './parse.js';
import { commentLines } from './write.js';

const ORIGIN = 'origin: ';

/** Read a catalog. Throws EditionsError at `file:line` for anything malformed. */
export function readPo(text: string, file: string, approvedNote: string): Catalog {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new EditionsError('the catalog contains a NUL byte; it is not a text PO file', { rule: 'po-syntax', place: { file, line: text.slice(0, nul).split('\n').length } });
  }
  const messages = parseMessages(tokenize(text, file), file);
  checkDuplicates(messages, file);
  const header = messages.find((message) => message.context === undefined && message.source === '' && !message.obsolete);
  if (!header) {
    // msgfmt -c: "PO file header missing or invalid" is fatal, even for an empty file.
    throw new EditionsError('the catalog has no header entry (msgid "" with "Content-Type: text/plain; charset=UTF-8\\n"), which msgfmt -c requires; add one, or delete the file and Editions starts a new catalog', { rule: 'po-syntax', place: { file, line: messages[0]?.line ?? 1 } });
  }
  const entries: CatalogEntry[] = [];
  const obsolete: CatalogEntry[] = [];
  for (const message of messages) {
    if (message === header) continue;
    if (message.obsolete) {
      obsolete.push(toEntry(message, approvedNote));
      continue;
    }
    if (message.plural !== undefined) {
      throw new EditionsError('plural entries are not used by Editions; remove msgid_plural', { rule: 'po-plural', place: { file, line: message.line } });
    }
    checkNewlines(message, file);
    entries.push({ ...toEntry(message, approvedNote), line: message.line });
  }
  const headers = parseHeaders(header.translations[0] ?? '');
  checkHeaders(headers, text, file);
  const headerFlags = [...(header.flags.includes('fuzzy') && header.translations[0] ? ['fuzzy'] : []), ...canonicalFlags(header.flags).flags];
  const headerComments = commentLines(header.translator, header.extracted, header.references, headerFlags);
  return { language: headers['Language'] ?? '', headers, ...(headerComments.length ? { headerComments } : {}), entries, obsolete };
}

function toEntry(message: PoMessage, approvedNote: string): CatalogEntry {
  const fuzzy = message.flags.includes('fuzzy');
  const translation = message.translations[0] ?? '';
  const state: TranslationState = !translation ? 'untranslated' : !fuzzy ? 'approved' : message.previousSource !== undefined ? 'stale' : 'needs-review';
  const originLine = message.extracted.find((line) => line.startsWith(ORIGIN));
  const flags = canonicalFlags(message.flags, message.obsolete).flags;
  const entry: CatalogEntry = {
    context: message.context ?? '',
    source: message.source,
    translation,
    state,
    origin: originLine?.slice(ORIGIN.length).trim(),
    previousSource: message.previousSource,
    references: message.references,
    notes: message.translator.filter((line) => line !== approvedNote),
    comments: message.extracted.filter((line) => line !== originLine),
    approvedBeforeChange: message.translator.includes(approvedNote) || undefined,
  };
  if (flags.length) entry.flags = flags;
  if (message.previousContext !== undefined) entry.previousContext = message.previousContext;
  if (message.plural !== undefined) {
    entry.plural = { source: message.plural, translations: message.translations, ...(message.previousPlural !== undefined ? { previousSource: message.previousPlural } : {}) };
  }
  return entry;
}

/** msgfmt: "duplicate message definition", active and obsolete entries alike. */
function checkDuplicates(messages: PoMessage[], file: string): void {
  const seen = new Map<string, number>();
  for (const message of messages) {
    const key = `${message.context === undefined ? '\u0005' : message.context}\u0004${message.source}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new EditionsError(`this entry repeats the one at line ${first}; keep one of them`, { rule: 'po-duplicate', place: { file, line: message.line } });
    }
    seen.set(key, message.line);
  }
}

/** msgfmt -c: a translated entry must begin and end with a line break exactly when its source does. */
function checkNewlines(message: PoMessage, file: string): void {
  const translation = message.translations[0];
  if (!translation || message.flags.includes('fuzzy')) return;
  for (const [where, test] of [['begin', (text: string) => text.startsWith('\n')], ['end', (text: string) => text.endsWith('\n')]] as const) {
    if (test(message.source) !== test(translation)) {
      throw new EditionsError(`the source and the translation do not both ${where} with a line break (\\n), which msgfmt -c rejects; make them match`, { rule: 'po-syntax', place: { file, line: message.line } });
    }
  }
}

/** "Name: value\n" lines of the header entry → fields, in order. */
function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([^:]+):[ \t]?(.*)$/.exec(line);
    if (match) headers[match[1].trim()] = match[2];
  }
  return headers;
}

function checkHeaders(headers: Record<string, string>, text: string, file: string): void {
  const headerLine = (name: string) => text.split('\n').findIndex((line) => line.includes(`"${name}:`)) + 1;
  const charset = /charset=([\w-]+)/i.exec(headers['Content-Type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset) && !/^CHARSET$/.test(charset)) {
    throw new EditionsError(`the catalog says it is in ${charset}; Editions reads and writes UTF-8 only, so convert it (msgconv -t UTF-8)`, { rule: 'po-encoding', place: { file, line: headerLine('Content-Type') } });
  }
  const plural = headers['Plural-Forms'];
  if (plural !== undefined && plural.trim() && !/^\s*nplurals\s*=\s*\d+\s*;\s*plural\s*=\s*[^;]+;?\s*$/.test(plural)) {
    throw new EditionsError(`the Plural-Forms header "${plural}" is malformed; write it as nplurals=N; plural=EXPRESSION; or remove it`, { rule: 'po-plural', place: { file, line: headerLine('Plural-Forms') } });
  }
}
