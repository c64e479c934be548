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

/** Each pair of identical neighbouring words in a text (lower-cased), sentence by sentence. */
function doubles(text: string, language: string): string[] {
  const { sentences, words } = segmentersFor(language);
  const found: string[] = [];
  for (const { segment: sentence } of sentences.segment(text)) {
    let previous: string | undefined;
    for (const part of words.segment(sentence)) {
      if (!part.isWordLike) {
        if (part.segment.trim()) previous = undefined;
        continue;
      }
      const word = part.segment.normalize('NFC').toLocaleLowerCase(language);
      if (word === previous && !/\p{N}/u.test(word)) found.push(word);
      previous = word;
    }
  }
  return found;
}

/** Doubled words in a translation that are not grammar and not already doubled in the source. */
export function repeatedWords(translation: string, source: string, language: string): string[] {
  const code = base(language);
  const inSource = new Set(doubles(source, 'en'));
  return [...new Set(doubles(translation, language))].filter((word) => {
    if (inSource.has(word)) return false;
    if (ONLY[code]) return ONLY[code].includes(word);
    return !(ALLOWED[code] ?? []).includes(word);
  });
}
