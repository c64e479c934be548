// `editions review`: a local web server for editors. Bound to 127.0.0.1, a random token in every
// URL and request, Host and Origin checked. No database: every request reads the PO files, and
// every save writes one atomically after checking nobody changed it since the page was loaded.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { toHtml } from 'hast-util-to-html';
import { loadConfig, type ResolvedConfig } from '../config.js';
import type { Catalog, Statement } from '../edition.js';
import { EditionsError, describeError, isEditionsError } from '../errors.js';
import { selectLanguages, updateCatalog } from '../catalogs.js';
import { readCatalog, writeCatalog } from '../review/po.js';
import { syncCatalog } from '../review/sync.js';
import { countStates } from '../review/apply.js';
import { approveEntry, editEntry, entryKey, revertEntry, type Editor } from '../review/edit.js';
import { checkCatalog } from '../review/checks/catalog.js';
import { loadGlossary } from '../translate/workspace.js';
import { catalogPath, loadStatements, shown } from '../workspace.js';
import { entryRow, languagePage, overviewPage, type ReviewRow } from './page.js';

export interface ReviewServerOptions {
  root: string;
  port?: number;
  editorName: string;
  /** The clock, for approval dates. */
  now: () => Date;
  token?: string;
}

export interface ReviewServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

interface Loaded {
  config: ResolvedConfig;
  statement: Statement;
  catalog: Catalog;
  file: string;
  version: string;
}

const versionOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Read one statement's catalog as it is on disk now, aligned with the current source. */
function load(root: string, language: string, slug: string): Loaded {
  const config = loadConfig(root);
  if (!selectLanguages(config).includes(language)) throw new EditionsError(`"${language}" is not a language of this workspace`, { rule: 'unknown-language', exitCode: 404 });
  const statement = loadStatements(config).find((item) => item.slug === slug);
  if (!statement) throw new EditionsError(`there is no statement "${slug}"`, { rule: 'no-source', exitCode: 404 });
  const path = catalogPath(config, language, slug);
  const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const existing = bytes.length ? readCatalog(bytes.toString('utf8'), shown(config, path)) : undefined;
  const { catalog } = syncCatalog(statement.segments, existing, language, slug);
  return { config, statement, catalog: readCatalog(writeCatalog(catalog), shown(config, path)), file: shown(config, path), version: versionOf(bytes) };
}

