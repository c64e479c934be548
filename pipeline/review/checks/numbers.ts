// Numbers as values, whatever the locale writes: 320,000 = 320.000 = 320 000 = ٣٢٠٬٠٠٠ = 32万.

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

/** Any Unicode decimal digit of the common scripts → ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/g, (digit) => {
    const code = digit.codePointAt(0)!;
    const base = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9)!;
    return String(code - base);
  });
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 만: 1e4, 억: 1e8 };

/**
 * The numeric values in a text, sorted. A separator followed by exactly three digits groups
 * thousands; any other separator is a decimal point. Example: "2,5 % de 320.000" → [2.5, 320000].
 */
export function numbersIn(text: string): number[] {
  const ascii = asciiDigits(text);
  const values: number[] = [];
  for (const match of ascii.matchAll(/\d+(?:[.,\u00a0\u202f\u066b\u066c' ]\d+)*(?:\s?([万萬億亿만억]))?/g)) {
    const [whole, multiplier] = match;
    const digits = multiplier ? whole.slice(0, -multiplier.length).trim() : whole;
    const parts = digits.split(/[.,\u00a0\u202f\u066b\u066c' ]/);
    let value: number;
    if (parts.length === 1) value = Number(parts[0]);
    else {
      const last = parts[parts.length - 1];
      const grouped = parts[0].length <= 3 && parts.slice(1).every((part) => part.length === 3);
      value = grouped ? Number(parts.join('')) : Number(`${parts.slice(0, -1).join('')}.${last}`);
    }
    // "2024 2025" is two years, not 2,024,025: a space only groups when every group has three digits.
    if (/[ \u00a0\u202f]/.test(digits) && !(parts[0].length <= 3 && parts.slice(1).every((part) => part.length === 3))) {
      values.push(...parts.map(Number));
      continue;
    }
    values.push(multiplier ? value * MULTIPLIERS[multiplier] : value);
  }
  return values.sort((a, b) => a - b);
}
