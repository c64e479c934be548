// Edition → one standalone HTML page (inline CSS, no network): the page shell around the body from
// html-body.ts. Metadata only ever enters as text nodes.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { bodyToHast } from './html-body.js';
import type { Edition } from '../edition.js';
import { autonym, formatDate, type Translate } from './ui.js';
import { editionFile } from './paths.js';
import { directionOf } from '../language.js';
import { PAGE_CSS } from './html-style.js';

/** Render one edition as a complete HTML document. */
export function renderHtml(edition: Edition, t: Translate): string {
  const { meta, language, direction } = edition;
  const body = bodyToHast(edition.tree);
  const date = formatDate(meta.date, language);
  const others = edition.siblings.filter((code) => code !== language);

  const banner: ElementContent[] =
    edition.status === 'draft'
      ? [h('div.draft-banner', { role: 'note' }, [h('strong', t('draft.banner')), ' ', t('draft.detail')])]
      : [];
  const released: ElementContent[] =
    edition.status === 'approved' ? [h('p.released', t('released', { date }))] : [];

  const formatLinks = edition.formats
    .filter((format) => format !== 'html')
    .map((format) => h('li', h('a', { href: editionFile(edition.slug, format), type: format === 'pdf' ? 'application/pdf' : 'text/plain' }, t(`formats.${format}`))));

  const page = h('html', { lang: language, dir: direction }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', meta.title),
      h('meta', { name: 'author', content: meta.author }),
      ...(meta.summary ? [h('meta', { name: 'description', content: meta.summary })] : []),
      h('meta', { name: 'generator', content: 'Editions' }),
      h('meta', { name: 'editions-status', content: edition.status }),
      ...edition.siblings.map((code) => h('link', { rel: 'alternate', hreflang: code, href: `../${code}/${editionFile(edition.slug, 'html')}` })),
      h('style', PAGE_CSS),
    ]),
    h('body', [
      ...banner,
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
      h('nav.editions', { 'aria-label': t('formats.label') }, [
        ...(formatLinks.length ? [h('p', t('formats.label')), h('ul', formatLinks)] : []),
        ...(others.length
          ? [
              h('p', t('otherLanguages')),
              h(
                'ul.languages',
                others.map((code) =>
                  h('li', h('a', { href: `../${code}/${editionFile(edition.slug, 'html')}`, hreflang: code, lang: code, dir: directionOf(code) }, autonym(code))),
                ),
              ),
            ]
          : []),
      ]),
    ]),
  ]) as Element;

  return `<!doctype html>\n${toHtml(page)}\n`;
}
