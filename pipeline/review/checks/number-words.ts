// What surrounds a figure in each language: native digits, multiplier words, separators, month names.

/** The zero of every decimal-digit block of a script Editions typesets (others fall back to counting). */
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x07c0, // N'Ko
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0de6, // Sinhala
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x1090, // Myanmar Shan
  0x17e0, // Khmer
  0x1810, // Mongolian
  0x1946, // Limbu
  0x19d0, // New Tai Lue
  0x1b50, // Balinese
  0xa9d0, // Javanese
  0xff10, // fullwidth
];

const zeroOf = (code: number) => ZEROS.find((zero) => code >= zero && code <= zero + 9);

/** Every Unicode decimal digit → ASCII, one character for one (positions stay the same for BMP digits). */
export function asciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    let zero = zeroOf(code);
    // A block not in the list: its digits are contiguous, so walk back to the first of the run.
    if (zero === undefined) for (zero = code; zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)); zero--);
    return String(code - zero);
  }).replace(/[，．]/g, (mark) => (mark === '，' ? ',' : '.'));
}

/**
 * Words and signs that multiply the figure before them. CJK myriads chain (千万 = 10⁷), Indian
 * lakh/crore, and the "million/billion" words of the major languages (short scale: billion = 10⁹).
 */
export const CJK_MULTIPLIERS: Record<string, number> = {
  十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12,
  백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12,
};

export const WORD_MULTIPLIERS: Record<string, number> = Object.fromEntries(
  (
    [
      [1e3, 'thousand thousands tsd tsd. тыс тыс. тысяч тысячи тысяча тис тис. тисяч хиляди mil χιλιάδες bin هزار ہزار ألف آلاف हज़ार हजार হাজার'],
      [1e5, 'lakh lakhs lac लाख लाख़ লাখ লক্ষ ਲੱਖ લાખ லட்சம் లక్ష ലക്ഷം لاکھ'],
      [1e6, 'million millions mln mio mio. millionen million millón millones milió milions millón millóns milhão milhões milione milioni milió milion miliony milionów miljoen miljoenen млн млн. миллион миллиона миллионов мільйон мільйони мільйонів εκατομμύριο εκατομμύρια milyon مليون ملايين میلیون ملین מיליון मिलियन মিলিয়ন ล้าน'],
      [1e7, 'crore crores करोड़ करोड़ करोड कोटी কোটি ਕਰੋੜ કરોડ கோடி కోటి കോടി کروڑ'],
      [1e9, 'billion billions bn milliard milliards milliarde milliarden mrd mrd. miliardo miliardi miliard miliardy miliardów miljard miljarden bilhão bilhões млрд млрд. миллиард миллиарда миллиардов мільярд мільярди мільярдів δισεκατομμύριο δισεκατομμύρια milyar مليار مليارات میلیارد ارب बिलियन'],
      [1e12, 'trillion trillions billiarde billionen bilion bilió bilions billón billones trilhão trilhões трлн трлн. триллион триллиона триллионов трильйон τρισεκατομμύρια trilyon تريليون'],
    ] as const
  ).flatMap(([value, words]) => words.split(' ').map((word) => [word.normalize('NFC').toLowerCase(), value])),
);

export interface Separators {
  group: string;
  decimal: string;
}

const separators = new Map<string, Separators>();

/** The group and decimal marks a language writes (Intl's CLDR data): en , . · de . , · fr U+202F , · fa ٬ ٫ */
export function separatorsOf(language: string): Separators {
  let found = separators.get(language);
  if (!found) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(language).formatToParts(12345.6);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(12345.6);
    }
    found = { group: parts.find((part) => part.type === 'group')?.value ?? ',', decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.' };
    separators.set(language, found);
  }
  return found;
}

const monthPatterns = new Map<string, RegExp | null>();

/** Long, short, and with a day (the genitive: "31 марта", not "март"). */
const MONTH_FORMATS: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }];

/** Month names (long, short, and the genitive of "31 марта"), 1-based, from Intl in the Gregorian calendar. */
export function monthNames(language: string): RegExp | null {
  if (monthPatterns.has(language)) return monthPatterns.get(language)!;
  const names = new Map<string, [number, string]>();
  try {
    // Three formatters per language, made before the months: making one is what costs.
    const formats = MONTH_FORMATS.map((options) => new Intl.DateTimeFormat(language, { ...options, calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' }));
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2024, month, 15));
      for (const format of formats) {
        const parts = format.formatToParts(date);
        const name = parts.find((part) => part.type === 'month')?.value.replace(/\.$/, '');
        // CJK months are "3月": figures, read by the number scanner itself.
        if (name && !/\d/.test(name) && name.length > 2) names.set(name.toLowerCase(), [month + 1, name]);
      }
    }
  } catch {
    // An unknown language tag has no month names; figures are still compared.
  }
  const pattern = names.size
    ? new RegExp(`(?<![\\p{L}\\p{M}])(${[...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\.?(?![\\p{L}\\p{M}])`, 'giu')
    : null;
  if (pattern) monthIndex.set(pattern, names);
  monthPatterns.set(language, pattern);
  return pattern;
}

export const monthIndex = new WeakMap<RegExp, Map<string, [number, string]>>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
