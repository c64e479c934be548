// Catalog migration for the self-contained segments: msgids written before reference links were
// expanded (`[the report][r]`), before Unicode spaces were kept, or with an inline comment in them,
// name the same text as today's segments. Such an entry keeps its translation and its state
// (an approval stays an approval); everything else is left for sync to judge.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Definition, Paragraph, Root } from 'mdast';
import type { Catalog, CatalogEntry, Statement } from '../edition.js';
import { inlineToMarkdown, normalizePhrasing } from '../parse/inline.js';
import { definitionsOf, expandReferences } from '../parse/references.js';
import { footnoteLabels } from '../document/footnotes.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Unicode spaces that older catalogs folded into a plain space. */
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const loose = (text: string) => text.replace(WIDE_SPACES, ' ').replace(/[ \t\r\n]+/g, ' ').trim();

/**
 * Pure: `catalog` with entries whose source names a current segment under an older spelling
 * rewritten to that segment's source. Example: source `Read [the report][r].` with `[r]: https://x`
 * in the statement → `Read [the report](https://x).`, its translation `Lisez [le rapport][r].` →
 * `Lisez [le rapport](https://x).`, state unchanged.
 */
export function migrateCatalog(statement: Statement, catalog: Catalog): Catalog {
  const expand = expander(statement);
  const current = new Map(statement.segments.map((segment) => [segment.id, segment]));
  const taken = new Set(catalog.entries.map((entry) => `${entry.context}\u0004${entry.source}`).filter((key) => current.has(key)));
  const byLoose = new Map<string, string[]>();
  for (const segment of statement.segments) {
    const key = `${segment.context}\u0004${loose(segment.source)}`;
    byLoose.set(key, [...(byLoose.get(key) ?? []), segment.source]);
  }
  const migrate = (entry: CatalogEntry): CatalogEntry => {
    if (current.has(`${entry.context}\u0004${entry.source}`)) return entry;
    const expanded = expand(entry.source);
    let source: string | undefined = current.has(`${entry.context}\u0004${expanded}`) ? expanded : undefined;
    if (!source) {
      const candidates = byLoose.get(`${entry.context}\u0004${loose(expanded)}`) ?? [];
      if (candidates.length === 1) source = candidates[0];
    }
    const key = `${entry.context}\u0004${source}`;
    if (!source || taken.has(key)) return entry;
    taken.add(key);
    return {
      ...entry,
      source,
      translation: entry.translation ? expand(entry.translation) : entry.translation,
      ...(entry.previousSource ? { previousSource: expand(entry.previousSource) } : {}),
    };
  };
  return { ...catalog, entries: catalog.entries.map(migrate), obsolete: catalog.obsolete.map(migrate) };
}

/** Markdown of one segment → the same with its references expanded by the statement's definitions. */
function expander(statement: Statement): (markdown: string) => string {
  const definitions = [...definitionsOf(statement.tree).values()];
  const footnotes = footnoteLabels(statement.tree);
  const appendix = [
    definitions.length ? toMarkdown({ type: 'root', children: definitions.map((definition): Definition => ({ ...definition, position: undefined })) }) : '',
    footnotes.map((label) => `[^${label}]: -`).join('\n'),
  ].join('\n\n');
  return (markdown) => {
    if (!/[[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|<!--/.test(markdown)) return markdown;
    const tree = parser.parse(`${markdown}\n\n${appendix}\n`) as Root;
    const [first] = tree.children;
    if (first?.type !== 'paragraph') return markdown;
    expandReferences(tree, definitionsOf(tree));
    return inlineToMarkdown(normalizePhrasing((tree.children[0] as Paragraph).children));
  };
}
