// Which engine would translate a language here, and what would provide one when none would.
// The engine comes from the registry's auto order (translate/registry.ts).
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

/** "<url> answers" is the probe's word for a live endpoint; anything else says what is wrong. */
const answered = (probe: string | undefined) => probe === undefined || /\sanswers$/.test(probe);

export async function checkEngine(
  sourceLanguage: string,
  settings: LanguageSettings,
  env: EngineEnvironment,
  packages: () => { name: string; description: string }[],
  probe: (engine: string) => Promise<string | undefined>,
): Promise<Finding> {
  const decision = chooseEngine(sourceLanguage, settings, env);
  if (decision.engine !== 'none') {
    const name = decision.engine;
    const chain = name === 'apertium' ? modeChain(sourceLanguage, settings, env.apertium.modes ?? []) : undefined;
    const detail = chain ? `Apertium (${chain.join(' then ')})` : `${name}: ${env[name].detail}`;
    // A remote endpoint is reached once: configured is not the same as answering.
    const reply = await probe(name);
    if (!answered(reply)) return { topic: 'engine', ok: false, warning: settings.engine === 'auto', text: `${detail}, but ${reply}` };
    return { topic: 'engine', ok: true, text: reply ? `${detail} (${reply})` : detail };
  }
  if (settings.engine === 'none') return { topic: 'engine', ok: true, text: 'none (engine: none): translated by hand' };
  const pair = settings.engine === 'apertium' || settings.engine === 'auto' ? packageForPair(settings.pivot ?? sourceLanguage, settings.code, packages()) : undefined;
  const fix = pair
    ? `apt-get install ${pair}`
    : settings.engine === 'apertium'
      ? `no Debian package translates ${settings.pivot ?? sourceLanguage} → ${settings.code}; set engine: auto with DEEPL_AUTH_KEY or EDITIONS_LLM_URL, or engine: none`
      : settings.engine === 'auto'
        ? `export DEEPL_AUTH_KEY=… (or EDITIONS_LLM_URL and EDITIONS_LLM_MODEL), or translate locales/${settings.code}/*.po by hand (editions review)`
        : `set up ${settings.engine}: ${env[settings.engine as keyof EngineEnvironment]?.detail ?? 'see the README'}`;
  // An engine named in the config that cannot run stops the build; under auto the language waits.
  return { topic: 'engine', ok: false, warning: settings.engine === 'auto', text: decision.reason ?? 'no engine', fix };
}
