// Nothing lost between the author's Markdown and the reader: every example of the CommonMark spec
// (commonmark-spec 0.31.2, tabs written "→" in the spec made real tabs) and GFM cases of our own are
// built as statements; a language whose every translation equals its source (approved) must get an
// HTML body identical to the source's, and a text edition that keeps notes, targets, tasks and alt text.
import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { renderText } from '../../pipeline/render/text.js';
import { uiTranslator } from '../../pipeline/render/ui.js';
import { checkIdentity } from './identity.js';
import { GFM_CASES } from './gfm-cases.js';

const t = uiTranslator({ en: { published: 'Published {{date}}', released: 'Reviewed {{date}}', links: 'Links', notes: { title: 'Notes', back: 'Back to text' } } }, 'xx', 'en');
const examples = spec.tests.map((example) => ({ ...example, markdown: example.markdown.replace(/→/g, '\t') }));

const fragment = unified().use(rehypeParse, { fragment: true });

/** Note links (to a note and back) of an HTML body that point at no id in it. */
function brokenAnchors(html: string): string[] {
  const tree = fragment.parse(html);
  const ids = new Set<string>();
  const hrefs: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    const noteLink = node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
    if (noteLink) hrefs.push(String(node.properties.href).slice(1));
    if (typeof node.properties.ariaDescribedBy === 'string') hrefs.push(node.properties.ariaDescribedBy);
    if (Array.isArray(node.properties.ariaDescribedBy)) hrefs.push(...node.properties.ariaDescribedBy.map(String));
  });
  return hrefs.filter((href) => !ids.has(decodeURIComponent(href)));
}

describe('document model: the CommonMark spec, built as statements', () => {
  it(`has the spec's ${spec.tests.length} examples`, () => {
    expect(examples.length).toBe(652);
  });

  const outcomes = examples.map((example) => ({ example, outcome: checkIdentity(example.markdown) }));

  it('gives an identity translation an HTML body equal to the source’s, for 100 % of the examples', () => {
    const counts = { identical: 0, differs: 0, refused: 0 };
    for (const { outcome } of outcomes) counts[outcome.status]++;
    console.log(`CommonMark ${spec.tests.length} examples: ${counts.identical} identical, ${counts.differs} differ, ${counts.refused} refused`);
    const failed = outcomes.filter(({ outcome }) => outcome.status !== 'identical').map(({ example, outcome }) => `#${example.number} ${outcome.status}: ${outcome.error ?? outcome.translated}`);
    expect(failed).toEqual([]);
  });

  it('leaves no note link without its target in any example', () => {
    const broken = outcomes.flatMap(({ example, outcome }) => (outcome.translated ? brokenAnchors(outcome.translated).map((href) => `#${example.number}: ${href}`) : []));
    expect(broken).toEqual([]);
  });
});

describe('document model: GFM and real-world cases', () => {
  it.each(GFM_CASES.map((item) => [item.name, item] as const))('%s: identical HTML, and its text edition keeps what it must', (_name, item) => {
    const outcome = checkIdentity(item.markdown);
    expect(outcome.error).toBeUndefined();
    expect(outcome.translated).toBe(outcome.source);
    expect(brokenAnchors(outcome.translated!)).toEqual([]);
    const text = renderText(outcome.edition!, t);
    for (const expected of item.txt ?? []) expect(text).toContain(expected);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(72);
  });

  it('shows footnotes in the translated HTML as a section with back links, labelled from UI words', () => {
    const outcome = checkIdentity(GFM_CASES[0].markdown);
    const html = outcome.translated!;
    expect(html).toContain('<section data-footnotes class="footnotes">');
    expect(html).toMatch(/<h2 id="user-content-footnote-label" dir="auto">Notes<\/h2>/);
    expect(html).toMatch(/<a href="#user-content-fn-summit" id="user-content-fnref-summit"[^>]*>1<\/a>/);
    expect(html).toMatch(/href="#user-content-fnref-summit"[^>]*aria-label="Back to text"/);
    expect(html).not.toContain('[^');
  });

  it('expands reference links into the segment: the target travels with the text', () => {
    const { statement } = checkIdentity(GFM_CASES[2].markdown);
    expect(statement!.segments.at(-1)!.source).toBe('Read [the report](https://example.org/report "The report"), the [Declaration](https://example.org/declaration) and [NATO](https://www.nato.int/ "NATO").');
    const images = checkIdentity(GFM_CASES[3].markdown).statement!;
    expect(images.segments.at(-1)!.source).toBe('Logo: ![foo bar](/logo.png "Logo") and ![the map](https://example.org/map.png).');
  });

  it('keeps raw HTML out of harm: no script, no handler, in either edition', () => {
    for (const item of GFM_CASES.filter((each) => /script|onclick/.test(each.markdown) && !each.markdown.includes('`<script>`'))) {
      const outcome = checkIdentity(item.markdown);
      expect(outcome.translated).not.toMatch(/<script|onclick|alert\(1\)/);
      expect(outcome.statement!.warnings?.map((warning) => warning.rule)).toContain('html-dropped');
    }
  });
});
