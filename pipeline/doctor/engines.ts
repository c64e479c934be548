// Which engine would translate a language here, and what would provide one when none would.
// Uses translate/choose.ts as it is; when an engine registry arrives, only this file changes.
import { execFileSync } from 'node:child_process';
import type { LanguageSettings } from '../config.js';
import { chooseEngine, type EngineEnvironment } from '../translate/choose.js';
import { modeChain } from '../translate/engines/apertium.js';
import type { Finding } from './types.js';

/** Debian's Apertium packages and their one-line descriptions (`apt-cache search`), or [] without apt. */
export function apertiumPackages(): { name: string; description: string }[] {
  try {
    const out = execFileSync('apt-cache', ['search', '--names-only', '^apertium-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return out
      .split('\n')
      .map((line) => /^(\S+) - (.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => Boolean(match))
      .map((match) => ({ name: match[1], description: match[2] }));
  } catch {
    return [];
  }
}

/** The package whose description names the pair ("…for the English-Spanish pair"), either way round. */
export function packageForPair(from: string, to: string, packages: { name: string; description: string }[]): string | undefined {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const a = names.of(from.split('-')[0]);
  const b = names.of(to.split('-')[0]);
  return packages.find(({ description }) => !/dummy/i.test(description) && (description.includes(`${a}-${b}`) || description.includes(`${b}-${a}`)))?.name;
}

export function checkEngine(sourceLanguage: string, settings: LanguageSettings, env: EngineEnvironment, packages: () => { name: string; description: string }[]): Finding {
  const decision = chooseEngine(sourceLanguage, settings, env);
  if (decision.engine !== 'none') {
    const how = decision.engine === 'deepl' ? 'DeepL (DEEPL_AUTH_KEY is set)' : `Apertium (${(modeChain(sourceLanguage, settings, env.apertiumModes) ?? []).join(' then ')})`;
    return { topic: 'engine', ok: true, text: how };
  }
  if (settings.engine === 'none') return { topic: 'engine', ok: true, text: 'none (engine: none): translated by hand' };
  const pair = settings.engine !== 'deepl' ? packageForPair(settings.pivot ?? sourceLanguage, settings.code, packages()) : undefined;
  const fix =
    settings.engine === 'deepl'
      ? 'export DEEPL_AUTH_KEY=…  (your DeepL API key)'
      : pair
        ? `apt-get install ${pair}`
        : settings.engine === 'apertium'
          ? `no Debian package translates ${settings.pivot ?? sourceLanguage} → ${settings.code}; set engine: auto and DEEPL_AUTH_KEY, or engine: none`
          : `export DEEPL_AUTH_KEY=…, or translate locales/${settings.code}/*.po by hand (editions review)`;
  // An engine named in the config that cannot run stops the build; under auto the language waits.
  return { topic: 'engine', ok: false, warning: settings.engine === 'auto', text: decision.reason ?? 'no engine', fix };
}
