// Reading the engines' tuning variables, one rule for all: a value that cannot be used is refused,
// never silently ignored. (Its own module: engine files import it, and the registry imports them.)
import { EditionsError } from '../errors.js';

/** A whole number above 0 (attempts, time-outs), or undefined when unset. */
export function wholeVariable(env: Record<string, string | undefined>, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new EditionsError(`${name} must be a whole number above 0, not "${value}"`, { rule: 'bad-environment' });
  return Number(value);
}
