// User-facing problems carry a place and a permanent rule id; anything else is a bug.
import type { Place } from './edition.js';
import { RULES, type RuleId } from './rules.js';

/** A problem with the user's input or environment: printed as one line, exit non-zero, no stack. */
export class EditionsError extends Error {
  readonly place?: Place;
  readonly rule: RuleId;
  readonly exitCode: number;

  /** `exitCode` defaults to the rule's own (rules.ts); pass one only where a caller decides otherwise. */
  constructor(message: string, options: { place?: Place; rule: RuleId; exitCode?: number; cause?: unknown }) {
    super(redact(message), { cause: options.cause });
    this.name = 'EditionsError';
    this.place = options.place;
    this.rule = options.rule;
    this.exitCode = options.exitCode ?? RULES[options.rule]?.exitCode ?? 1;
  }
}

const secrets = new Set<string>();

/** Remember a secret (an API key, a proxy password) so that no message Editions prints can show it. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

/** Every secret the environment holds, by the variables that carry them (keys, credentials in URLs). */
export function registerSecretsFrom(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (/KEY|TOKEN|SECRET|PASSWORD/i.test(name)) registerSecret(value);
    const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^\s/@]*)@/i.exec(value)?.[1];
    if (credentials?.includes(':')) registerSecret(decodeURIComponentSafe(credentials.slice(credentials.indexOf(':') + 1)));
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Text meant for people with secrets taken out: registered keys, passwords in URLs
 * (`https://user:***@proxy`), and Authorization headers a server echoed back.
 */
export function redact(text: string): string {
  let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]*):([^\s/@]*)@/gi, '$1$2:***@');
  out = out.replace(/(authorization["']?\s*[:=]\s*["']?)(?:(DeepL-Auth-Key|Bearer|Basic|Token)\s+)?[^\s"',}]+/gi, (_, head: string, scheme?: string) => `${head}${scheme ? `${scheme} ` : ''}***`);
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

/** `file:line:column: message [rule]`, the shape every content problem is reported in. */
export function formatProblem(message: string, rule: string, place?: Place): string {
  if (!place) return redact(`${message} [${rule}]`);
  const where = [place.file, place.line > 0 ? String(place.line) : undefined, place.column ? String(place.column) : undefined]
    .filter(Boolean)
    .join(':');
  return redact(`${where}: ${message} [${rule}]`);
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
    super(redact(message));
    this.name = 'InternalError';
  }
}
