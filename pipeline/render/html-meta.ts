// The <head> links and meta of an edition: hreflang alternates, and with a baseUrl absolute ones,
// x-default, canonical, Open Graph and Twitter cards. Metadata only ever enters as attribute values.
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Edition } from '../edition.js';
import { editionFile, editionPath } from './paths.js';

/** `https://example.org/statements/` + `es/x.html`, or undefined without a baseUrl. */
export function absoluteUrl(baseUrl: string | undefined, relative: string): string | undefined {
  return baseUrl ? new URL(relative, baseUrl).href : undefined;
}

/** Open Graph wants language_TERRITORY: pt-BR → pt_BR; a script subtag has no place there. */
const ogLocale = (code: string) => {
  const locale = new Intl.Locale(code);
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
};

export function headLinks(edition: Edition, baseUrl?: string): Element[] {
  const { slug, language, meta } = edition;
  const href = (code: string) => absoluteUrl(baseUrl, editionPath(code, slug, 'html')) ?? `../${code}/${editionFile(slug, 'html')}`;
  const alternates = edition.siblings.map((code) => h('link', { rel: 'alternate', hreflang: code, href: href(code) }));
  if (!baseUrl) return alternates;
  const self = href(language);
  const description = meta.summary ?? meta.subtitle;
  return [
    h('link', { rel: 'canonical', href: self }),
    ...alternates,
    h('link', { rel: 'alternate', hreflang: 'x-default', href: href(edition.sourceLanguage) }),
    h('meta', { property: 'og:type', content: 'article' }),
    h('meta', { property: 'og:title', content: meta.title }),
    ...(description ? [h('meta', { property: 'og:description', content: description })] : []),
    h('meta', { property: 'og:url', content: self }),
    h('meta', { property: 'og:site_name', content: meta.organization }),
    h('meta', { property: 'og:locale', content: ogLocale(language) }),
    ...edition.siblings.filter((code) => code !== language).map((code) => h('meta', { property: 'og:locale:alternate', content: ogLocale(code) })),
    h('meta', { name: 'twitter:card', content: 'summary' }),
    h('meta', { name: 'twitter:title', content: meta.title }),
    ...(description ? [h('meta', { name: 'twitter:description', content: description })] : []),
  ];
}
