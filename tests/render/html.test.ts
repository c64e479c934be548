import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { renderHtml } from '../../pipeline/render/html.js';
import { committedCatalog, englishEdition, translatedEdition, ui } from '../support/editions.js';

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;
const elements = (tree: Root, test: (node: Element) => boolean) => {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
};
const text = (node: Element | Root): string =>
  node.children.map((child) => (child.type === 'text' ? child.value : 'children' in child ? text(child as Element) : '')).join('');

describe('render/html', () => {
  it('renders the English source edition: lang, title, signature, other languages with hreflang', () => {
    const tree = parse(renderHtml(englishEdition(), ui('en')));
    const html = elements(tree, (node) => node.tagName === 'html')[0];
    expect(html.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(text(elements(tree, (node) => node.tagName === 'title')[0])).toBe('ILPS condemns the 2024 NATO Summit in Washington');
    expect(text(elements(tree, (node) => node.tagName === 'footer')[0])).toContain('Len Cooper');
    const switcher = elements(tree, (node) => node.tagName === 'a' && node.properties.hrefLang !== undefined).map((node) => [node.properties.href, node.properties.hrefLang, text(node)]);
    expect(switcher).toEqual([
      ['../es/2024-nato-summit.html', 'es', 'Español'],
      ['../ru/2024-nato-summit.html', 'ru', 'Русский'],
    ]);
    expect(elements(tree, (node) => String(node.properties.className ?? '').includes('draft-banner'))).toHaveLength(0);
    expect(elements(tree, (node) => node.tagName === 'p' && text(node).startsWith('The International League'))).toHaveLength(1);
  });

  it('shows a draft banner in the edition’s own language and links the PDF and text editions', () => {
    const html = renderHtml(translatedEdition('es', {}, 'draft', committedCatalog('es')), ui('es'));
    const tree = parse(html);
    const banner = elements(tree, (node) => (node.properties.className as string[] | undefined)?.includes('draft-banner') ?? false);
    expect(text(banner[0])).toContain('Borrador de traducción: aún no revisado');
    const hrefs = elements(tree, (node) => node.tagName === 'a').map((node) => node.properties.href);
    expect(hrefs).toContain('2024-nato-summit.pdf');
    expect(hrefs).toContain('2024-nato-summit.txt');
    expect(text(tree)).toContain('Publicado: julio de 2024');
  });

  it('states the review date on an approved edition', () => {
    const html = renderHtml(translatedEdition('fr', { '': 'Texte relu.' }, 'approved'), ui('fr'));
    expect(text(parse(html))).toContain('Traduction relue sur la base du texte original (juillet 2024)');
  });

  it('sets dir="rtl" for Arabic, and dir="auto" on blocks so an untranslated English paragraph reads left to right', () => {
    const tree = parse(renderHtml(translatedEdition('ar', { 'The International League': 'تدين الرابطة الدولية لنضال الشعوب (ILPS) قمة الناتو' }), ui('ar')));
    expect(elements(tree, (node) => node.tagName === 'html')[0].properties).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const paragraphs = elements(tree, (node) => node.tagName === 'p' && text(node).length > 40);
    expect(paragraphs.length).toBeGreaterThan(8);
    for (const paragraph of paragraphs) expect(paragraph.properties.dir).toBe('auto');
    expect(elements(tree, (node) => node.tagName === 'h1')[0].properties.dir).toBe('auto');
  });

  it('marks each language in the switcher with its own direction', () => {
    const edition = { ...englishEdition(), siblings: ['en', 'ar', 'he', 'ru'] };
    const links = elements(parse(renderHtml(edition, ui('en'))), (node) => node.tagName === 'a' && node.properties.hrefLang !== undefined);
    expect(links.map((node) => [node.properties.lang, node.properties.dir])).toEqual([['ar', 'rtl'], ['he', 'rtl'], ['ru', 'ltr']]);
  });

  it('never lets a hostile translation inject script, event handlers or dangerous URLs', () => {
    const hostile = {
      'ILPS condemns': '</title><script>alert("title")</script>',
      'The International League': 'Hi <script>alert(1)</script><img src=x onerror=alert(2)> <svg onload=alert(3)></svg>',
      'In its “Washington': '[click](javascript:alert(4)) and [data](data:text/html;base64,PHNjcmlwdD4=) and <a href="javascript:alert(5)">raw</a>',
      'The NATO declaration': '<iframe src="https://evil.example"></iframe><style>body{background:url(javascript:alert(6))}</style><div style="x:expression(alert(7))">css</div>',
      'NATO’s declaration': '<form action="https://evil.example"><input autofocus onfocus=alert(8)></form> <object data="x.swf"></object>',
    };
    const html = renderHtml(translatedEdition('es', hostile), ui('es'));
    const tree = parse(html);
    expect(elements(tree, (node) => ['script', 'iframe', 'svg', 'object', 'form', 'input', 'img'].includes(node.tagName))).toEqual([]);
    expect(elements(tree, (node) => node.tagName === 'style')).toHaveLength(1);
    for (const node of elements(tree, () => true)) {
      for (const [name, value] of Object.entries(node.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${node.tagName} ${name}`).toBe(false);
        expect(String(value)).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        if (name === 'style') throw new Error(`style attribute on ${node.tagName}`);
      }
    }
    expect(text(elements(tree, (node) => node.tagName === 'title')[0])).toBe('</title><script>alert("title")</script>');
  });
});
