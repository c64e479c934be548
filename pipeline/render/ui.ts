// The editions' own words (banner, footer, "Other languages"), from locales/<lang>/ui.json via i18next.
import i18next, { type TFunction } from 'i18next';
import type { UiResources } from '../workspace.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for one language; missing keys fall back to the source language's strings. */
export function uiTranslator(resources: UiResources, language: string, fallback: string): Translate {
  const instance = i18next.createInstance();
  const store: Record<string, { translation: Record<string, unknown> }> = {};
  for (const [code, strings] of Object.entries(resources)) store[code] = { translation: strings };
  void instance.init({
    resources: store,
    lng: language,
    fallbackLng: fallback,
    initAsync: false,
    showSupportNotice: false,
    // Values are escaped by the HTML renderer itself; i18next must hand back plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);
  const t: TFunction = instance.t.bind(instance);
  return (key, values) => String(t(key, values ?? {}));
}

/** A language's name in that language ("español", "العربية"), for switchers and the index. */
export function autonym(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** "2024-07" → "July 2024" / "julio de 2024"; full dates get the day. Unparseable dates stay as written. */
export function formatDate(date: string, language: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const value = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(value);
}
