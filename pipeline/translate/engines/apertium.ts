// Apertium, the offline rule-based engine from Debian's packages. Gist quality: always needs review.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LanguageSettings } from '../../config.js';
import { EditionsError } from '../../errors.js';
import type { Engine, TranslateRequest } from '../engine.js';
import type { EngineDefinition, EnvironmentVariables } from '../registry.js';

const run = promisify(execFile);

export const APERTIUM_MODES_DIR = '/usr/share/apertium/modes';

/** ISO 639-1 → 639-3, for the languages Apertium's Debian pairs name either way. */
const ISO3: Record<string, string> = { en: 'eng', es: 'spa', ca: 'cat', gl: 'glg', pt: 'por', fr: 'fra', it: 'ita', eo: 'epo', oc: 'oci', eu: 'eus', ro: 'ron' };

/** Installed Apertium modes (`eng-spa`, `es-pt_BR`, …), read from the modes folder. */
export function installedModes(dir = APERTIUM_MODES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mode'))
    .map((name) => name.slice(0, -'.mode'.length));
}

/** The mode translating `from` → `to`, e.g. en → es: `eng-spa`; es → pt-BR: `es-pt_BR`. */
export function findMode(from: string, to: string, modes: string[]): string | undefined {
  const names = (code: string) => {
    const locale = new Intl.Locale(code);
    const base = [locale.language, ISO3[locale.language]].filter(Boolean) as string[];
    return locale.region ? [...base.map((name) => `${name}_${locale.region}`), ...base] : base;
  };
  for (const target of names(to)) {
    for (const source of names(from)) {
      if (modes.includes(`${source}-${target}`)) return `${source}-${target}`;
    }
  }
  return undefined;
}

/** The chain of modes for a language: direct, or through its configured pivot. */
export function modeChain(from: string, settings: LanguageSettings, modes: string[]): string[] | undefined {
  if (settings.pivot) {
    const first = findMode(from, settings.pivot, modes);
    const second = findMode(settings.pivot, settings.code, modes);
    return first && second ? [first, second] : undefined;
  }
  const direct = findMode(from, settings.code, modes);
  return direct ? [direct] : undefined;
}

export interface ApertiumOptions {
  binary?: string;
  modesDir?: string;
}

export function apertiumEngine(options: ApertiumOptions = {}): Engine {
  const binary = options.binary ?? 'apertium';
  const modes = installedModes(options.modesDir);
  const chainFor = (from: string, settings: LanguageSettings) => {
    const chain = modeChain(from, settings, modes);
    if (!chain) {
      throw new EditionsError(`Apertium has no ${from} → ${settings.code} pair installed${settings.pivot ? ` (through ${settings.pivot})` : ''}`, { rule: 'engine-unsupported' });
    }
    return chain;
  };
  return {
    name: 'apertium',
    // One process per statement and language: the whole catalog goes in one file.
    limits: { texts: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY },
    glossaries: false,
    label: (from, _to, settings) => chainFor(from, settings).join(' then '),
    async translate(request: TranslateRequest): Promise<string[]> {
      const chain = chainFor(request.from, request.settings);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'editions-apertium-'));
      try {
        let text = request.texts.map((xml) => `<p>${xml}</p>`).join('\n');
        for (const [step, mode] of chain.entries()) {
          // Apertium reads a file: piping stdin from Node silently yields nothing.
          const input = path.join(dir, `in-${step}.html`);
          await writeFile(input, text, 'utf8');
          const output = path.join(dir, `out-${step}.html`);
          try {
            await run(binary, ['-u', '-f', 'html', mode, input, output], { maxBuffer: 64 * 1024 * 1024 });
          } catch (error) {
            const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the apertium program is not installed (run `bash scripts/setup`)' : String((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0];
            throw new EditionsError(`Apertium (${mode}) failed: ${reason}`, { rule: 'engine-failed' });
          }
          text = await readFile(output, 'utf8');
        }
        const replies = [...text.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => match[1].replace(/\s*\n\s*/g, ' ').trim());
        if (replies.length !== request.texts.length) {
          throw new EditionsError(`Apertium returned ${replies.length} texts for ${request.texts.length} segments; nothing from this run was saved`, { rule: 'engine-reply' });
        }
        return replies;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The registry's entry for Apertium: offline, free, gist quality; set up by the installed pairs. */
export const apertiumDefinition = {
  name: 'apertium',
  summary: "Debian's offline rule-based engine; free, gist quality (always needs review)",
  variables: [{ name: 'EDITIONS_APERTIUM_MODES', summary: `the folder of installed Apertium modes (default ${APERTIUM_MODES_DIR})` }],
  updates: false,
  detect: (env: EnvironmentVariables) => {
    const modes = installedModes(env.EDITIONS_APERTIUM_MODES || undefined);
    return {
      configured: modes.length > 0,
      detail: modes.length ? `${modes.length} Apertium modes installed` : 'Apertium is not installed (bash scripts/setup installs it)',
      fingerprint: modes.join(','),
      modes,
    };
  },
  covers(sourceLanguage: string, settings: LanguageSettings, available: { modes?: string[] }): true | string {
    if (modeChain(sourceLanguage, settings, available.modes ?? [])) return true;
    return `no Apertium pair ${sourceLanguage} → ${settings.code}${settings.pivot ? ` through ${settings.pivot}` : ''} is installed (bash scripts/setup installs the packaged ones)`;
  },
  make: async (env: EnvironmentVariables) => apertiumEngine({ modesDir: env.EDITIONS_APERTIUM_MODES || undefined }),
} as const satisfies EngineDefinition<'apertium'>;
