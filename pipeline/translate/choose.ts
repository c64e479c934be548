// Which engine translates which language: decided once, from config, flags and what is set up,
// over the registry's engines in their `auto` order.
import type { EngineChoice, LanguageSettings } from '../config.js';
import { ENGINES, engineDefinition, type EngineEnvironment, type EngineName } from './registry.js';

export type { EngineEnvironment } from './registry.js';

export interface EngineDecision {
  engine: EngineName | 'none';
  /** For `none`: why, and what would provide an engine. */
  reason?: string;
}

/** Pure: the engine for one language. `override` is the `--engine` flag. */
export function chooseEngine(sourceLanguage: string, settings: LanguageSettings, env: EngineEnvironment, override?: EngineChoice): EngineDecision {
  const choice = override ?? settings.engine;
  if (choice === 'none') return { engine: 'none', reason: 'machine translation is switched off (engine: none)' };
  if (choice !== 'auto') {
    const definition = engineDefinition(choice);
    if (!definition) return { engine: 'none', reason: `there is no engine "${choice}"` };
    const covered = definition.covers(sourceLanguage, settings, env[definition.name as EngineName]);
    return covered === true ? { engine: definition.name as EngineName } : { engine: 'none', reason: covered };
  }
  const reasons: string[] = [];
  for (const definition of ENGINES) {
    const available = env[definition.name];
    const covered = definition.covers(sourceLanguage, settings, available);
    if (covered === true) return { engine: definition.name };
    reasons.push(covered);
  }
  return { engine: 'none', reason: `no engine is set up for ${settings.code}: ${reasons.join('; or ')}; or translate it by hand in the catalog` };
}
