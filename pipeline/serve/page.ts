// The review pages as HTML (pure): the overview, and one language's catalog as rows to review.
// Everything from catalogs enters as text nodes or attributes: hast-util-to-html escapes it.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { diffWords } from 'diff';
import type { CatalogEntry, SegmentCounts } from '../edition.js';
import type { Finding } from '../review/checks/index.js';
import { approvedBy, entryKey, machineDraft } from '../review/edit.js';
import { directionOf } from '../language.js';
import { autonym } from '../render/ui.js';
import { REVIEW_CSS } from './style.js';
import { REVIEW_SCRIPT } from './client.js';

export interface OverviewRow {
  slug: string;
  title: string;
  language: string;
  counts: SegmentCounts;
}

interface Frame {
  title: string;
  nonce: string;
  token: string;
  body: ElementContent[];
  data?: Record<string, string>;
}

function page({ title, nonce, token, body, data = {} }: Frame): string {
  const html = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', { nonce }, REVIEW_CSS)]),
    h('body', { dataToken: token, ...Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value])) }, [...body, h('script', { nonce }, REVIEW_SCRIPT)]),
  ]) as Element;
  return `<!doctype html>\n${toHtml(html)}\n`;
}

function progress(counts: SegmentCounts): Element {
  const part = (name: string, value: number) => h(`span.bar-${name}`, { style: `flex-grow: ${value}`, title: `${value} ${name.replace('-', ' ')}` });
  return h('div.progress', { role: 'img', 'aria-label': `${counts.approved} approved, ${counts.needsReview} need review, ${counts.stale} stale, ${counts.untranslated} untranslated` }, [
    part('approved', counts.approved),
    part('needs-review', counts.needsReview),
    part('stale', counts.stale),
    part('untranslated', counts.untranslated),
  ]);
}

/** Statements × languages with their progress. */
export function overviewPage(rows: OverviewRow[], token: string, nonce: string): string {
  const statements = [...new Set(rows.map((row) => row.slug))];
  return page({
    title: 'Editions review',
    nonce,
    token,
    body: [
      h('header.top', [h('h1', 'Editions review'), h('p', 'Pick a language to review. Your changes are saved to the catalogs in locales/ at once.')]),
      ...statements.map((slug) =>
        h('section', [
          h('h2', rows.find((row) => row.slug === slug)!.title),
          h('table.overview', [
            h('thead', h('tr', [h('th', 'Language'), h('th', 'Progress'), h('th', 'Approved'), h('th', 'Needs review'), h('th', 'Stale'), h('th', 'Untranslated')])),
            h(
              'tbody',
              rows
                .filter((row) => row.slug === slug)
                .map((row) =>
                  h('tr', [
                    h('td', h('a', { href: `/review/${encodeURIComponent(row.language)}/${encodeURIComponent(slug)}?token=${token}` }, [h('span', { lang: row.language, dir: directionOf(row.language) }, autonym(row.language)), ` (${row.language})`])),
                    h('td', progress(row.counts)),
                    h('td.num', String(row.counts.approved)),
                    h('td.num', String(row.counts.needsReview)),
                    h('td.num', String(row.counts.stale)),
                    h('td.num', String(row.counts.untranslated)),
                  ]),
                ),
            ),
          ]),
        ]),
      ),
    ],
  });
}

export interface ReviewRow {
  entry: CatalogEntry;
  kind: string;
  sourceLine: number;
  findings: Finding[];
}

const STATE_LABEL: Record<CatalogEntry['state'], string> = { untranslated: 'untranslated', 'needs-review': 'needs review', stale: 'stale', approved: 'approved' };

