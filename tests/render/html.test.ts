import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { renderHtml } from '../../pipeline/render/html.js';
import { committedCatalog, englishEdition, translatedEdition, ui } from '../support/editions.js';
import { toHtml } from 'hast-util-to-html';
import { bodyToHast } from '../../pipeline/render/html-body.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { applyCatalog } from '../../pipeline/review/apply.js';
import { identityCatalog } from '../document/identity.js';

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

describe('render/html-body: the statement body', () => {
  const front = '---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\n';
  const body = (markdown: string) => parseStatement(front + markdown, 'source/x.md', 'x');
  const html = (markdown: string, t?: (key: string) => string) => toHtml(bodyToHast(body(markdown).tree, { t }));

  it('maps heading levels without gaps under the title: ## → h2, #### → h3', () => {
    expect(html('## Demands\n\n#### Detail\n')).toBe('<h2 dir="auto">Demands</h2>\n<h3 dir="auto">Detail</h3>');
    expect(html('# One\n\n## Two\n')).toBe('<h2 dir="auto">One</h2>\n<h3 dir="auto">Two</h3>');
  });

  it('titles the notes section and labels its back links with the edition’s UI words', () => {
    const spanish = (key: string) => ({ 'notes.title': 'Notas', 'notes.back': 'Volver al texto' })[key] ?? key;
    const out = html('Texto.[^1]\n\n[^1]: Una nota.\n', spanish);
    expect(out).toContain('<h2 id="user-content-footnote-label" dir="auto">Notas</h2>');
    expect(out).toContain('aria-label="Volver al texto"');
    expect(out).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a>');
    expect(out).toContain('<li id="user-content-fn-1" dir="auto">');
  });

  it('keeps safe raw HTML, drops scripts, handlers and comments', () => {
    const out = html('The <abbr title="World Health Organization">WHO</abbr> <b onclick="x()">said</b><!-- hidden -->.\n\n<div class="box" onmouseover="y()">\n<img src="a.png" alt="A" onerror="z()">\n</div>\n\n<script>alert(1)</script>\n\n<!-- editors only -->\n');
    expect(out).toContain('<abbr title="World Health Organization">WHO</abbr>');
    expect(out).toContain('<b>said</b>');
    expect(out).toContain('<img src="a.png" alt="A">');
    expect(out).not.toMatch(/onclick|onmouseover|onerror|script|alert|hidden|editors only|<!--/);
  });

  it('shows raw HTML that a translation adds (its source has none) as text, never as markup', () => {
    const statement = body('The <b>WHO</b> said.\n');
    const catalog = identityCatalog(statement);
    const entry = catalog.entries.find((item) => item.source.startsWith('The'))!;
    entry.translation = 'La <b>OMS</b> <a href="https://evil.example">dijo</a> <img src="https://evil.example/x.png">.';
    const out = toHtml(bodyToHast(applyCatalog(statement, catalog).tree));
    expect(out).toContain('<b>OMS</b>');
    expect(out).toContain('&#x3C;a href="https://evil.example">dijo&#x3C;/a>');
    expect(elements(parse(out), (node) => node.tagName === 'a' || node.tagName === 'img')).toEqual([]);
  });

  it('translates a block of raw HTML, keeping only the source’s tags: any other tag shows as text', () => {
    const statement = body('<p align="center">Signed in <b>Geneva</b></p>\n');
    const catalog = identityCatalog(statement);
    const entry = catalog.entries.find((item) => item.source.startsWith('<p'))!;
    entry.translation = '<p align="center">Firmado en <b>Ginebra</b> <a href="https://evil.example">aquí</a><script>x()</script></p>';
    const out = toHtml(bodyToHast(applyCatalog(statement, catalog).tree));
    expect(out).toContain('<p align="center" dir="auto">Firmado en <b>Ginebra</b> &#x3C;a href="https://evil.example">aquí&#x3C;/a>&#x3C;script>x()&#x3C;/script></p>');
    expect(elements(parse(out), (node) => node.tagName === 'a' || node.tagName === 'script')).toEqual([]);
  });

  it('keeps footnote references in a translation, numbered as in the source', () => {
    const statement = body('The summit[^s] met.\n\n[^s]: In Washington.\n');
    const catalog = identityCatalog(statement);
    for (const entry of catalog.entries) entry.translation = entry.source.replace('The summit', 'La cumbre').replace('met.', 'se reunió.').replace('In Washington.', 'En Washington.');
    const out = toHtml(bodyToHast(applyCatalog(statement, catalog).tree));
    expect(out).toContain('La cumbre<sup><a href="#user-content-fn-s"');
    expect(out).toContain('En Washington.');
    expect(out).not.toContain('[^s]');
  });
});
