// Figures as values, read the way each language writes them: 320,000 = 320.000 = 320 000 = ٣٢٠٬٠٠٠
// = 3,20,000 = 32万 = 32만; 2.5 million = 2,5 Millionen = 2,5 млн = 250万 = 25 लाख; March 31 = 3月31日.
import { recurringPerLanguage } from './memo.js';
import { asciiDigits, CJK_MULTIPLIERS, monthIndex, monthNames, separatorsOf, WORD_MULTIPLIERS } from './number-words.js';

export { asciiDigits } from './number-words.js';

/** One figure in a text: its value, another reading when the marks are ambiguous, and how it was written. */
export interface Figure {
  value: number;
  /** "2.500" in English is 2.5, but a translator may mean 2,500: both readings are accepted. */
  alternate?: number;
  text: string;
}

const SPACE = /[ \u00a0\u202f\u2009]/;
const NUMBER = /\d+(?:[.,'’\u00a0\u202f\u2009 \u066b\u066c]\d+)*/g;
const HAN_MULTIPLIER = /^([十百千万萬億亿兆]+)/;
// Hangul multipliers are written against the figure (3조 원); "제 25 조" is Article 25.
const HANGUL_MULTIPLIER = /^([백천만억조]+)/;
const WORD = /^[\s\u00a0\u202f-]*([\p{L}\p{M}]+)\.?/u;
const ASCII_DIGIT = /[0-9]/;

const standard = (digits: string, mark: string) => groupings(mark).standard.test(digits);
const indian = (digits: string, mark: string) => groupings(mark).indian.test(digits);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const groupingPatterns = new Map<string, { standard: RegExp; indian: RegExp }>();

/** Thousands grouped by `mark` (1,234,567) and Indian grouping (12,34,567), compiled once per mark. */
function groupings(mark: string): { standard: RegExp; indian: RegExp } {
  let found = groupingPatterns.get(mark);
  if (!found) {
    found = { standard: new RegExp(`^\\d{1,3}(?:${escape(mark)}\\d{3})+$`), indian: new RegExp(`^\\d{1,2}(?:${escape(mark)}\\d{2})+${escape(mark)}\\d{3}$`) };
    groupingPatterns.set(mark, found);
  }
  return found;
}

const plain = (digits: string) => Number(digits.replace(/\D/g, ''));

/** Values written with separators: "320,000", "3,20,000", "2,5", "1.234,5", "320 000"; ambiguous ones get two readings. */
function readDigits(digits: string, language: string): (Omit<Figure, 'text'> & { text?: string })[] {
  const marks: string[] = digits.match(/\D/g) ?? [];
  if (!marks.length) return [{ value: Number(digits) }];
  if (marks.some((mark) => SPACE.test(mark))) {
    // Spaces group thousands only in a well-formed grouping; "2024 2025" is two years.
    const parts = digits.split(SPACE);
    const wellFormed = parts[0].length <= 3 && /^\d+$/.test(parts[0]) && parts.slice(1, -1).every((part) => /^\d{3}$/.test(part)) && /^\d{3}(?:[.,\u066b]\d+)?$/.test(parts[parts.length - 1]);
    if (wellFormed) return readDigits(parts.join(''), language);
    return parts.flatMap((part) => readDigits(part, language).map((figure) => ({ ...figure, text: part })));
  }
  const kinds = [...new Set(marks)];
  const last = marks[marks.length - 1];
  if (kinds.length === 2 && marks.indexOf(last) === marks.length - 1) {
    const [whole, fraction] = [digits.slice(0, digits.lastIndexOf(last)), digits.slice(digits.lastIndexOf(last) + 1)];
    const group = kinds.find((kind) => kind !== last)!;
    if (standard(whole, group) || indian(whole, group)) return [{ value: Number(`${plain(whole)}.${fraction}`) }];
  }
  if (kinds.length === 1 && marks.length >= 2) {
    if (standard(digits, last) || indian(digits, last)) return [{ value: plain(digits) }];
  }
  if (kinds.length === 1 && marks.length === 1) return [readOneMark(digits, last, language)];
  // Anything else ("31.03.2024", "1.2.3") is several figures.
  return digits.split(/\D/).map((part) => ({ value: Number(part), text: part }));
}

/** "2,500": a group in English, a decimal in German; the language decides, the other reading is kept. */
function readOneMark(digits: string, mark: string, language: string): Omit<Figure, 'text'> {
  const [whole, fraction] = digits.split(mark);
  const decimal = Number(`${whole}.${fraction}`);
  const grouped = Number(whole + fraction);
  if (mark === '\u066b') return { value: decimal };
  if (mark === '\u066c' || mark === "'" || mark === '’') return { value: grouped };
  if (fraction.length !== 3 || whole.length > 3 || whole === '0') return { value: decimal };
  const { decimal: decimalMark, group } = separatorsOf(language);
  return mark === decimalMark && mark !== group ? { value: decimal, alternate: grouped } : { value: grouped, alternate: decimal };
}

const WORD_MULTIPLIER_OF = (word: string, language: string) => {
  const key = word.normalize('NFC').toLowerCase();
  // The long scale: German, French, Spanish… "Billion" is 10¹², English "billion" 10⁹.
  if ((key === 'billion' || key === 'billions') && language.split('-')[0] !== 'en') return 1e12;
  return WORD_MULTIPLIERS[key];
};

/** What multiplies a figure: 万, 억, 千万, "million", "mil millones", "लाख"; with the length it takes. */
function multiplierAfter(rest: string, language: string): { factor: number; length: number; myriad: boolean } {
  const cjk = HAN_MULTIPLIER.exec(rest) ?? HANGUL_MULTIPLIER.exec(rest);
  if (cjk) return { factor: [...cjk[1]].reduce((product, sign) => product * CJK_MULTIPLIERS[sign], 1), length: cjk[0].length, myriad: true };
  let factor = 1;
  let length = 0;
  for (let match = WORD.exec(rest); match; match = WORD.exec(rest.slice(length))) {
    const word = WORD_MULTIPLIER_OF(match[1], language) ?? WORD_MULTIPLIER_OF(`${match[1]}.`, language);
    if (!word) break;
    factor *= word;
    length += match[0].length;
  }
  return { factor, length, myriad: false };
}

/** Month names next to a day or year ("March 31", "31 mars", "31. März"): the month is a figure too. */
function monthFigures(ascii: string, language: string): Figure[] {
  // A month counts only beside a figure (the two tests below): without a digit there is none to find.
  if (!ASCII_DIGIT.test(ascii)) return [];
  const pattern = monthNames(language);
  if (!pattern) return [];
  const names = monthIndex.get(pattern)!;
  const figures: Figure[] = [];
  // exec on the shared pattern rather than matchAll, which copies it for every text; every month
  // name is at least three letters long, so no match is empty and the loop ends with lastIndex 0.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(ascii); match; match = pattern.exec(ascii)) {
    const before = ascii.slice(Math.max(0, match.index - 8), match.index);
    const after = ascii.slice(match.index + match[0].length);
    const [month, written] = names.get(match[1].toLowerCase())!;
    // "may 2" is not a month where months are capitalised ("May 2").
    if (written[0] !== written[0].toLowerCase() && match[1][0] === match[1][0].toLowerCase()) continue;
    if (/\d\.?[\s\u00a0]*(?:de\s+|d[e’']\s*)?$/.test(before) || /^[\s\u00a0]*\d/.test(after)) figures.push({ value: month, text: match[0] });
  }
  return figures;
}

/** Every figure in a text, in order of appearance (month names last); a source's are read once, not once per language (frozen: they are shared). */
export function figuresIn(text: string, language = 'en'): Figure[] {
  return readFigures(text, language);
}

const readFigures = recurringPerLanguage((text: string, language: string): Figure[] => {
  const ascii = asciiDigits(text);
  const figures: Figure[] = [];
  // The myriad figure a following one adds to: 2億5000万 = 2億 + 5000万; 3만 2천 = 3만 + 2천.
  let open: { figure: Figure; below: number; end: number } | undefined;
  for (const match of ascii.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const rest = ascii.slice(end);
    if (/^\s?[月월]/.test(rest)) {
      figures.push({ value: Number(match[0]), text: `${match[0]}月` });
      open = undefined;
      continue;
    }
    const { factor, length, myriad } = multiplierAfter(rest, language);
    const read = readDigits(match[0], language).map((figure) => ({
      value: figure.value * factor,
      ...(figure.alternate === undefined ? {} : { alternate: figure.alternate * factor }),
      text: figure.text ?? ascii.slice(start, end + length).trim(),
    }));
    const gap = open ? ascii.slice(open.end, start) : '';
    if (open && read.length === 1 && (gap === '' || (gap === ' ' && /^ ?[백천만억조]/.test(rest))) && read[0].value < open.below) {
      open.figure.value += read[0].value;
      open.figure.text += read[0].text;
      open = myriad ? { ...open, below: factor, end: end + length } : undefined;
      continue;
    }
    figures.push(...read);
    open = myriad && read.length === 1 ? { figure: read[0], below: factor, end: end + length } : undefined;
  }
  return Object.freeze([...figures, ...monthFigures(ascii, language)].map((figure) => Object.freeze(figure))) as Figure[];
});

/** The values in a text, sorted: "2,5 % de 320.000" (fr) → [2.5, 320000]. */
export function numbersIn(text: string, language = 'en'): number[] {
  return figuresIn(text, language)
    .map((figure) => figure.value)
    .sort((a, b) => a - b);
}

const same = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 1e-9;

/** Figures of the source missing from the translation, and figures the translation adds. */
export function compareFigures(source: Figure[], target: Figure[]): { lost: Figure[]; added: Figure[] } {
  const lost = [...source];
  const added = [...target];
  // First the main readings, then the alternates, so that an ambiguous figure never takes another's match.
  const passes: [keyof Figure, keyof Figure][] = [['value', 'value'], ['value', 'alternate'], ['alternate', 'value'], ['alternate', 'alternate']];
  for (const [mine, theirs] of passes) {
    for (let index = 0; index < lost.length; index++) {
      const match = added.findIndex((figure) => same(lost[index][mine] as number | undefined, figure[theirs] as number | undefined));
      if (match < 0) continue;
      added.splice(match, 1);
      lost.splice(index--, 1);
    }
  }
  return { lost, added };
}
