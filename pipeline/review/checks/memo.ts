// Per-process memos for the catalog checks. Every source segment is checked once per language
// (16 times for a 16-language statement) against a translation seen only once: what is computed
// from the source alone is worth keeping, what is computed from a translation is not.

/** Past this many texts a memo starts afresh, so a long-lived process (the review server) stays small. */
const LIMIT = 50_000;

/**
 * `compute` memoised for texts that recur: a value is kept from the second time its text is asked
 * for. A text seen once (a translation) leaves only a 32-bit hash behind, never its value nor the
 * text itself, so a long-lived process does not hold on to every translation it ever checked (a
 * hash collision only keeps a value one sighting early). The value is shared between callers:
 * `compute` must return something no caller changes (freeze it).
 */
export function recurring<T>(compute: (text: string) => T, limit = LIMIT): (text: string) => T {
  const seen = new Set<number>();
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text)!;
    const value = compute(text);
    const hash = fnv1a(text);
    if (seen.has(hash)) {
      if (kept.size >= limit) kept.clear();
      kept.set(text, value);
    } else if (seen.add(hash).size > limit) {
      seen.clear();
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

/** 32-bit FNV-1a over UTF-16 code units: cheap, and good enough to tell texts apart for a memo. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