/** One row per segment, in document order. */
export function entryRow(row: ReviewRow, language: string, index: number): Element {
  const { entry } = row;
  const errors = row.findings.filter((finding) => finding.severity === 'error').length;
  const who = approvedBy(entry);
  const draft = machineDraft(entry);
  const origin = entry.state === 'approved' && who ? `approved by ${who}` : entry.origin ?? (entry.translation ? 'editor' : '');
  const diff: ElementContent[] =
    entry.state === 'stale' && entry.previousSource !== undefined
      ? [
          h('div.diff', [
            h('span.label', 'Source changed: '),
            ...diffWords(entry.previousSource, entry.source).map((part) => (part.added ? h('ins', part.value) : part.removed ? h('del', part.value) : part.value)),
          ]),
        ]
      : [];
  return h(
    'tr.entry',
    {
      id: `entry-${index + 1}`,
      dataKey: entryKey(entry),
      dataState: entry.state,
      dataFindings: String(row.findings.length),
      dataErrors: String(errors),
      tabindex: -1,
    },
    [
      h('td.pick', h('input', { type: 'checkbox', 'aria-label': `select entry ${index + 1}` })),
      h('td.source', [h('div.meta', `${index + 1} · ${row.kind} · line ${row.sourceLine}`), h('div.text', { lang: 'en', dir: 'ltr' }, entry.source), ...diff]),
      h('td.translation', [
        h('textarea', { lang: language, dir: directionOf(language), rows: Math.min(12, Math.max(2, Math.ceil(entry.source.length / 70))), 'aria-label': `translation of entry ${index + 1}` }, entry.translation),
        h('div.status', { role: 'status' }),
      ]),
      h('td.info', [
        h(`span.state.state-${entry.state}`, STATE_LABEL[entry.state]),
        h('div.origin', origin),
        ...(row.findings.length
          ? [h('ul.findings', row.findings.map((finding) => h(`li.${finding.severity}`, { title: finding.rule }, `${finding.message} [${finding.rule}]`)))]
          : []),
        h('div.actions', [
          h('button.approve', { type: 'button', title: 'Approve (a, or Ctrl+Enter while editing)' }, 'Approve'),
          h('button.save', { type: 'button', title: 'Save without approving (Ctrl+S)' }, 'Save'),
          h('button.revert', { type: 'button', title: 'Back to the machine draft', disabled: !draft || draft.text === entry.translation }, 'Revert'),
        ]),
      ]),
    ],
  ) as Element;
}

/** The review view of one statement in one language. `version` identifies the file as loaded. */
export function languagePage(args: { slug: string; title: string; language: string; rows: ReviewRow[]; counts: SegmentCounts; version: string; token: string; nonce: string }): string {
  const { language, rows } = args;
  const filters = ['needs-review', 'stale', 'untranslated', 'findings', 'all'];
  return page({
    title: `${autonym(language)} · ${args.title}`,
    nonce: args.nonce,
    token: args.token,
    data: { language, slug: args.slug, version: args.version },
    body: [
      h('header.top', [
        h('p', h('a', { href: `/?token=${args.token}` }, '← All languages')),
        h('h1', [h('span', { lang: language }, autonym(language)), ` · ${args.title}`]),
        progress(args.counts),
        h('div.toolbar', [
          h(
            'div.filters',
            { role: 'group', 'aria-label': 'Show' },
            filters.map((filter) => h('button.filter', { type: 'button', dataFilter: filter, 'aria-pressed': filter === 'all' ? 'true' : 'false' }, filter === 'needs-review' ? 'Needs review' : filter[0].toUpperCase() + filter.slice(1))),
          ),
          h('input.search', { type: 'search', placeholder: 'Search source and translation', 'aria-label': 'Search' }),
          h('button.approve-selected', { type: 'button' }, 'Approve selected without findings'),
        ]),
        h('p.keys', 'Keys: j / k next and previous · e edit · a approve · Ctrl+Enter approve while editing · Ctrl+S save · Esc stop editing'),
        h('div.notice', { role: 'alert', hidden: true }),
      ]),
      h('table.entries', [
        h('thead', h('tr', [h('th', ''), h('th', 'Source'), h('th', 'Translation'), h('th', 'State')])),
        h('tbody', rows.map((row, index) => entryRow(row, language, index))),
      ]),
    ],
  });
}
