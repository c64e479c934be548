// The identity check: a statement given one language whose every translation equals its source
// (approved) must produce that language's HTML body byte for byte equal to the source's.
// Everything happens in memory: parse → catalog → apply → render.
import { toHtml } from 'hast-util-to-html';
import type { Catalog, Edition, Statement } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { applyCatalog, countStates } from '../../pipeline/review/apply.js';
import { bodyToHast } from '../../pipeline/render/html-body.js';

export const FRONT = '---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\n';

export type Outcome = {
  status: 'identical' | 'differs' | 'refused';
  /** Equal once runs of ASCII whitespace are folded (what a browser shows): a fair measure of older code. */
  looseIdentical?: boolean;
  source?: string;
  translated?: string;
  error?: string;
  statement?: Statement;
  edition?: Edition;
};

const loose = (html: string) => html.replace(/[ \t\r\n]+/g, ' ');

/** A catalog in `language` whose every entry is its own source, approved. */
export function identityCatalog(statement: Statement, language = 'xx'): Catalog {
  return {
    language,
    headers: {},
    obsolete: [],
    entries: statement.segments.map((segment) => ({ context: segment.context, source: segment.source, translation: segment.source, state: 'approved' as const, references: [], notes: [], comments: [] })),
  };
}

export function identityEdition(statement: Statement, language = 'xx'): Edition {
  const catalog = identityCatalog(statement, language);
  const { tree, meta } = applyCatalog(statement, catalog);
  return { slug: statement.slug, language, sourceLanguage: 'en', direction: 'ltr', status: 'approved', counts: countStates(catalog.entries), meta, tree, siblings: ['en', language], formats: ['html', 'txt'] };
}

/** Build `markdown` (a body, front matter added) in the source and in the identity language. */
export function checkIdentity(body: string, withFront = true): Outcome {
  let statement: Statement;
  try {
    statement = parseStatement(withFront ? FRONT + body : body, 'source/x.md', 'x');
  } catch (error) {
    return { status: 'refused', error: String((error as Error).message) };
  }
  const edition = identityEdition(statement);
  const source = toHtml(bodyToHast(statement.tree));
  const translated = toHtml(bodyToHast(edition.tree));
  return { status: source === translated ? 'identical' : 'differs', looseIdentical: loose(source) === loose(translated), source, translated, statement, edition };
}
