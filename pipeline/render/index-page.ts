// output/index.html: every statement × language with its review status, linking every edition.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Format, ReviewStatus } from '../edition.js';
import { autonym, type Translate } from './ui.js';
import { editionPath } from './paths.js';
import { PAGE_CSS } from './html-style.js';

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

const INDEX_CSS = `${PAGE_CSS}
table { border-collapse: collapse; width: 100%; margin-block: 1rem 2rem; }
th, td { text-align: start; padding: 0.35rem 0.5rem; border-block-end: 1px solid #ddd; vertical-align: top; }
td.status-draft { color: #8a6100; } td.status-pending { color: #777; } td.status-approved, td.status-source { color: #17612b; }
td .note { display: block; font-size: 0.85em; color: #666; }
td a { margin-inline-end: 0.75rem; }
`;

/** Render the index page in the source language's UI words. */
export function renderIndex(statements: IndexStatement[], language: string, t: Translate): string {
  const sections = statements.map((statement) =>
    h('section', [
      h('h2', statement.title),
      h('table', [
        h('thead', h('tr', [h('th', t('index.language')), h('th', t('index.status')), h('th', t('index.files'))])),
        h(
          'tbody',
          statement.rows.map((row) =>
            h('tr', { id: `${statement.slug}-${row.language}` }, [
              h('td', [h('span', { lang: row.language }, autonym(row.language)), ` (${row.language})`]),
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
  );
  const page = h('html', { lang: language }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', t('index.title')), h('style', INDEX_CSS)]),
    h('body', h('article', [h('h1', t('index.title')), ...sections])),
  ]) as Element;
  return `<!doctype html>\n${toHtml(page)}\n`;
}
