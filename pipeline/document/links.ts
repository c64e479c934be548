// The one allow-list of link targets for every format: a link to anything else (javascript:, data:,
// vbscript:, file:, …) is shown as its words, never followed, in HTML, PDF and text alike.

/** URL schemes a published edition may link to. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/** True for a relative target (`#fn-1`, `other.html`) or one with an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): so must this test.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme.toLowerCase());
}
