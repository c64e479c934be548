// output/sitemap.xml (only with a baseUrl): every HTML edition, each listing its language siblings
// as xhtml:link alternates with an x-default, as search engines read them.
import { editionPath } from './paths.js';
import { absoluteUrl } from './html-meta.js';

export interface SitemapStatement {
  slug: string;
  sourceLanguage: string;
  /** Languages that have an HTML edition of this statement. */
  languages: string[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap's text, or undefined without a baseUrl (relative URLs are not allowed in a sitemap). */
export function renderSitemap(baseUrl: string | undefined, statements: SitemapStatement[]): string | undefined {
  if (!baseUrl) return undefined;
  const url = (relative: string) => escapeXml(absoluteUrl(baseUrl, relative)!);
  const entries = [`  <url>\n    <loc>${url('index.html')}</loc>\n  </url>`];
  for (const statement of statements) {
    const href = (code: string) => url(editionPath(code, statement.slug, 'html'));
    const alternates = [
      ...statement.languages.map((code) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(code)}" href="${href(code)}"/>`),
      ...(statement.languages.includes(statement.sourceLanguage) ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${href(statement.sourceLanguage)}"/>`] : []),
    ];
    for (const code of statement.languages) entries.push(`  <url>\n    <loc>${href(code)}</loc>\n${alternates.join('\n')}\n  </url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
