// One allow-list of link schemes for every format, and translations that never add a link or an
// image their source does not have (issue 9 items 10 and 11).
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { isSafeUrl } from '../../pipeline/document/links.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { applyCatalog } from '../../pipeline/review/apply.js';
import { bodyToHast } from '../../pipeline/render/html-body.js';
import type { Catalog } from '../../pipeline/edition.js';

const statement = parseStatement('---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\nRead [the report](https://ilps.info/report) now.\n', 'source/x.md', 'x');
const translated = (translation: string) => {
  const segment = statement.segments.find((item) => item.kind === 'paragraph')!;
  const catalog: Catalog = { language: 'es', headers: {}, obsolete: [], entries: [{ context: '', source: segment.source, translation, state: 'needs-review', references: [], notes: [], comments: [] }] };
  return toHtml(bodyToHast(applyCatalog(statement, catalog).tree));
};

describe('links: one allow-list, and nothing a translation adds', () => {
  it('allows http, https, mailto and relative targets; refuses javascript:, data:, vbscript:, file:, even disguised', () => {
    for (const url of ['https://ilps.info', 'http://x.org/a?b', 'mailto:press@ilps.info', '#fn-1', 'other.html']) expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) expect(isSafeUrl(url), url).toBe(false);
  });

  it('keeps the links and images of the source in a translation', () => {
    expect(translated('Lea [el informe](https://ilps.info/report) ahora.')).toContain('<a href="https://ilps.info/report">el informe</a>');
  });

  it('shows an image a translation adds as its alt text, and a link it adds as its words: nothing is fetched or followed', () => {
    const html = translated('Lea [el informe](https://ilps.info/report) ![píxel](https://tracker.example/p.png) y [gane](https://phish.example/win).');
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('phish.example');
    expect(html).not.toContain('<img');
    expect(html).toContain('píxel');
    expect(html).toContain('y gane.');
    expect(html).toContain('<a href="https://ilps.info/report">el informe</a>');
  });
});
