// Every built-in language's words, by BCP 47 code. Compiled with the CLI, so dist/ carries them too.
import type { UiWords } from './keys.js';
import am from './am.js';
import ar from './ar.js';
import bn from './bn.js';
import ca from './ca.js';
import cs from './cs.js';
import de from './de.js';
import el from './el.js';
import en from './en.js';
import es from './es.js';
import fa from './fa.js';
import fil from './fil.js';
import fr from './fr.js';
import gl from './gl.js';
import gu from './gu.js';
import he from './he.js';
import hi from './hi.js';
import hu from './hu.js';
import hy from './hy.js';
import id from './id.js';
import it from './it.js';
import ja from './ja.js';
import ka from './ka.js';
import km from './km.js';
import ko from './ko.js';
import lo from './lo.js';
import ml from './ml.js';
import mr from './mr.js';
import my from './my.js';
import nl from './nl.js';
import pa from './pa.js';
import pl from './pl.js';
import pt_br from './pt-BR.js';
import ro from './ro.js';
import ru from './ru.js';
import si from './si.js';
import sv from './sv.js';
import sw from './sw.js';
import ta from './ta.js';
import te from './te.js';
import th from './th.js';
import tr from './tr.js';
import uk from './uk.js';
import ur from './ur.js';
import vi from './vi.js';
import zh_hans from './zh-Hans.js';
import zh_hant from './zh-Hant.js';

export type { UiWords } from './keys.js';

export const BUILT_IN_WORDS: Readonly<Record<string, UiWords>> = Object.freeze({
  am,
  ar,
  bn,
  ca,
  cs,
  de,
  el,
  en,
  es,
  fa,
  fil,
  fr,
  gl,
  gu,
  he,
  hi,
  hu,
  hy,
  id,
  it,
  ja,
  ka,
  km,
  ko,
  lo,
  ml,
  mr,
  my,
  nl,
  pa,
  pl,
  'pt-BR': pt_br,
  ro,
  ru,
  si,
  sv,
  sw,
  ta,
  te,
  th,
  tr,
  uk,
  ur,
  vi,
  'zh-Hans': zh_hans,
  'zh-Hant': zh_hant,
});

const ALIASES: Record<string, string> = { tl: 'fil', iw: 'he', in: 'id', jw: 'jv' };

/**
 * The built-in language whose words serve `language`, or undefined: the tag itself, then its likely
 * script or region (zh-TW → zh-Hant, zh → zh-Hans, pt → pt-BR), then the bare language (es-419 → es).
 */
export function builtInLanguage(language: string): string | undefined {
  const candidates = [language];
  try {
    const locale = new Intl.Locale(language);
    const likely = locale.maximize();
    const base = ALIASES[locale.language] ?? locale.language;
    candidates.push(`${base}-${likely.script}`, `${base}-${likely.region}`, base);
  } catch {
    // Not a BCP 47 tag: only an exact match can serve it.
  }
  return candidates.find((code) => Object.hasOwn(BUILT_IN_WORDS, code));
}
