// Raw HTML in a statement: what it means in each format. Never trusted: HTML output sanitizes it,
// plain formats show its text content, and comments never reach an edition.

/** `<!-- … -->` and nothing else. */
export function isComment(value: string): boolean {
  return /^<!--[\s\S]*-->$/.test(value.trim());
}

/** What sanitizing will drop from a piece of raw HTML, in words, for the warning at its line. */
export function droppedHtml(value: string): string[] {
  const found: string[] = [];
  for (const match of value.matchAll(/<(script|style|iframe|object|embed)\b/gi)) found.push(`<${match[1].toLowerCase()}>`);
  for (const match of value.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) found.push(`the ${match[1].toLowerCase()} handler`);
  if (/\b(?:href|src)\s*=\s*["']?\s*javascript:/i.test(value)) found.push('a javascript: link');
  return [...new Set(found)];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '\u00ad', mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®' };

/**
 * The text a reader of a plain format gets from raw HTML: tags removed (`<br>` becomes a line
 * break, `<img>` its alt text), comments, scripts and styles dropped, character references decoded.
 * Example: `<abbr title="World Health Organization">WHO</abbr>` → "WHO".
 */
export function htmlText(value: string): string {
  return value
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    // An image's text is its alt text, as in Markdown images.
    .replace(/<img\b[^>]*?\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi, (_whole, double?: string, single?: string, bare?: string) => double ?? single ?? bare ?? '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * Whether a block of raw HTML carries text for readers, and so is a segment: not a comment, holding
 * no code or preformatted text (`<pre>`, `<script>`, `<style>`, `<textarea>`: their whitespace is
 * content), and some letter or digit outside its tags.
 * Example: `<p align="center">Signed in Geneva</p>` → true; `<div align="center">` → false.
 */
export function isTranslatableHtml(value: string): boolean {
  if (isComment(value) || /<(pre|script|style|textarea)\b/i.test(value)) return false;
  return /[\p{L}\p{N}]/u.test(htmlText(value));
}

/** Raw HTML cut into tags, character references and text, in order: `a<b>c</b>&amp;` → a, <b>, c, </b>, &amp;. */
export function htmlTokens(value: string): { kind: 'tag' | 'reference' | 'text'; value: string }[] {
  return value
    .split(/(<!--[\s\S]*?-->|<[^>]*>|&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);)/i)
    .filter((part) => part !== '')
    .map((part) => ({ kind: part.startsWith('<') ? 'tag' : /^&[^\s;]+;$/.test(part) ? 'reference' : 'text', value: part }));
}
