// The engine registry: every machine-translation engine, in the order `auto` tries them. Config
// validation, --engine, the auto choice, status, doctor, origin parsing, the no-op fingerprint and
// the README's engines table all derive from this list. Adding an engine is one file in engines/
// that exports a definition, and one line here.
import type { LanguageSettings } from '../config.js';
import type { Engine } from './engine.js';
import { deeplDefinition } from './engines/deepl.js';
import { llmDefinition } from './engines/llm.js';
import { apertiumDefinition } from './engines/apertium.js';

/** Environment variables as the CLI passes them (stages never read process.env themselves). */
export type EnvironmentVariables = Record<string, string | undefined>;

/** What an engine can do on this machine, decided once from the environment. No secrets inside. */
export interface Availability {
  /** True when the engine is set up (a key, an endpoint, installed pairs). */
  configured: boolean;
  /** One plain sentence: what is set up, or what to set. */
  detail: string;
  /** Everything about the set-up that changes what a build may produce, for the no-op fingerprint. */
  fingerprint: string;
  /** Installed Apertium modes (Apertium only). */
  modes?: string[];
}

export interface EngineDefinition<Name extends string = string> {
  name: Name;
  /** One line for the README and `--help`. */
  summary: string;
  /** The variables it reads; `secret` ones are never printed or written. */
  variables: { name: string; summary: string; secret?: boolean }[];
  /** True when it can update an approved translation after a source change instead of retranslating. */
  updates: boolean;
  detect(env: EnvironmentVariables): Availability;
  /** Whether it translates sourceLanguage → settings.code here: true, or why not and what would fix it. */
  covers(sourceLanguage: string, settings: LanguageSettings, available: Availability): true | string;
  /** Makes the engine (loading its client lazily). */
  make(env: EnvironmentVariables): Promise<Engine>;
  /** For doctor: reach the endpoint and say whether it answers (engines with a remote endpoint). */
  probe?(env: EnvironmentVariables): Promise<string | undefined>;
}

/** The engines, in the order `auto` tries them: DeepL when a key is set, then a language model, then Apertium. */
export const ENGINES = [deeplDefinition, llmDefinition, apertiumDefinition] as const;

export type EngineName = (typeof ENGINES)[number]['name'];
export const ENGINE_NAMES_ONLY = ENGINES.map((engine) => engine.name) as EngineName[];
/** What config `engine:` and `--engine` accept. */
export const ENGINE_CHOICES = ['auto', ...ENGINE_NAMES_ONLY, 'none'] as unknown as readonly ['auto', ...EngineName[], 'none'];
export type EngineChoice = 'auto' | EngineName | 'none';

export function engineDefinition(name: string): EngineDefinition | undefined {
  return (ENGINES as readonly EngineDefinition[]).find((engine) => engine.name === name);
}

/** What every engine can do here, keyed by name: the one environment the planner sees. */
export type EngineEnvironment = Record<EngineName, Availability>;

export function detectEngines(env: EnvironmentVariables): EngineEnvironment {
  return Object.fromEntries(ENGINES.map((engine) => [engine.name, engine.detect(env)])) as EngineEnvironment;
}

/** For the no-op fingerprint: a build re-runs when an engine's set-up changes (never the secrets themselves). */
export function engineFingerprint(environment: EngineEnvironment): string[] {
  return ENGINES.map((engine) => `${engine.name}:${environment[engine.name].fingerprint}`);
}

/** True when an origin comment names a machine: an engine of the registry, or translation memory. */
export function isMachineOrigin(origin: string | undefined): boolean {
  const first = origin?.trim().split(/\s+/)[0];
  return Boolean(first && (first === 'memory' || engineDefinition(first)));
}
