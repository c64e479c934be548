// The review pages as HTML (pure): the overview, and one language's catalog as rows to review.
// Everything from catalogs enters as text nodes or attributes: hast-util-to-html escapes it; the
// Markdown preview goes through the editions' sanitized pipeline (preview.ts).
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { diffWords } from 'diff';
import type { CatalogEntry, SegmentCounts } from '../edition.js';
import type { Finding } from '../review/checks/index.js';
import { approvedBy, entryKey, machineDraft } from '../review/edit.js';
import { directionOf } from '../language.js';
import { autonym } from '../render/ui.js';
import { hasMarkup, previewOf } from './preview.js';
import { REVIEW_CSS } from './style.js';
import { REVIEW_SCRIPT } from './client.js';
import { fill, type ReviewWords } from './words.js';

export interface OverviewRow {
  slug: string;
  title: string;
  language: string;
  counts: SegmentCounts;
  /** A catalog that cannot be read (bad encoding, syntax, a link outside the workspace): its message. */
  problem?: string;
}

/** The language the page's own words are in, and those words. */
export interface PageWords {
  language: string;
  words: ReviewWords;
}

interface Frame {
  title: string;
  nonce: string;
  token: string;
  ui: PageWords;
  body: ElementContent[];
  data?: Record<string, string>;
}

function page({ title, nonce, token, ui, body, data = {} }: Frame): string {
  const html = h('html', { lang: ui.language, dir: directionOf(ui.language) }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', { nonce }, REVIEW_CSS)]),
    h('body', { dataToken: token, dataWords: JSON.stringify(ui.words), ...Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value])) }, [
      ...body,
      h('script', { nonce }, REVIEW_SCRIPT),
    ]),
  ]) as Element;
  return `<!doctype html>\n${toHtml(html)}\n`;
}

function progress(counts: SegmentCounts, words: ReviewWords): Element {
  const part = (name: string, value: number, word: string) => h(`span.bar-${name}`, { style: `flex-grow: ${value}`, title: `${value} ${word}` });
  return h('div.progress', { role: 'img', 'aria-label': `${words.approved} ${counts.approved}, ${words.needsReview} ${counts.needsReview}, ${words.stale} ${counts.stale}, ${words.untranslated} ${counts.untranslated}` }, [
    part('approved', counts.approved, words.approved),
    part('needs-review', counts.needsReview, words.needsReview),
    part('stale', counts.stale, words.stale),
    part('untranslated', counts.untranslated, words.untranslated),
  ]);
}

function overviewRow(row: OverviewRow, token: string, words: ReviewWords): Element {
  const name = h('span', { lang: row.language, dir: directionOf(row.language) }, autonym(row.language));
  const link = row.problem ? h('span', [name, ` (${row.language})`]) : h('a', { href: `/review/${encodeURIComponent(row.language)}/${encodeURIComponent(row.slug)}?token=${token}` }, [name, ` (${row.language})`]);
  if (row.problem) return h('tr', [h('td', link), h('td.problem', { colSpan: 5 }, row.problem)]);
  return h('tr', [
    h('td', link),
    h('td.bar', progress(row.counts, words)),
    h('td.num', String(row.counts.approved)),
    h('td.num', String(row.counts.needsReview)),
    h('td.num', String(row.counts.stale)),
    h('td.num', String(row.counts.untranslated)),
  ]);
}

/** Statements × languages with their progress. */
export function overviewPage(rows: OverviewRow[], token: string, nonce: string, ui: PageWords): string {
  const { words } = ui;
  const statements = [...new Set(rows.map((row) => row.slug))];
  return page({
    title: words.pageTitle,
    nonce,
    token,
    ui,
    body: [
      h('header.top', [h('h1', words.pageTitle), h('p', words.intro)]),
      h(
        'main',
        statements.map((slug) =>
        h('section', [
          h('h2', rows.find((row) => row.slug === slug)!.title),
          h('table.overview', [
            h('thead', h('tr', [h('th', words.language), h('th.bar', words.progress), h('th', words.approved), h('th', words.needsReview), h('th', words.stale), h('th', words.untranslated)])),
            h('tbody', rows.filter((row) => row.slug === slug).map((row) => overviewRow(row, token, words))),
          ]),
        ]),
        ),
      ),
    ],
  });
}

export interface ReviewRow {
  entry: CatalogEntry;
  kind: string;
  sourceLine: number;
  findings: Finding[];
  /** The entry's version as loaded (entryVersion): sent back with a save, checked under the lock. */
  version: string;
  /**
   * The translation an editor approved before a machine updated it (an `llm … update` origin): the
   * row shows what the update changed, word by word. Absent until such data exists.
   */
  previousTranslation?: string;
}

/** A refused save, shown in the row: the editor's text stays in the field, the disk's beside it. */
export interface Conflict {
  mine: string;
  /** The action the editor asked for, repeated by "keep mine". */
  action: string;
}

const STATE_WORD = { untranslated: 'untranslated', 'needs-review': 'needsReview', stale: 'stale', approved: 'approved' } as const;

function wordDiff(label: string, before: string, after: string, className: string): Element {
  return h(`div.${className}`, [
    h('span.label', label),
    ...diffWords(before, after).map((part) => (part.added ? h('ins', part.value) : part.removed ? h('del', part.value) : part.value)),
  ]);
}

