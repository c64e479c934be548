// The editions' own words (banner, footer, "Other languages"): built into Editions for 46 languages
// (./ui-words/), overridden key by key by a workspace's locales/<lang>/ui.json, read through i18next.
import i18next, { type TFunction } from 'i18next';
import type { UiResources } from '../workspace.js';
import { BUILT_IN_WORDS, builtInLanguage, type UiWords } from './ui-words/index.js';
import { directionOf } from '../language.js';

export type { UiWords } from './ui-words/index.js';
export { BUILT_IN_WORDS, builtInLanguage } from './ui-words/index.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Strings = Record<string, unknown>;

/** Every key the editions use, dotted ("draft.banner", "footer.page"), from the English words. */
export const UI_KEYS: readonly string[] = Object.freeze(flatKeys(BUILT_IN_WORDS.en as unknown as Strings));

function flatKeys(value: Strings, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item && typeof item === 'object' ? flatKeys(item as Strings, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Codes that name the same language as a built-in one under another tag (tl is Filipino's old tag). */
function merge(base: Strings, over: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const inner = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && inner && typeof inner === 'object'
        ? merge(inner as Strings, value as Strings)
        : value;
  }
  return out;
}

/** Built-in words of a language with the workspace's own strings for it laid over them. */
function wordsFor(resources: UiResources, language: string): Strings {
  const builtIn = builtInLanguage(language);
  return merge(builtIn ? (BUILT_IN_WORDS[builtIn] as unknown as Strings) : {}, resources[language] ?? {});
}

/**
 * A translator for one language: the workspace's ui.json, else the built-in words, else the source
 * language's (workspace, then built-in), else English. No key is ever printed raw.
 * Made once per language and words: an i18next instance costs milliseconds to set up, and a build
 * asks for the same language's words once per format of every statement.
 */
export function uiTranslator(resources: UiResources, language: string, fallback: string): Translate {
  const chain = [...new Set([language, fallback, 'en'])];
  // Keyed by the words themselves: workers receive a fresh copy of the same resources with every task.
  const key = JSON.stringify([language, fallback, chain.map((code) => resources[code] ?? null)]);
  let translate = translators.get(key);
  if (!translate) {
    if (translators.size >= MAX_TRANSLATORS) translators.clear();
    translators.set(key, (translate = newTranslator(resources, language, chain)));
  }
  return translate;
}

/** Enough for every language of a workspace; a long-running review server editing ui.json starts afresh past it. */
const MAX_TRANSLATORS = 256;
const translators = new Map<string, Translate>();

function newTranslator(resources: UiResources, language: string, chain: string[]): Translate {
  const instance = i18next.createInstance();
  const store: Record<string, { translation: Strings }> = {};
  for (const code of chain) store[code] = { translation: wordsFor(resources, code) };
  void instance.init({
    resources: store,
    lng: language,
    fallbackLng: chain.slice(1),
    // Only the codes given: i18next must not look for "pt" when asked for "pt-BR" in an empty store.
    load: 'currentOnly',
    initAsync: false,
    showSupportNotice: false,
    // Values are escaped by the HTML renderer itself; i18next must hand back plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);
  const t: TFunction = instance.t.bind(instance);
  // i18next's lookup is long (fallbacks, plurals, nesting); each page asks for the same few words.
  const said = new Map<string, string>();
  return (key, values) => {
    const asked = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let words = said.get(asked);
    if (words === undefined) said.set(asked, (words = String(t(key, values ?? {}))));
    return words;
  };
}

/**
 * The words of one language for pages outside the editions (the review page): built-in words, any
 * missing key taken from English. `uiWords('es').review.approve` → "Aprobar".
 */
export function uiWords(language: string, overrides: Strings = {}): UiWords {
  const builtIn = builtInLanguage(language);
  const words = merge(BUILT_IN_WORDS.en as unknown as Strings, builtIn ? (BUILT_IN_WORDS[builtIn] as unknown as Strings) : {});
  return merge(words, overrides) as unknown as UiWords;
}

/** A language's name in that language ("español", "العربية"), for switchers and the index. */
export function autonym(language: string): string {
  let name = autonyms.get(language);
  if (name === undefined) autonyms.set(language, (name = nameInItself(language)));
  return name;
}

/** Every page names every sibling: one Intl.DisplayNames per language, not per link. */
const autonyms = new Map<string, string>();

/** directionOf, asked once per language: every page gives every sibling's direction (Intl.Locale#maximize is slow). */
export function languageDirection(language: string): 'ltr' | 'rtl' {
  let direction = directions.get(language);
  if (!direction) directions.set(language, (direction = directionOf(language)));
  return direction;
}

const directions = new Map<string, 'ltr' | 'rtl'>();

function nameInItself(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** "2024-07" → "July 2024" / "julio de 2024"; full dates get the day. Unparseable dates stay as written. */
export function formatDate(date: string, language: string): string {
  const asked = `${language} ${date}`;
  let formatted = formattedDates.get(asked);
  if (formatted === undefined) formattedDates.set(asked, (formatted = formatDateOnce(date, language)));
  return formatted;
}

/** A statement's date, in each of its languages, appears on every page and format of it. */
const formattedDates = new Map<string, string>();

function formatDateOnce(date: string, language: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const value = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  const key = `${language} ${day ? 'd' : month ? 'm' : 'y'}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format.format(value);
}

/** Making a DateTimeFormat costs milliseconds; a build formats the same few dates thousands of times. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
