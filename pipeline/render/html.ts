// Edition → one standalone HTML page (inline CSS, no network): the page shell around the body from
// html-body.ts. Landmarks: the language switcher (and draft banner) in <header>, the statement in
// <main>, downloads in <footer>. Metadata only ever enters as text nodes or attribute values.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { bodyToHast } from './html-body.js';
import type { Edition } from '../edition.js';
import { autonym, formatDate, languageDirection, type Translate } from './ui.js';
import { editionFile } from './paths.js';
import { PAGE_CSS } from './html-style.js';
import { headLinks } from './html-meta.js';

export interface HtmlOptions {
  /** Where output/ is published (config baseUrl, ending in "/"): absolute alternates, canonical, cards. */
  baseUrl?: string;
}

/** The language switcher: every edition's language by its own name, the current one marked. */
export function languageSwitcher(edition: Edition, t: Translate): Element {
  const { language, slug } = edition;
  const items = edition.siblings.map((code) =>
    h(
      'li',
      code === language
        ? h('span.current', { 'aria-current': 'page', lang: code, dir: languageDirection(code) }, autonym(code))
        : h('a', { href: `../${code}/${editionFile(slug, 'html')}`, hreflang: code, lang: code, dir: languageDirection(code) }, autonym(code)),
    ),
  );
  return h('nav.languages', { 'aria-label': t('language') }, [h('span.label', { 'aria-hidden': 'true' }, `${t('language')}:`), h('ul', items)]);
}

/** Render one edition as a complete HTML document. */
export function renderHtml(edition: Edition, t: Translate, options: HtmlOptions = {}): string {
  const { meta, language, direction } = edition;
  const body = bodyToHast(edition.tree, { t, file: `source/${edition.slug}.md` });
  const date = formatDate(meta.date, language);

  const banner: ElementContent[] =
    edition.status === 'draft' ? [h('div.draft-banner', { role: 'note' }, h('p', { dir: 'auto' }, [h('strong', t('draft.banner')), ' ', t('draft.detail')]))] : [];
  const released: ElementContent[] = edition.status === 'approved' ? [h('p.released', t('released', { date }))] : [];
  const formatLinks = edition.formats
    .filter((format) => format !== 'html')
    .map((format) => h('li', h('a', { href: editionFile(edition.slug, format), type: format === 'pdf' ? 'application/pdf' : 'text/plain' }, t(`formats.${format}`))));

  const page = h('html', { lang: language, dir: direction }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', meta.title),
      h('meta', { name: 'author', content: meta.author }),
      ...(meta.summary ? [h('meta', { name: 'description', content: meta.summary })] : []),
      h('meta', { name: 'generator', content: 'Editions' }),
      h('meta', { name: 'editions-status', content: edition.status }),
      ...headLinks(edition, options.baseUrl),
      h('style', PAGE_CSS),
    ]),
    h('body', [
      h('header.site', [...(edition.siblings.length > 1 ? [languageSwitcher(edition, t)] : []), ...banner]),
      h('main', [
        h('article', [
          h('header', [
            h('p.organization', { dir: 'auto' }, meta.organization),
            h('h1', { dir: 'auto' }, meta.title),
            ...(meta.subtitle ? [h('p.subtitle', { dir: 'auto' }, meta.subtitle)] : []),
            h('p.date', h('time', { datetime: meta.date }, t('published', { date }))),
            ...released,
          ]),
          ...(meta.summary ? [h('p.summary', { dir: 'auto' }, meta.summary)] : []),
          h('div.statement', body.children as ElementContent[]),
          h('footer.signature', [h('p.author', { dir: 'auto' }, meta.author), h('p.role', { dir: 'auto' }, meta.role), h('p.org', { dir: 'auto' }, meta.organization)]),
        ]),
      ]),
      ...(formatLinks.length ? [h('footer.site', h('nav.formats', { 'aria-label': t('formats.label') }, [h('p', t('formats.label')), h('ul', formatLinks)]))] : []),
    ]),
  ]) as Element;

  return `<!DOCTYPE html>\n${toHtml(page)}\n`;
}
