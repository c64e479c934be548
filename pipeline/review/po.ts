// The only module that knows gettext PO syntax: PO text ⇄ Catalog.
import { po } from 'gettext-parser';
import type { GetTextTranslation, GetTextTranslations } from 'gettext-parser';
import { EditionsError } from '../errors.js';
import type { Catalog, CatalogEntry, TranslationState } from '../edition.js';

const ORIGIN = 'origin: ';
/** Left on an entry whose approved translation no longer matches the changed source. */
export const APPROVED_BEFORE_CHANGE = 'approved before the source changed; update the translation and approve it again';

/** Read a catalog. Throws EditionsError at `file:line` for anything malformed. */
export function readCatalog(text: string, file: string): Catalog {
  if (text.includes('\u0000')) {
    throw new EditionsError('the catalog contains a NUL byte; it is not a text PO file', { rule: 'po-syntax', place: { file, line: lineOf(text, text.indexOf('\u0000')) } });
  }
  const lines = entryLines(text, file);
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (error) {
    const reported = (error as { lineNumber?: number }).lineNumber ?? 0;
    // gettext-parser counts the newline that ends an unterminated string as the next line.
    const line = /End-of-line within string/.test(String((error as Error).message)) ? reported - 1 : reported;
    const reason = String((error as Error).message)
      .replace(/^Error parsing PO data: /, '')
      .replace(/ at line \d+\.?/, '.')
      .split('\n')[0];
    throw new EditionsError(`cannot read the catalog: ${reason}`, { rule: 'po-syntax', place: { file, line } });
  }
  const entries: CatalogEntry[] = [];
  for (const [context, group] of Object.entries(parsed.translations)) {
    for (const [source, item] of Object.entries(group)) {
      if (!context && !source) continue;
      entries.push({ ...fromItem(item), line: lines.get(keyOf(context, source)) });
    }
  }
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const obsolete: CatalogEntry[] = [];
  for (const group of Object.values(parsed.obsolete ?? {})) {
    for (const item of Object.values(group)) obsolete.push(fromItem(item));
  }
  const headers = { ...parsed.headers };
  const headerLine = (name: string) => text.split('\n').findIndex((line) => line.includes(`"${name}:`)) + 1;
  const charset = /charset=([\w-]+)/i.exec(headers['Content-Type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset) && !/^CHARSET$/.test(charset)) {
    throw new EditionsError(`the catalog says it is in ${charset}; Editions reads and writes UTF-8 only, so convert it (msgconv -t UTF-8)`, { rule: 'po-encoding', place: { file, line: headerLine('Content-Type') } });
  }
  const plural = headers['Plural-Forms'];
  if (plural !== undefined && plural.trim() && !/^\s*nplurals\s*=\s*\d+\s*;\s*plural\s*=\s*[^;]+;?\s*$/.test(plural)) {
    throw new EditionsError(`the Plural-Forms header "${plural}" is malformed; write it as nplurals=N; plural=EXPRESSION; or remove it`, { rule: 'po-plural', place: { file, line: headerLine('Plural-Forms') } });
  }
  return { language: headers['Language'] ?? '', headers, entries, obsolete };
}

/** Write a catalog as PO text that `msgfmt -c` accepts; entries keep the order given. */
export function writeCatalog(catalog: Catalog): string {
  const order = new Map<GetTextTranslation, number>();
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  catalog.entries.forEach((entry, index) => {
    const item = toItem(entry);
    order.set(item, index);
    (translations[entry.context] ??= {})[entry.source] = item;
  });
  const obsolete: GetTextTranslations['translations'] = {};
  catalog.obsolete.forEach((entry, index) => {
    const item = toItem(entry);
    order.set(item, catalog.entries.length + index);
    (obsolete[entry.context] ??= {})[entry.source] = item;
  });
  const data = { charset: 'utf-8', headers: catalog.headers, translations, obsolete } as GetTextTranslations;
  const compiled = po.compile(data, {
    foldLength: 78,
    sort: (a: GetTextTranslation, b: GetTextTranslation) => (order.get(a) ?? -1) - (order.get(b) ?? -1),
  } as Parameters<typeof po.compile>[1]);
  return compiled.toString('utf8').replace(/\n*$/, '\n');
}

/** Header fields for a new catalog; `msgfmt -c` needs them all. */
export function newCatalogHeaders(language: string, statement: string): Record<string, string> {
  return {
    'Project-Id-Version': `editions ${statement}`,
    'Report-Msgid-Bugs-To': '',
    'PO-Revision-Date': '1970-01-01 00:00+0000',
    'Last-Translator': 'Editions <editions@localhost>',
    'Language-Team': `${language} <editions@localhost>`,
    Language: language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Generator': 'Editions',
  };
}

function fromItem(item: GetTextTranslation): CatalogEntry {
  const comments = item.comments ?? ({} as NonNullable<GetTextTranslation['comments']>);
  const flags = splitLines(comments.flag).flatMap((line) => line.split(',')).map((flag) => flag.trim());
  const extracted = splitLines(comments.extracted);
  const translator = splitLines(comments.translator);
  const translation = item.msgstr?.[0] ?? '';
  const previousSource = parsePrevious(splitLines(comments.previous));
  const fuzzy = flags.includes('fuzzy');
  const state: TranslationState = !translation ? 'untranslated' : !fuzzy ? 'approved' : previousSource !== undefined ? 'stale' : 'needs-review';
  const origin = extracted.find((line) => line.startsWith(ORIGIN))?.slice(ORIGIN.length).trim();
  return {
    context: item.msgctxt ?? '',
    source: item.msgid,
    translation,
    state,
    origin,
    previousSource,
    references: splitLines(comments.reference).flatMap((line) => line.split(/\s+/)).filter(Boolean),
    notes: translator.filter((line) => line !== APPROVED_BEFORE_CHANGE),
    comments: extracted.filter((line) => !line.startsWith(ORIGIN)),
    approvedBeforeChange: translator.includes(APPROVED_BEFORE_CHANGE) || undefined,
  };
}

function toItem(entry: CatalogEntry): GetTextTranslation {
  const fuzzy = entry.state === 'needs-review' || entry.state === 'stale' || (entry.state === 'untranslated' && entry.previousSource !== undefined);
  const translator = [...entry.notes, ...(entry.approvedBeforeChange ? [APPROVED_BEFORE_CHANGE] : [])];
  const extracted = [...(entry.origin ? [`${ORIGIN}${entry.origin}`] : []), ...entry.comments];
  const previous = entry.previousSource !== undefined && fuzzy ? foldPrevious(entry.previousSource) : [];
  return {
    ...(entry.context ? { msgctxt: entry.context } : {}),
    msgid: entry.source,
    msgstr: [entry.state === 'untranslated' ? '' : entry.translation],
    comments: {
      translator: translator.join('\n'),
      extracted: extracted.join('\n'),
      reference: entry.references.join('\n'),
      flag: fuzzy ? 'fuzzy' : '',
      previous: previous.join('\n'),
    },
  } as GetTextTranslation;
}

/** `#| msgid` lines folded like msgmerge does, so long sources stay readable in any PO editor. */
function foldPrevious(source: string): string[] {
  if (source.length <= 70) return [`msgid ${quote(source)}`];
  const parts = source.match(/.{1,68}(\s+|$)|\S+/g) ?? [source];
  return ['msgid ""', ...parts.map((part) => quote(part))];
}

function splitLines(value: string | undefined): string[] {
  return value ? value.split('\n').map((line) => line.trim()).filter(Boolean) : [];
}

/** `#| msgid "a" "b"` lines → "ab"; undefined when there is no previous msgid. */
function parsePrevious(lines: string[]): string | undefined {
  const start = lines.findIndex((line) => line.startsWith('msgid '));
  if (start < 0) return undefined;
  let value = '';
  for (const line of [lines[start].slice('msgid '.length), ...lines.slice(start + 1)]) {
    const match = /^"(.*)"$/.exec(line.trim());
    if (!match) break;
    value += unquote(match[1]);
  }
  return value;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

function unquote(body: string): string {
  return body.replace(/\\(.)/g, (_, char: string) => ESCAPES[char] ?? char);
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function keyOf(context: string, source: string): string {
  return `${context}\u0004${source}`;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Line of each active entry's msgid, by a light scan of the PO text (gettext-parser keeps none).
 * Duplicate entries are reported here, at the second one's line.
 */
function entryLines(text: string, file: string): Map<string, number> {
  const result = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let context = '';
  let field: 'msgctxt' | 'msgid' | undefined;
  let value = '';
  let idLine = 0;
  const finish = () => {
    if (field === 'msgid') {
      const key = keyOf(context, value);
      if (result.has(key) && (context || value)) {
        throw new EditionsError(`this entry repeats the one at line ${result.get(key)}; keep one of them`, { rule: 'po-duplicate', place: { file, line: idLine } });
      }
      result.set(key, idLine);
      context = '';
    } else if (field === 'msgctxt') {
      context = value;
    }
    field = undefined;
    value = '';
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const quoted = /^(?:msg\w*(?:\[\d+\])?\s+)?"((?:[^"\\]|\\.)*)"$/.exec(line)?.[1] ?? '';
    const escape = [...quoted.matchAll(/\\(.)/g)].find((match) => !'ntr"\\abfv'.includes(match[1]));
    if (escape) {
      throw new EditionsError(`cannot read the catalog: unknown escape ${escape[0]}; write a backslash as \\\\`, { rule: 'po-syntax', place: { file, line: index + 1 } });
    }
    const head = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"$/.exec(line);
    if (head) {
      if (head[1] === 'msgid_plural') {
        throw new EditionsError('plural entries are not used by Editions; remove msgid_plural', { rule: 'po-plural', place: { file, line: index + 1 } });
      }
      finish();
      if (head[1] === 'msgctxt' || head[1] === 'msgid') {
        field = head[1];
        value = unquote(head[2]);
        if (field === 'msgid') idLine = index + 1;
      }
      return;
    }
    const continuation = /^"(.*)"$/.exec(line);
    if (continuation && field) value += unquote(continuation[1]);
    else if (!continuation) finish();
  });
  finish();
  return result;
}
