// Per-process memos for the catalog checks. Every source segment is checked once per language
// (16 times for a 16-language statement) against a translation seen only once: what is computed
// from the source alone is worth keeping, what is computed from a translation is not.

/** Past this many texts a memo starts afresh, so a long-lived process (the review server) stays small. */
const LIMIT = 50_000;

/**
 * `compute` memoised for texts that recur: a value is kept from the second time its text is asked
 * for, so a text seen once (a translation) costs a key in a set, never its value. The value is
 * shared between callers: `compute` must return something no caller changes (freeze it).
 */
export function recurring<T>(compute: (text: string) => T, limit = LIMIT): (text: string) => T {
  const seen = new Set<string>();
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    const value = compute(text);
    if (seen.has(text)) kept.set(text, value);
    else if (seen.add(text).size > limit) {
      seen.clear();
      kept.clear();
    }
    return value;
  };
}

/** `compute` memoised per language, each language's memo as `recurring` keeps it. */
export function recurringPerLanguage<T>(compute: (text: string, language: string) => T): (text: string, language: string) => T {
  const byLanguage = new Map<string, (text: string) => T>();
  return (text, language) => {
    let memo = byLanguage.get(language);
    if (!memo) byLanguage.set(language, (memo = recurring((value) => compute(value, language))));
    return memo(text);
  };
}
