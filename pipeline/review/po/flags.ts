// `#,` flags the way gettext 0.21 keeps them (read-catalog-abstract.c, write-po.c): fuzzy first, then
// format flags in gettext's own order, range, no-wrap. Flags gettext does not know are kept after them,
// in the order written, because msgfmt accepts them and another tool may need them.

/** format_language[] of gettext 0.21 (format.c), in the order msgcat writes them. */
const FORMATS = ['c', 'objc', 'python', 'python-brace', 'java', 'java-printf', 'csharp', 'javascript', 'scheme', 'lisp', 'elisp', 'librep', 'ruby', 'sh', 'awk', 'lua', 'object-pascal', 'smalltalk', 'qt', 'qt-plural', 'kde', 'kde-kuit', 'boost', 'tcl', 'perl', 'perl-brace', 'php', 'gcc-internal', 'gfc-internal', 'ycp'];

/** The flags (other than fuzzy) msgcat would write for these, in its order; `wrap` is whether to fold lines. */
export function canonicalFlags(flags: readonly string[], obsolete = false): { flags: string[]; wrap: boolean } {
  const formats = new Map<string, string>();
  let range: string | undefined;
  let wrap: boolean | undefined;
  const unknown: string[] = [];
  for (const flag of flags) {
    if (flag === 'fuzzy') continue;
    const format = /^(no-|possible-|impossible-)?(.+)-format$/.exec(flag);
    if (format && FORMATS.includes(format[2])) {
      formats.set(format[2], format[1] ?? '');
      continue;
    }
    const bounds = /^range: (\d+)\.\.(\d+)$/.exec(flag);
    if (bounds && Number(bounds[1]) <= Number(bounds[2])) range = `range: ${Number(bounds[1])}..${Number(bounds[2])}`;
    else if (flag === 'wrap' || flag === 'no-wrap') wrap = flag === 'wrap';
    else if (!unknown.includes(flag)) unknown.push(flag);
  }
  const result: string[] = [];
  for (const name of FORMATS) {
    const prefix = formats.get(name);
    if (prefix === undefined || prefix === 'impossible-') continue;
    result.push(`${prefix === 'no-' ? 'no-' : ''}${name}-format`);
  }
  // write-po.c keeps no range on obsolete entries.
  if (range && !obsolete) result.push(range);
  if (wrap === false) result.push('no-wrap');
  return { flags: [...result, ...unknown], wrap: wrap !== false };
}
