// Reading what a browser (or anyone on 127.0.0.1) sends to the review server, trusting nothing:
// the target, the body's size and encoding, and every field's type. A bad request becomes a
// RequestError with its HTTP status and a plain message; it never reaches the catalogs.
import type { IncomingMessage } from 'node:http';

/** A request the server refuses; `status` is the HTTP answer, `message` is shown to the editor. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** A save is at most this many bytes: a long paragraph in any script is far below it. */
export const BODY_LIMIT = 1024 * 1024;
/** Past this, the sender is not a browser saving one entry: stop reading and close. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/** The request target as a URL; `GET //[` or `GET http://[` is a 400, not a crash. */
export function parseTarget(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    throw new RequestError(400, 'Bad request: the address cannot be read.');
  }
}

/** `/review/<lang>/<slug>` → its two parts, percent-decoded; malformed escapes are a 400. */
export function reviewTarget(pathname: string): { language: string; slug: string } | undefined {
  const match = /^\/review\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  try {
    return { language: decodeURIComponent(match[1]), slug: decodeURIComponent(match[2]) };
  } catch {
    throw new RequestError(400, 'Bad request: the address has a malformed %-escape.');
  }
}

/**
 * The whole body, then decoded as strict UTF-8: a multi-byte letter split across TCP chunks is
 * joined before decoding, and bytes that are not UTF-8 are refused instead of becoming U+FFFD.
 * Over BODY_LIMIT: the rest is read and dropped, then a 413 (a reset would look like a crash).
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('error', reject);
    // A sender that hangs up mid-body gets no answer; the promise must still settle.
    req.on('close', () => {
      if (!req.complete) reject(new RequestError(400, 'Bad request: the connection closed before the body was complete.'));
    });
    req.on('end', () => {
      if (size > limit) return reject(new RequestError(413, `The change is too large (${size} bytes; at most ${limit}).`));
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new RequestError(400, 'Bad request: the body is not valid UTF-8 text.'));
      }
    });
  });
}

export const ACTIONS = ['save', 'approve', 'revert'] as const;
export type Action = (typeof ACTIONS)[number];

/** One editor action on one entry, as the page sends it. */
export interface EntryRequest {
  language: string;
  slug: string;
  key: string;
  /** The entry's version as the page loaded it (see entryVersion). */
  version: string;
  action: Action;
  translation?: string;
  /** Check errors (rule ids) the editor saw and approved anyway. */
  confirmedDespite: string[];
}

const SHAPE = 'The request must be a JSON object with the strings language, slug, key, version and action (save, approve or revert), and optionally translation.';

/** Parse and type-check an entry request; anything else is a 400 with a plain message. */
export function parseEntryRequest(text: string): EntryRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestError(400, 'Bad request: the body is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new RequestError(400, `Bad request: ${SHAPE}`);
  const fields = value as Record<string, unknown>;
  for (const name of ['language', 'slug', 'key', 'version', 'action']) {
    if (typeof fields[name] !== 'string') throw new RequestError(400, `Bad request: "${name}" must be a string. ${SHAPE}`);
  }
  if (!(ACTIONS as readonly string[]).includes(fields.action as string)) throw new RequestError(400, `Bad request: unknown action. ${SHAPE}`);
  if (fields.translation !== undefined && typeof fields.translation !== 'string') throw new RequestError(400, 'Bad request: "translation" must be a string.');
  // A save without text would silently empty the entry.
  if (fields.action === 'save' && fields.translation === undefined) throw new RequestError(400, 'Bad request: "save" needs the "translation" to save.');
  const confirmed = fields.confirmedDespite ?? [];
  if (!Array.isArray(confirmed) || !confirmed.every((rule) => typeof rule === 'string' && /^[a-z][a-z0-9-]*$/.test(rule))) {
    throw new RequestError(400, 'Bad request: "confirmedDespite" must be a list of rule ids.');
  }
  return {
    language: fields.language as string,
    slug: fields.slug as string,
    key: fields.key as string,
    version: fields.version as string,
    action: fields.action as Action,
    translation: fields.translation as string | undefined,
    confirmedDespite: confirmed as string[],
  };
}

/** `{ "text": "…" }` → the text to preview; anything else is a 400. */
export function parsePreviewRequest(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestError(400, 'Bad request: the body is not valid JSON.');
  }
  const preview = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).text : undefined;
  if (typeof preview !== 'string') throw new RequestError(400, 'Bad request: the request must be a JSON object with the string "text".');
  return preview;
}
