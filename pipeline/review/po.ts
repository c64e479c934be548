// The only module that knows gettext PO syntax: PO text ⇄ Catalog. The work is in po/: lex and parse
// (strict, as msgfmt -c), read (messages → catalog), write (msgcat's layout), wrap and linebreak.
import type { Catalog } from '../edition.js';
import { readPo } from './po/read.js';
import { writePo } from './po/write.js';

/** Left on an entry whose approved translation no longer matches the changed source. */
export const APPROVED_BEFORE_CHANGE = 'approved before the source changed; update the translation and approve it again';

/** Read a catalog. Throws EditionsError at `file:line` for anything malformed (rules po-syntax, po-duplicate, po-plural, po-encoding). */
export function readCatalog(text: string, file: string): Catalog {
  return readPo(text, file, APPROVED_BEFORE_CHANGE);
}

/** Write a catalog as PO text byte-identical to what gettext's msgcat writes for it; entries keep the order given. */
export function writeCatalog(catalog: Catalog): string {
  return writePo(catalog, APPROVED_BEFORE_CHANGE);
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
