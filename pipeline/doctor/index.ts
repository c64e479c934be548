// `editions doctor`: what this machine can do for this workspace, per language. Reads the machine
// (fonts, Apertium modes, apt's package list) but never the network or the workspace's outputs.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { EngineEnvironment } from '../translate/choose.js';
import { apertiumPackages, checkEngine } from './engines.js';
import { checkFonts } from './fonts.js';
import type { Finding, LanguageReport } from './types.js';

export { blocking, type Finding, type LanguageReport } from './types.js';

type SpellingLanguages = (languages: string[]) => { language: string; dictionary: string | null }[];

/** The checks' own answer on which language has a spelling dictionary, or undefined when that module is absent. */
async function spellingLookup(): Promise<SpellingLanguages | undefined> {
  // Doctor works without the checks module (a partial install): a failed import is no answer.
  try {
    return ((await import('../review/checks/dictionaries.js')) as { spellingLanguages?: SpellingLanguages }).spellingLanguages;
  } catch {
    return undefined;
  }
}

function spellingFinding(entry: { language: string; dictionary: string | null }): Finding {
  return entry.dictionary
    ? { topic: 'spelling', ok: true, text: `checked with ${entry.dictionary}` }
    : { topic: 'spelling', ok: false, warning: true, text: 'not checked: Editions has no spelling dictionary for it' };
}

/** How doctor reaches an engine's endpoint: the registry's probe, given the environment by the CLI. */
export type Probe = (engine: string) => Promise<string | undefined>;

export async function diagnose(config: ResolvedConfig, env: EngineEnvironment, probe: Probe = async () => undefined): Promise<LanguageReport[]> {
  const configFile = path.basename(config.configFile);
  let packages: { name: string; description: string }[] | undefined;
  const lazyPackages = () => (packages ??= apertiumPackages());
  const pdf = config.formats.includes('pdf');
  const source: LanguageReport = { language: config.sourceLanguage, source: true, findings: pdf ? [checkFonts(config.sourceLanguage, undefined, configFile)] : [] };
  // One probe per engine, however many languages it serves.
  const probes = new Map<string, Promise<string | undefined>>();
  const probeOnce: Probe = (engine) => probes.get(engine) ?? probes.set(engine, probe(engine)).get(engine)!;
  const reports: LanguageReport[] = [source];
  for (const settings of config.languages) {
    const engine = await checkEngine(config.sourceLanguage, settings, env, lazyPackages, probeOnce);
    reports.push({ language: settings.code, source: false, findings: [engine, ...(pdf ? [checkFonts(settings.code, settings.fonts, configFile)] : [])] });
  }
  const spelling = await spellingLookup();
  if (spelling) {
    const entries = spelling(reports.map((report) => report.language));
    reports.forEach((report, index) => report.findings.push(spellingFinding(entries[index])));
  }
  return reports;
}