function conflictBox(entry: CatalogEntry, words: ReviewWords, language: string): Element {
  return h('div.conflict', { role: 'group', 'aria-label': words.conflictTitle }, [
    h('p', words.conflictTitle),
    h('div.theirs', { lang: language, dir: directionOf(language), dataText: entry.translation }, entry.translation || words.onDiskEmpty),
    h('div.conflict-actions', [h('button.keep-mine', { type: 'button' }, words.keepMine), h('button.take-theirs', { type: 'button' }, words.takeTheirs)]),
  ]);
}

/** The translation as readers will see it, shown only when its Markdown makes a difference. */
function preview(translation: string, language: string, words: ReviewWords): Element {
  const nodes = previewOf(translation);
  return h('div.preview', { lang: language, dir: directionOf(language), 'aria-label': words.preview, hidden: !hasMarkup(nodes) }, nodes);
}

/** One row per segment, in document order. With `conflict`, the row of a refused save. */
export function entryRow(row: ReviewRow, language: string, index: number, words: ReviewWords, conflict?: Conflict): Element {
  const { entry } = row;
  const n = index + 1;
  const errors = [...new Set(row.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule))];
  const who = approvedBy(entry);
  const draft = machineDraft(entry);
  const origin = entry.state === 'approved' && who ? fill(words.approvedBy, { name: who }) : entry.origin ?? (entry.translation ? words.editor : '');
  const diffs: Element[] = [];
  if (entry.state === 'stale' && entry.previousSource !== undefined) diffs.push(wordDiff(words.sourceChanged, entry.previousSource, entry.source, 'diff'));
  const direction = directionOf(language);
  return h(
    'tr.entry',
    {
      id: `entry-${n}`,
      dataKey: entryKey(entry),
      dataVersion: row.version,
      dataState: entry.state,
      dataFindings: String(row.findings.length),
      dataErrors: errors.join(' '),
      dataPending: conflict?.action,
      tabindex: -1,
    },
    [
      h('td.pick', h('input', { type: 'checkbox', 'aria-label': fill(words.selectEntry, { n }) })),
      h('td.source', [h('div.meta', `${n} · ${row.kind} · ${fill(words.line, { line: row.sourceLine })}`), h('div.text', { lang: 'en', dir: 'ltr' }, entry.source), ...diffs]),
      h('td.translation', [
        h('textarea', { lang: language, dir: direction, rows: Math.min(12, Math.max(2, Math.ceil(entry.source.length / 70))), 'aria-label': fill(words.translationOf, { n }) }, conflict ? conflict.mine : entry.translation),
        ...(conflict ? [conflictBox(entry, words, language)] : []),
        ...(row.previousTranslation !== undefined ? [wordDiff(words.updateChanged, row.previousTranslation, entry.translation, 'update-diff')] : []),
        preview(entry.translation, language, words),
        h('div.status', { role: 'status' }),
      ]),
      h('td.info', [
        h(`span.state.state-${entry.state}`, words[STATE_WORD[entry.state]]),
        h('div.origin', origin),
        ...(row.findings.length ? [h('ul.findings', row.findings.map((finding) => h(`li.${finding.severity}`, { title: finding.rule }, `${finding.message} [${finding.rule}]`)))] : []),
        h('div.confirm', { hidden: true, role: 'alertdialog', 'aria-label': words.approveAnyway }, [
          h('p'),
          h('button.approve-anyway', { type: 'button' }, words.approveAnyway),
          h('button.cancel', { type: 'button' }, words.cancel),
        ]),
        h('div.actions', [
          h('button.approve', { type: 'button', title: words.approveTitle }, words.approve),
          h('button.save', { type: 'button', title: words.saveTitle }, words.save),
          h('button.revert', { type: 'button', title: words.revertTitle, disabled: !draft || draft.text === entry.translation }, words.revert),
        ]),
      ]),
    ],
  ) as Element;
}

/** The review view of one statement in one language. */
export function languagePage(args: { slug: string; title: string; language: string; rows: ReviewRow[]; counts: SegmentCounts; token: string; nonce: string; ui: PageWords }): string {
  const { language, rows, ui } = args;
  const { words } = ui;
  const filters: [string, string][] = [
    ['needs-review', words.needsReview],
    ['stale', words.stale],
    ['untranslated', words.untranslated],
    ['findings', words.findings],
    ['all', words.all],
  ];
  return page({
    title: `${autonym(language)} · ${args.title}`,
    nonce: args.nonce,
    token: args.token,
    ui,
    data: { language, slug: args.slug },
    body: [
      h('header.top', [
        h('p', h('a', { href: `/?token=${args.token}` }, words.allLanguages)),
        h('h1', [h('span', { lang: language }, autonym(language)), ` · ${args.title}`]),
        progress(args.counts, words),
        h('div.toolbar', [
          h('div.filters', { role: 'group', 'aria-label': words.show }, filters.map(([filter, label]) => h('button.filter', { type: 'button', dataFilter: filter, 'aria-pressed': filter === 'all' ? 'true' : 'false' }, label))),
          h('input.search', { type: 'search', placeholder: words.searchPlaceholder, 'aria-label': words.search }),
          h('button.approve-selected', { type: 'button' }, words.approveSelected),
        ]),
        h('p.keys', words.keys),
        h('div.notice', { role: 'alert', hidden: true }),
      ]),
      h(
        'main',
        h('table.entries', [
          h('thead', h('tr', [h('th', h('span.visually-hidden', words.select)), h('th', words.source), h('th', words.translation), h('th', words.state)])),
          h('tbody', rows.map((row, index) => entryRow(row, language, index, words))),
        ]),
      ),
    ],
  });
}
