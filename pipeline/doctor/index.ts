// `editions doctor`: what this machine can do for this workspace, per language. Reads the machine
// (fonts, Apertium modes, apt's package list) but never the network or the workspace's outputs.
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { EngineEnvironment } from '../translate/choose.js';
import { apertiumPackages, checkEngine } from './engines.js';
import { checkFonts } from './fonts.js';
import type { LanguageReport } from './types.js';

export { blocking, type Finding, type LanguageReport } from './types.js';

export function diagnose(config: ResolvedConfig, env: EngineEnvironment): LanguageReport[] {
  const configFile = path.basename(config.configFile);
  let packages: { name: string; description: string }[] | undefined;
  const lazyPackages = () => (packages ??= apertiumPackages());
  const pdf = config.formats.includes('pdf');
  const source: LanguageReport = { language: config.sourceLanguage, source: true, findings: pdf ? [checkFonts(config.sourceLanguage, undefined, configFile)] : [] };
  return [
    source,
    ...config.languages.map((settings) => ({
      language: settings.code,
      source: false,
      findings: [checkEngine(config.sourceLanguage, settings, env, lazyPackages), ...(pdf ? [checkFonts(settings.code, settings.fonts, configFile)] : [])],
    })),
  ];
}
