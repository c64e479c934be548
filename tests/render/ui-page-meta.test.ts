// With a baseUrl, an edition names its canonical address, its alternates absolutely (x-default: the
// source language), and carries Open Graph and Twitter cards; the sitemap lists every edition.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { renderHtml } from '../../pipeline/render/html.js';
import { renderIndex } from '../../pipeline/render/index-page.js';
import { renderSitemap } from '../../pipeline/render/sitemap.js';
import { uiTranslator } from '../../pipeline/render/ui.js';
import { englishEdition, translatedEdition } from '../support/editions.js';
import { resolveConfig } from '../../pipeline/config.js';

const BASE = 'https://example.org/statements/';
const fromHtml = (html: string) => unified().use(rehypeParse).parse(html) as Root;
/** Elements by tag and attribute values (`'og:title'` as property, or rel/name), in document order. */
function selectAll(tag: string, match: Record<string, string | RegExp>, tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== tag) return;
    const ok = Object.entries(match).every(([key, want]) => {
      const value = node.properties[key];
      const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      return typeof want === 'string' ? text === want : want.test(text);
    });
    if (ok) found.push(node);
  });
  return found;
}
const attrs = (html: string, tag: string, match: Record<string, string | RegExp>, name: string) => selectAll(tag, match, fromHtml(html)).map((node) => String(node.properties[name]));

describe('page meta with a baseUrl', () => {
  const html = renderHtml(translatedEdition('ru'), uiTranslator({}, 'ru', 'en'), { baseUrl: BASE });

  it('links the canonical address and every language absolutely, with x-default on the source', () => {
    expect(attrs(html, 'link', { rel: 'canonical' }, 'href')).toEqual([`${BASE}ru/2024-nato-summit.html`]);
    expect(selectAll('link', { rel: 'alternate' }, fromHtml(html)).map((node) => `${node.properties.hrefLang} ${node.properties.href}`)).toEqual([
      `en ${BASE}en/2024-nato-summit.html`,
      `ru ${BASE}ru/2024-nato-summit.html`,
      `x-default ${BASE}en/2024-nato-summit.html`,
    ]);
  });

  it('carries Open Graph and Twitter cards in the edition’s language', () => {
    const title = selectAll('title', {}, fromHtml(html))[0];
    const ogTitle = attrs(html, 'meta', { property: 'og:title' }, 'content')[0];
    expect(ogTitle).toBe((title.children[0] as { value: string }).value);
    expect(attrs(html, 'meta', { property: 'og:url' }, 'content')).toEqual([`${BASE}ru/2024-nato-summit.html`]);
    expect(attrs(html, 'meta', { property: 'og:locale' }, 'content')).toEqual(['ru']);
    expect(attrs(html, 'meta', { property: 'og:locale:alternate' }, 'content')).toEqual(['en']);
    expect(attrs(html, 'meta', { name: 'twitter:card' }, 'content')).toEqual(['summary']);
  });

  it('keeps relative alternates and no card without a baseUrl', () => {
    const plain = renderHtml(englishEdition(), uiTranslator({}, 'en', 'en'));
    expect(attrs(plain, 'link', { rel: 'alternate' }, 'href')).toEqual(['../en/2024-nato-summit.html', '../es/2024-nato-summit.html', '../ru/2024-nato-summit.html']);
    expect(selectAll('link', { rel: 'canonical' }, fromHtml(plain))).toEqual([]);
    expect(selectAll('meta', { property: /^og:/ }, fromHtml(plain))).toEqual([]);
  });

  it('gives the index its canonical address', () => {
    const index = renderIndex([], 'en', uiTranslator({}, 'en', 'en'), { baseUrl: BASE });
    expect(attrs(index, 'link', { rel: 'canonical' }, 'href')).toEqual([`${BASE}index.html`]);
  });
});

describe('renderSitemap', () => {
  it('lists the index and every HTML edition with its alternates', () => {
    const xml = renderSitemap(BASE, [{ slug: 'a-b', sourceLanguage: 'en', languages: ['en', 'zh-Hant'] }])!;
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1])).toEqual([`${BASE}index.html`, `${BASE}en/a-b.html`, `${BASE}zh-Hant/a-b.html`]);
    expect(xml.match(/hreflang="x-default" href="https:\/\/example\.org\/statements\/en\/a-b\.html"/g)).toHaveLength(2);
  });

  it('writes nothing without a baseUrl', () => {
    expect(renderSitemap(undefined, [{ slug: 'a', sourceLanguage: 'en', languages: ['en'] }])).toBeUndefined();
  });
});

describe('config baseUrl', () => {
  it('is resolved with a trailing slash; a non-http address is refused at its line', () => {
    expect(resolveConfig('sourceLanguage: en\nlanguages: [es]\nbaseUrl: https://example.org/s\n', '/w').baseUrl).toBe('https://example.org/s/');
    expect(() => resolveConfig('sourceLanguage: en\nlanguages: [es]\nbaseUrl: javascript:alert(1)\n', '/w')).toThrow(/baseUrl/);
  });
});

describe('page meta stays valid HTML', () => {
  it('html-validate (recommended) reports no error on an edition with every baseUrl meta', async () => {
    const { HtmlValidate } = await import('html-validate');
    const html = renderHtml(translatedEdition('ar'), uiTranslator({}, 'ar', 'en'), { baseUrl: BASE });
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'ar.html');
    const errors = report.results.flatMap((result) => result.messages.filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  });
});
