// output/index.html: every statement × language with its review status, linking every edition.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Format, ReviewStatus } from '../edition.js';
import { autonym, languageDirection, type Translate } from './ui.js';
import { editionPath } from './paths.js';
import { PAGE_CSS } from './html-style.js';
import { absoluteUrl } from './html-meta.js';

export interface IndexRow {
  language: string;
  status: ReviewStatus;
  /** Formats built for this language; empty for a pending language. */
  formats: Format[];
  /** Plain words on why a language is pending or what it still needs. */
  note?: string;
}

export interface IndexStatement {
  slug: string;
  title: string;
  rows: IndexRow[];
}

export interface IndexOptions {
  /** Where output/ is published: adds the canonical link. */
  baseUrl?: string;
}

// Status colours hold 4.5:1 or more on white (pending #666: 5.74:1) and on the dark page.
const INDEX_CSS = `${PAGE_CSS}
.editions-table { overflow-x: auto; margin-block: 1rem 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; padding: 0.35rem 0.5rem; border-block-end: 1px solid var(--rule); vertical-align: top; }
td.status-draft { color: #7a5600; } td.status-pending { color: #666; } td.status-approved, td.status-source { color: #17612b; }
td .note { display: block; font-size: 0.85em; color: #666; overflow-wrap: anywhere; }
td a { margin-inline-end: 0.75rem; display: inline-block; }
@media (prefers-color-scheme: dark) {
  td.status-draft { color: #e0b341; } td.status-pending, td .note { color: #b8b8b8; } td.status-approved, td.status-source { color: #6fcf8a; }
}
@media print { td[class^="status-"], td .note { color: #000; } }
`;

function statementSection(statement: IndexStatement, t: Translate): Element {
  // Ids start with a letter (slugs may start with a digit): statement-<slug>, edition-<slug>-<lang>.
  const headingId = `statement-${statement.slug}`;
  return h('section', { 'aria-labelledby': headingId }, [
    h('h2', { id: headingId, dir: 'auto' }, statement.title),
    h('div.editions-table', [
      h('table', [
        h('thead', h('tr', [h('th', { scope: 'col' }, t('index.language')), h('th', { scope: 'col' }, t('index.status')), h('th', { scope: 'col' }, t('index.files'))])),
        h(
          'tbody',
          statement.rows.map((row) =>
            h('tr', { id: `edition-${statement.slug}-${row.language}` }, [
              h('td', [h('span', { lang: row.language, dir: languageDirection(row.language) }, autonym(row.language)), ` (${row.language})`]),
              h(`td.status-${row.status}`, [t(`status.${row.status}`), ...(row.note ? [h('span.note', row.note)] : [])]),
              h(
                'td',
                row.formats.map((format) => h('a', { href: editionPath(row.language, statement.slug, format), hreflang: row.language }, t(`formats.${format}`))),
              ),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}

/** Render the index page in the source language's UI words. */
export function renderIndex(statements: IndexStatement[], language: string, t: Translate, options: IndexOptions = {}): string {
  const canonical = absoluteUrl(options.baseUrl, 'index.html');
  const page = h('html', { lang: language, dir: languageDirection(language) }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', t('index.title')),
      ...(canonical ? [h('link', { rel: 'canonical', href: canonical })] : []),
      h('style', INDEX_CSS),
    ]),
    h('body', h('main', [h('h1', t('index.title')), ...statements.map((statement) => statementSection(statement, t))])),
  ]) as Element;
  return `<!DOCTYPE html>\n${toHtml(page)}\n`;
}
