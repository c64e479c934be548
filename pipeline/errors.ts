// User-facing problems carry a place and a permanent rule id; anything else is a bug.
import type { Place } from './edition.js';

/** A problem with the user's input or environment: printed as one line, exit non-zero, no stack. */
export class EditionsError extends Error {
  readonly place?: Place;
  readonly rule: string;
  readonly exitCode: number;

  constructor(message: string, options: { place?: Place; rule: string; exitCode?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'EditionsError';
    this.place = options.place;
    this.rule = options.rule;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** `file:line:column: message [rule]`, the shape every content problem is reported in. */
export function formatProblem(message: string, rule: string, place?: Place): string {
  if (!place) return `${message} [${rule}]`;
  const where = [place.file, place.line > 0 ? String(place.line) : undefined, place.column ? String(place.column) : undefined]
    .filter(Boolean)
    .join(':');
  return `${where}: ${message} [${rule}]`;
}

export function describeError(error: EditionsError): string {
  return formatProblem(error.message, error.rule, error.place);
}

export function isEditionsError(error: unknown): error is EditionsError {
  return error instanceof EditionsError;
}

/** A bug in Editions, not a user mistake: printed with "internal error, please report". */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}
