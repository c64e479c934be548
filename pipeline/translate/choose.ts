// Which engine translates which language: decided once, from config, flags and what is installed.
import type { EngineChoice, LanguageSettings } from '../config.js';
import type { EngineName } from './engine.js';
import { deeplTarget } from './engines/deepl.js';
import { modeChain } from './engines/apertium.js';

export interface EngineEnvironment {
  /** True when DEEPL_AUTH_KEY is set; the key itself never enters planning. */
  deeplKey: boolean;
  apertiumModes: string[];
}

export interface EngineDecision {
  engine: EngineName | 'none';
  /** For `none`: why, and what would provide an engine. */
  reason?: string;
}

/** Pure: the engine for one language. `override` is the `--engine` flag. */
export function chooseEngine(sourceLanguage: string, settings: LanguageSettings, env: EngineEnvironment, override?: EngineChoice): EngineDecision {
  const choice = override ?? settings.engine;
  const deeplOk = Boolean(deeplTarget(settings.code));
  const apertiumOk = Boolean(modeChain(sourceLanguage, settings, env.apertiumModes));
  switch (choice) {
    case 'none':
      return { engine: 'none', reason: 'machine translation is switched off (engine: none)' };
    case 'deepl':
      if (!deeplOk) return { engine: 'none', reason: `DeepL does not translate into ${settings.code}` };
      if (!env.deeplKey) return { engine: 'none', reason: 'engine deepl needs DEEPL_AUTH_KEY to be set' };
      return { engine: 'deepl' };
    case 'apertium':
      return apertiumOk ? { engine: 'apertium' } : { engine: 'none', reason: apertiumHint(sourceLanguage, settings) };
    case 'auto':
    default:
      if (env.deeplKey && deeplOk) return { engine: 'deepl' };
      if (apertiumOk) return { engine: 'apertium' };
      return {
        engine: 'none',
        reason: deeplOk ? `set DEEPL_AUTH_KEY to translate with DeepL${env.apertiumModes.length ? '' : ', or install Apertium'}` : `no engine covers ${settings.code}; translate it by hand in the catalog`,
      };
  }
}

function apertiumHint(sourceLanguage: string, settings: LanguageSettings): string {
  return `no Apertium pair ${sourceLanguage} → ${settings.code}${settings.pivot ? ` through ${settings.pivot}` : ''} is installed (bash scripts/setup installs the packaged ones)`;
}
