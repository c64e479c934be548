// What only the CLI may read: environment variables, the clock, the terminal. Stages get plain values.
import os from 'node:os';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Engine, EngineName } from '../translate/engine.js';
import { detectEngines, engineDefinition } from '../translate/registry.js';
import type { MachineTranslationEnv } from '../translate/workspace.js';
import { EditionsError, registerSecretsFrom } from '../errors.js';

export function sourceDateEpoch(): number | undefined {
  const value = process.env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new EditionsError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`, { rule: 'bad-environment' });
  return Number(value);
}

/**
 * The folder where Editions keeps what it derives from its own installed data (dictionary indexes)
 * between runs on this machine: EDITIONS_CACHE_DIR, else $XDG_CACHE_HOME/editions, else
 * ~/.cache/editions. EDITIONS_CACHE_DIR=none keeps nothing (every run scans the dictionaries).
 */
export function toolCacheDir(): string | undefined {
  const chosen = process.env.EDITIONS_CACHE_DIR;
  if (chosen === 'none') return undefined;
  if (chosen) {
    if (!path.isAbsolute(chosen)) throw new EditionsError(`EDITIONS_CACHE_DIR must be an absolute folder path or "none", not "${chosen}"`, { rule: 'bad-environment' });
    return chosen;
  }
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'editions');
  const home = os.homedir();
  return home ? path.join(home, '.cache', 'editions') : undefined;
}

/** Spell with dictionary indexes kept in the tool's cache folder (see toolCacheDir). */
export async function useToolCache(): Promise<void> {
  const folder = toolCacheDir();
  (await import('../review/checks/dictionaries.js')).keepIndexesIn(folder);
}

/** EDITIONS_RENDER_WORKERS: how many threads render PDFs (0 or 1: in process). */
export function renderWorkers(): number | undefined {
  const value = process.env.EDITIONS_RENDER_WORKERS;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new EditionsError(`EDITIONS_RENDER_WORKERS must be a whole number, not "${value}"`, { rule: 'bad-environment' });
  return Number(value);
}

/** The engines' environment: what each registered engine finds set up; keys go only to their engine. */
export async function machineTranslationEnv(): Promise<MachineTranslationEnv & { done: () => void }> {
  registerSecretsFrom(process.env);
  const bars = process.stderr.isTTY ? new cliProgress.MultiBar({ format: ' {language} [{bar}] {value}/{total} segments', hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic) : undefined;
  const active = new Map<string, cliProgress.SingleBar>();
  const lastLine = new Map<string, number>();
  // Each engine is made by its registry entry, from the environment; its secrets stay inside it.
  const makeEngine = async (name: EngineName): Promise<Engine> => {
    const definition = engineDefinition(name);
    if (!definition) throw new EditionsError(`there is no engine "${name}"`, { rule: 'bad-flag', exitCode: 2 });
    return definition.make(process.env);
  };
  return {
    engines: detectEngines(process.env),
    makeEngine,
    now: () => new Date(),
    progress: (language, done, total) => {
      if (!total) return;
      if (bars) {
        let bar = active.get(language);
        if (!bar) {
          bar = bars.create(total, 0, { language: language.padEnd(7) });
          active.set(language, bar);
        }
        bar.setTotal(total);
        bar.update(done);
      } else if (done === total || done === 0 || done - (lastLine.get(language) ?? 0) >= 50) {
        lastLine.set(language, done);
        console.error(`${language}: ${done}/${total} segments translated`);
      }
    },
    say: (line) => console.error(line),
    done: () => bars?.stop(),
  };
}
