// Format directives gettext keeps unbroken when it wraps a string flagged c-format or python-format
// (write-po.c: "Don't break inside format directives"). An approximation of gettext's format-c.c and
// format-python.c parsers: directives are found left to right and the search stops at the first
// invalid one, as gettext's parsers do; other formats are not looked at (see po/README).

const C_DIRECTIVE = /%(?:([1-9]\d*)\$)?[-+ #0'I]*(?:\*(?:[1-9]\d*\$)?|\d+)?(?:\.(?:\*(?:[1-9]\d*\$)?|\d+)?)?(?:hh|h|ll|l|L|q|j|z|Z|t)*(?:[diouxXeEfFgGaAcspnCSm%]|<PRI[diouxX](?:8|16|32|64|LEAST8|LEAST16|LEAST32|LEAST64|FAST8|FAST16|FAST32|FAST64|MAX|PTR)>)/y;
const PYTHON_DIRECTIVE = /%(\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(?:\*|\d+)?)?[hlL]?[diouxXeEfFgGcrsa%]/y;

/** Which directive syntax applies: gettext uses the first format flag, in its order, that is not negated. */
export function formatOf(canonicalFlags: readonly string[]): 'c' | 'python' | undefined {
  const flag = canonicalFlags.find((item) => item.endsWith('-format') && !item.startsWith('no-'));
  if (flag === 'c-format' || flag === 'objc-format') return 'c';
  if (flag === 'python-format') return 'python';
  return undefined;
}

/** For each UTF-16 index of `value`: 1 where a line break must not go (inside a directive, after its first character). */
export function directiveInteriors(value: string, format: 'c' | 'python'): Uint8Array | undefined {
  if (!value.includes('%')) return undefined;
  const inside = new Uint8Array(value.length);
  const pattern = format === 'c' ? C_DIRECTIVE : PYTHON_DIRECTIVE;
  let numbered = false;
  let unnumbered = false;
  for (let index = value.indexOf('%'); index >= 0; index = value.indexOf('%', index)) {
    pattern.lastIndex = index;
    const match = pattern.exec(value);
    if (!match) break;
    const literal = match[0].endsWith('%') && match[0].length === 2;
    if (!literal) {
      // gettext refuses to mix numbered and unnumbered (c) or named and unnamed (python) directives.
      if (match[1] !== undefined) numbered = true;
      else unnumbered = true;
      if (numbered && unnumbered) break;
    }
    inside.fill(1, index + 1, index + match[0].length);
    index += match[0].length;
  }
  return inside;
}
