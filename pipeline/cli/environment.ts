// What only the CLI may read: environment variables, the clock, the terminal. Stages get plain values.
import cliProgress from 'cli-progress';
import type { Engine, EngineName } from '../translate/engine.js';
import { detectEngines, engineDefinition } from '../translate/registry.js';
import type { MachineTranslationEnv } from '../translate/workspace.js';
import { EditionsError, registerSecretsFrom } from '../errors.js';
import { toolCacheDir } from './tool-cache.js';

export function sourceDateEpoch(): number | undefined {
  const value = process.env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new EditionsError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`, { rule: 'bad-environment' });
  return Number(value);
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
