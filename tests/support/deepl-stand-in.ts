// A stand-in DeepL API on 127.0.0.1 for tests: the real deepl-node client talks to it over HTTP.
// It "translates" by tagging text runs with the target language, keeps XML tags as DeepL does,
// counts billed characters, enforces a quota, and injects faults on demand.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  path: string;
  texts: string[];
  targetLang: string;
  sourceLang?: string;
  tagHandling?: string;
  context?: string;
  formality?: string;
  glossaryId?: string;
  authorization?: string;
}

export interface StandInGlossary {
  glossary_id: string;
  name: string;
  source_lang: string;
  target_lang: string;
  entries: Record<string, string>;
}

/** One scripted answer: an HTTP error, a request held open for `hang` ms, or a normal answer (`pass`). */
export type Fault = { status: number; body?: string } | { hang: number } | { delay: number } | { pass: true } | { reply: 'missing' | 'extra' | 'broken-tags' | 'not-json' };

export interface StandIn {
  url: string;
  key: string;
  requests: StandInRequest[];
  glossaries: StandInGlossary[];
  /** Characters billed so far (text outside tags). */
  billed: () => number;
  /** Answer the next translate requests with these faults, one each, before answering normally. */
  fail: (...faults: Fault[]) => void;
  /** Drop faults not yet used. */
  clearFaults: () => void;
  /** Answer 456 once this many characters have been billed. */
  setQuota: (characters: number) => void;
  close: () => Promise<void>;
}

export const STAND_IN_KEY = 'stand-in-secret-key-0123456789:fx';

/**
 * The stand-in's "translation": each text run prefixed with the target, glossary terms replaced,
 * tags untouched.
 */
export function fakeTranslate(xml: string, target: string, glossary: Record<string, string> = {}): string {
  let first = true;
  return xml.replace(/([^<>]+)(?=<|$)/g, (original) => {
    if (!original.trim()) return original;
    let run = original;
    for (const [term, translation] of Object.entries(glossary)) run = run.split(term).join(translation);
    const out = first ? `[${target}] ${run}` : run;
    first = false;
    return out;
  });
}

function billable(xml: string): number {
  return xml.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, '_').length;
}

export async function startDeeplStandIn(options: { key?: string; quota?: number } = {}): Promise<StandIn> {
  const key = options.key ?? STAND_IN_KEY;
  const requests: StandInRequest[] = [];
  const glossaries: StandInGlossary[] = [];
  const faults: Fault[] = [];
  let billed = 0;
  let quota = options.quota ?? 1_000_000;
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      if (req.headers.authorization !== `DeepL-Auth-Key ${key}`) return send(403, { message: 'Authorization failure, check auth_key' });
      if (url.pathname === '/v2/usage') return send(200, { character_count: billed, character_limit: quota });
      const info = (glossary: StandInGlossary) => ({ ...glossary, entries: undefined, ready: true, creation_time: '2026-11-24T10:00:00Z', entry_count: Object.keys(glossary.entries).length });
      if (url.pathname === '/v2/glossaries' && req.method === 'GET') return send(200, { glossaries: glossaries.map(info) });
      if (url.pathname === '/v2/glossaries' && req.method === 'POST') {
        const form = new URLSearchParams(body);
        const entries = Object.fromEntries((form.get('entries') ?? '').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]));
        const glossary = { glossary_id: `g-${glossaries.length + 1}`, name: form.get('name') ?? '', source_lang: form.get('source_lang') ?? '', target_lang: form.get('target_lang') ?? '', entries };
        glossaries.push(glossary);
        return send(201, info(glossary));
      }
      if (url.pathname !== '/v2/translate' || req.method !== 'POST') return send(404, { message: 'Not found' });

      const params = req.headers['content-type']?.includes('application/json') ? jsonParams(body) : new URLSearchParams(body);
      const request: StandInRequest = {
        path: url.pathname,
        texts: params.getAll('text'),
        targetLang: (params.get('target_lang') ?? '').toUpperCase(),
        sourceLang: params.get('source_lang')?.toUpperCase(),
        tagHandling: params.get('tag_handling') ?? undefined,
        context: params.get('context') ?? undefined,
        formality: params.get('formality') ?? undefined,
        glossaryId: params.get('glossary_id') ?? undefined,
        authorization: req.headers.authorization,
      };
      const fault = faults.shift();
      if (fault && 'delay' in fault) {
        // A slow but good answer: the request is served normally after `delay` ms.
        await new Promise((resolve) => setTimeout(resolve, fault.delay));
      }
      if (fault && 'hang' in fault) {
        setTimeout(() => res.destroyed || send(503, { message: 'late' }), fault.hang);
        return;
      }
      if (fault && 'status' in fault) return send(fault.status, fault.body ?? { message: `stand-in fault ${fault.status}` });
      if (request.texts.length > 50) return send(400, { message: 'Too many texts in one request' });
      if (Buffer.byteLength(body) > 128 * 1024) return send(413, { message: 'Request too large' });
      const cost = request.texts.reduce((sum, text) => sum + billable(text), 0);
      if (billed + cost > quota) return send(456, { message: 'Quota exceeded' });
      billed += cost;
      requests.push(request);
      const glossary = glossaries.find((item) => item.glossary_id === request.glossaryId)?.entries;
      let translations = request.texts.map((text) => ({ detected_source_language: 'EN', text: fakeTranslate(text, request.targetLang, glossary), billed_characters: billable(text) }));
      if (fault && 'reply' in fault) {
        if (fault.reply === 'not-json') return send(200, 'this is not JSON');
        if (fault.reply === 'missing') translations = translations.slice(1);
        if (fault.reply === 'extra') translations = [...translations, translations[0]];
        if (fault.reply === 'broken-tags') translations = translations.map((item, index) => (index === 0 ? { ...item, text: `${item.text}<em>unclosed` } : item));
      }
      send(200, { translations });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    key,
    requests,
    glossaries,
    billed: () => billed,
    fail: (...list) => faults.push(...list),
    clearFaults: () => {
      faults.length = 0;
    },
    setQuota: (characters) => {
      quota = characters;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function jsonParams(body: string): URLSearchParams {
  const params = new URLSearchParams();
  const value = JSON.parse(body || '{}') as Record<string, unknown>;
  for (const [name, item] of Object.entries(value)) {
    for (const one of Array.isArray(item) ? item : [item]) params.append(name, String(one));
  }
  return params;
}
