// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text display in an order
// other than the one stored ("Trojan Source"): a reviewer would approve what readers never see.
// The marks U+200E (LRM) and U+200F (RLM) are ordinary punctuation of right-to-left writing and stay allowed.

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/** The same, for a yes/no test: a global pattern would carry lastIndex between texts. */
const ANY_BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
export const bidiName = (char: string) => {
  const code = char.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[code] ?? ''}`.trim();
};

/** Each control in a text with its line and column (1-based, in code points). */
export function bidiControls(text: string): { char: string; line: number; column: number }[] {
  const found: { char: string; line: number; column: number }[] = [];
  // Nearly every text has none: one test instead of an iterator over a copy of the pattern.
  if (!ANY_BIDI_CONTROL.test(text)) return found;
  for (const match of text.matchAll(BIDI_CONTROL)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    found.push({ char: match[0], line, column });
  }
  return found;
}
