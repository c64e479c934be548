// `editions review`: a local web server for editors. Bound to 127.0.0.1, a random token in every
// URL and request, Host and Origin checked. No database: every request reads the PO files, and
// every save changes one entry through updateCatalog (see actions.ts). No request can stop the
// server: whatever a handler throws becomes an answer with a plain message.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toHtml } from 'hast-util-to-html';
import { loadConfig } from '../config.js';
import { EditionsError, describeError, isEditionsError } from '../errors.js';
import { selectLanguages } from '../catalogs.js';
import { countStates } from '../review/apply.js';
import { entryKey, type Editor } from '../review/edit.js';
import { loadStatements } from '../workspace.js';
import { load, rowsOf, saveEntry, type Loaded } from './actions.js';
import { entryRow, languagePage, overviewPage, type Conflict, type OverviewRow, type PageWords } from './page.js';
import { hasMarkup, previewOf } from './preview.js';
import { RequestError, parseEntryRequest, parsePreviewRequest, parseTarget, readBody, reviewTarget, type EntryRequest } from './request.js';
import { fill, pageWords } from './words.js';

export interface ReviewServerOptions {
  root: string;
  port?: number;
  editorName: string;
  /** The clock, for approval dates. */
  now: () => Date;
  token?: string;
  /** The language of the page's own words (`--lang`); else the browser's Accept-Language. */
  lang?: string;
}

export interface ReviewServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

/** HTTP status of each user-facing problem; other workspace problems (bad encoding, syntax) are 422. */
const STATUS_OF_RULE: Record<string, number> = {
  'unknown-language': 404,
  'no-source': 404,
  'outside-workspace': 403,
  'entry-gone': 409,
  'disk-full': 507,
  'not-writable': 503,
  'catalog-locked': 503,
};

function send(res: ServerResponse, status: number, type: string, body: string, nonce?: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce ?? 'none'}'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));

/** Any error as an answer: request and workspace problems in plain words, bugs as "please report". */
function answerError(res: ServerResponse, error: unknown, api: boolean): void {
  let status = 500;
  let message: string;
  if (error instanceof RequestError) [status, message] = [error.status, error.message];
  else if (isEditionsError(error)) [status, message] = [STATUS_OF_RULE[error.rule] ?? 422, describeError(error)];
  else {
    message = `Internal error, please report: ${(error as Error)?.message ?? String(error)}`;
    console.error('editions review: internal error, please report:', error instanceof Error ? error.stack : error);
  }
  if (api) json(res, status, { message });
  else send(res, status, 'text/plain', message);
}

/** Host, Origin, token and fetch-site checks; a refusal's message, or undefined when allowed. */
function refusal(req: IncomingMessage, url: URL, port: number, token: string): string | undefined {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return 'Forbidden: this server answers only to 127.0.0.1.';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((host) => `http://${host}`).includes(origin)) return 'Forbidden: requests from other sites are refused.';
  const given = String(req.headers['x-editions-token'] ?? url.searchParams.get('token') ?? '');
  if (given.length !== token.length || !timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
    return 'Forbidden: open the link `editions review` printed; it carries the access token.';
  }
  const site = req.headers['sec-fetch-site'];
  if (req.method === 'POST' && origin === undefined && site !== undefined && site !== 'same-origin') return 'Forbidden: requests from other sites are refused.';
  return undefined;
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const editor = (): Editor => ({ name: options.editorName, date: options.now().toISOString().slice(0, 10) });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = parseTarget(req.url);
    const refused = refusal(req, url, port, token);
    if (refused) return send(res, 403, 'text/plain', refused);
    const ui = pageWords(options.lang, req.headers['accept-language']);
    const nonce = randomBytes(16).toString('base64');
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', overviewPage(overview(options.root), token, nonce, ui), nonce);
    const review = reviewTarget(url.pathname);
    if (req.method === 'GET' && review) {
      const loaded = load(options.root, review.language, review.slug);
      const html = languagePage({ ...review, title: loaded.statement.meta.title, rows: rowsOf(loaded), counts: countStates(loaded.catalog.entries), token, nonce, ui });
      return send(res, 200, 'text/html', html, nonce);
    }
    if (req.method === 'POST' && url.pathname === '/api/entry') {
      const request = parseEntryRequest(await readBody(req));
      const [status, body] = answerSave(options.root, request, editor(), ui);
      return json(res, status, body);
    }
    if (req.method === 'POST' && url.pathname === '/api/preview') {
      const nodes = previewOf(parsePreviewRequest(await readBody(req)));
      return json(res, 200, { html: toHtml(nodes), markup: hasMarkup(nodes) });
    }
    send(res, 404, 'text/plain', 'Not found.');
  };

  const server = http.createServer((req, res) => {
    const api = (req.url ?? '').startsWith('/api/');
    handle(req, res).catch((error: unknown) => answerError(res, error, api));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new EditionsError(`port ${options.port} is in use; pick another with --port`, { rule: 'port-in-use' }) : error),
    );
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Every statement × language with its progress; a catalog that cannot be read shows its message. */
function overview(root: string): OverviewRow[] {
  const config = loadConfig(root);
  return loadStatements(config).flatMap((statement) =>
    selectLanguages(config).map((language) => {
      const row = { slug: statement.slug, title: statement.meta.title, language, counts: countStates([]) };
      try {
        return { ...row, counts: countStates(load(root, language, statement.slug).catalog.entries) };
      } catch (error) {
        if (!isEditionsError(error)) throw error;
        return { ...row, problem: describeError(error) };
      }
    }),
  );
}

/** One entry's row as HTML, from a freshly loaded catalog (a conflict row keeps the editor's text). */
function rowHtml(loaded: Loaded, key: string, ui: PageWords, conflict?: Conflict): string | undefined {
  const rows = rowsOf(loaded);
  const index = rows.findIndex((row) => entryKey(row.entry) === key);
  return index < 0 ? undefined : toHtml(entryRow(rows[index], loaded.language, index, ui.words, conflict));
}

/** A save's HTTP answer: 200 with the new row, 409 with the disk's row beside the editor's text, 422 to confirm. */
function answerSave(root: string, request: EntryRequest, editor: Editor, ui: PageWords): [number, unknown] {
  const outcome = saveEntry(root, request, editor);
  if (outcome.kind === 'confirm') return [422, { confirm: outcome.rules, message: fill(ui.words.confirmMessage, { rules: outcome.rules.join(', ') }) }];
  if (outcome.kind === 'conflict') {
    if (!outcome.present) return [409, { message: ui.words.entryGone }];
    const mine = request.action === 'revert' ? undefined : request.translation;
    const conflict = mine === undefined ? undefined : { mine, action: request.action };
    return [409, { message: conflict ? ui.words.conflictMessage : ui.words.conflictRevert, row: rowHtml(outcome.loaded, request.key, ui, conflict) }];
  }
  return [200, { row: rowHtml(outcome.loaded, request.key, ui) }];
}