function rowsOf(loaded: Loaded, language: string): ReviewRow[] {
  const glossary = loadGlossary(loaded.config);
  const findings = checkCatalog(loaded.catalog.entries, language, loaded.file, glossary);
  const segments = new Map(loaded.statement.segments.map((segment) => [segment.id, segment]));
  return loaded.catalog.entries.map((entry) => {
    const segment = segments.get(entryKey(entry));
    return { entry, kind: segment?.kind ?? 'segment', sourceLine: segment?.position.line ?? 0, findings: findings.filter((finding) => finding.place.line === entry.line) };
  });
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const editor = (): Editor => ({ name: options.editorName, date: options.now().toISOString().slice(0, 10) });

  const server = http.createServer((req, res) => {
    const send = (status: number, type: string, body: string, nonce?: string) => {
      res.writeHead(status, {
        'Content-Type': `${type}; charset=utf-8`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce ?? 'none'}'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      });
      res.end(body);
    };
    const json = (status: number, value: unknown) => send(status, 'application/json', JSON.stringify(value));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(403, 'text/plain', 'Forbidden: this server answers only to 127.0.0.1.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.map((host) => `http://${host}`).includes(origin)) return send(403, 'text/plain', 'Forbidden: requests from other sites are refused.');
    const given = String(req.headers['x-editions-token'] ?? url.searchParams.get('token') ?? '');
    if (given.length !== token.length || !timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
      return send(403, 'text/plain', 'Forbidden: open the link `editions review` printed; it carries the access token.');
    }
    if (req.method === 'POST' && origin === undefined && req.headers['sec-fetch-site'] !== undefined && req.headers['sec-fetch-site'] !== 'same-origin') {
      return send(403, 'text/plain', 'Forbidden: requests from other sites are refused.');
    }

    const nonce = randomBytes(16).toString('base64');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        const config = loadConfig(options.root);
        const statements = loadStatements(config);
        const rows = statements.flatMap((statement) =>
          selectLanguages(config).map((language) => ({ slug: statement.slug, title: statement.meta.title, language, counts: countStates(load(options.root, language, statement.slug).catalog.entries) })),
        );
        return send(200, 'text/html', overviewPage(rows, token, nonce), nonce);
      }
      const review = /^\/review\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && review) {
        const [language, slug] = [decodeURIComponent(review[1]), decodeURIComponent(review[2])];
        const loaded = load(options.root, language, slug);
        const html = languagePage({ slug, title: loaded.statement.meta.title, language, rows: rowsOf(loaded, language), counts: countStates(loaded.catalog.entries), version: loaded.version, token, nonce });
        return send(200, 'text/html', html, nonce);
      }
      if (req.method === 'POST' && url.pathname === '/api/entry') {
        let body = '';
        req.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
          if (body.length > 4 * 1024 * 1024) req.destroy();
        });
        req.on('end', () => {
          try {
            json(...saveEntry(options.root, JSON.parse(body) as EntryRequest, editor()));
          } catch (error) {
            if (isEditionsError(error)) return json(error.exitCode === 404 ? 404 : 400, { message: describeError(error) });
            if (error instanceof SyntaxError) return json(400, { message: 'The request was not valid JSON.' });
            json(500, { message: `Internal error, please report: ${(error as Error).message}` });
          }
        });
        return;
      }
      send(404, 'text/plain', 'Not found.');
    } catch (error) {
      if (isEditionsError(error)) return send(error.exitCode === 404 ? 404 : 500, 'text/plain', describeError(error));
      send(500, 'text/plain', `Internal error, please report: ${(error as Error).message}`);
    }
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface EntryRequest {
  language: string;
  slug: string;
  version: string;
  key: string;
  action: 'save' | 'approve' | 'revert';
  translation?: string;
}

/** Apply one editor action, unless the catalog changed on disk since the page loaded it. */
function saveEntry(root: string, request: EntryRequest, editor: Editor): [number, unknown] {
  const loaded = load(root, String(request.language), String(request.slug));
  const render = (current: Loaded) => {
    const rows = rowsOf(current, request.language);
    const index = rows.findIndex((row) => entryKey(row.entry) === request.key);
    return index < 0 ? undefined : toHtml(entryRow(rows[index], request.language, index));
  };
  if (loaded.version !== request.version) {
    return [
      409,
      {
        message: `${loaded.file} changed on disk since this page was opened (another editor, a build or a git pull). Your change to this entry was NOT saved; it now shows what is on disk. Reload the page to see every change before going on.`,
        row: render(loaded),
      },
    ];
  }
  const text = typeof request.translation === 'string' ? request.translation : undefined;
  let changedMeanwhile = false;
  // Under the catalog's lock: re-check the version, then apply this one action to what is on disk.
  updateCatalog(loaded.config, request.language, request.slug, (current) => {
    const path = catalogPath(loaded.config, request.language, request.slug);
    if (versionOf(existsSync(path) ? readFileSync(path) : Buffer.alloc(0)) !== request.version) {
      changedMeanwhile = true;
      return undefined;
    }
    const catalog = syncCatalog(loaded.statement.segments, current, request.language, request.slug).catalog;
    if (request.action === 'approve') return approveEntry(catalog, request.key, editor, text);
    if (request.action === 'revert') return revertEntry(catalog, request.key);
    if (request.action === 'save') return editEntry(catalog, request.key, text ?? '', editor);
    throw new EditionsError(`unknown action "${String(request.action)}"`, { rule: 'bad-request' });
  });
  if (changedMeanwhile) return saveEntry(root, request, editor);
  const saved = load(root, request.language, request.slug);
  return [200, { version: saved.version, row: render(saved) }];
}
