// The EditionsError a call throws, so a test can assert on its message, rule and place.
import { EditionsError } from '../../pipeline/errors.js';

export function problemOf(fn: () => unknown): EditionsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EditionsError) return error;
    throw error;
  }
  throw new Error('expected an EditionsError');
}
