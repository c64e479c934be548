// A stand-in OpenAI-compatible chat-completions API on 127.0.0.1 for tests: the llm engine's own
// fetch talks to it over HTTP. It "translates" by tagging text runs with the target language (tags
// kept, as deepl-stand-in does), honours `updates` by editing the approved translation only where
// the source changed, reports token usage, records every request, and injects faults on demand.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fakeTranslate } from './deepl-stand-in.js';

/** The wire contract's user object, as the stand-in received it. */
export interface LlmPayload {
  source_language: string;
  target_language: string;
  texts: string[];
  updates: ({ previous_source: string; previous_translation: string } | null)[];
  glossary: Record<string, string>;
  context: string;
  other_translations: { language: string; translations: (string | null)[] }[];
}

export interface LlmStandInRequest {
  path: string;
  authorization?: string;
  /** The whole request body (model, messages, response_format, …). */
  body: Record<string, unknown>;
  /** The system message. */
  system: string;
  /** The last user message, parsed. */
  payload: LlmPayload;
}

/**
 * One scripted answer: an HTTP error (with a Retry-After header when given), a request held open for
 * `hang` ms, a broken reply, or a normal answer (`pass`).
 */
export type LlmFault =
  | { status: number; retryAfter?: number; body?: string }
  | { hang: number }
  /** Headers sent at once, the body held back for `stall` ms. */
  | { stall: number }
  | { pass: true }
  | { reply: 'missing-tag' | 'wrong-count' | 'not-json' | 'not-completion' | 'fenced' | 'no-usage' | 'cut-off' };

export interface LlmStandIn {
  /** The base URL, as EDITIONS_LLM_URL takes it (ends in /v1). */
  url: string;
  key?: string;
  /** Translate requests that reached the stand-in (faulted ones included), in order. */
  requests: LlmStandInRequest[];
  /** Every POST to /chat/completions, refused ones (401) included. */
  hits: () => number;
  /** Tokens reported so far (prompt + completion). */
  tokens: () => { prompt: number; completion: number };
  /** For each update served: whether the approved translation was edited in place or retranslated. */
  updatesServed: ('edited' | 'retranslated')[];
  fail: (...faults: LlmFault[]) => void;
  clearFaults: () => void;
  close: () => Promise<void>;
}

export const LLM_STAND_IN_KEY = 'sk-stand-in-llm-secret-0123456789abcdef';

/** The stand-in's token count: one token per 4 characters, as a rough tokenizer would. */
export const standInTokens = (text: string) => Math.ceil(text.length / 4);

/** The stand-in's translations of one request: fresh texts tagged, updates edited in place. */
export function standInTranslations(payload: LlmPayload): { translations: string[]; served: ('edited' | 'retranslated')[] } {
  const served: ('edited' | 'retranslated')[] = [];
  const translations = payload.texts.map((text, index) => {
    const update = payload.updates?.[index];
    const fresh = fakeTranslate(text, payload.target_language.toUpperCase(), payload.glossary ?? {});
    if (!update) return fresh;
    const edited = editApproved(update.previous_source, text, update.previous_translation);
    served.push(edited === undefined ? 'retranslated' : 'edited');
    return edited ?? fresh;
  });
  return { translations, served };
}

/**
 * The minimal edit a careful model makes: the words that changed between the two sources are
 * replaced (or inserted) in the approved translation, everything else is kept. The stand-in copies
 * source words, so the changed words are found in the translation when the editor kept them; when
 * they are not (or tags would break), it answers undefined and the caller retranslates.
 * "free." → "free, and they will be." on "[DE] Das Volk: free." gives "[DE] Das Volk: free, and they will be."
 */
export function editApproved(previousSource: string, source: string, translation: string): string | undefined {
  const before = previousSource.split(/(\s+)/);
  const after = source.split(/(\s+)/);
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const removed = before.slice(head, before.length - tail).join('');
  const added = after.slice(head, after.length - tail).join('');
  let result: string | undefined;
  if (removed.trim() && translation.split(removed).length === 2) result = translation.replace(removed, () => added);
  else if (!removed.trim()) {
    // A pure insertion: put it after the last unchanged word before it that the translation still has.
    const anchor = before.slice(0, head).join('');
    const at = anchor.trim() ? translation.lastIndexOf(anchor.trimEnd().split(/\s+/).pop()!) : -1;
    if (at >= 0) {
      const word = anchor.trimEnd().split(/\s+/).pop()!;
      const gap = anchor.slice(anchor.trimEnd().length);
      result = translation.slice(0, at + word.length) + gap + added + translation.slice(at + word.length + gap.length);
    }
  }
  if (result === undefined) return undefined;
  const tags = (xml: string) => (xml.match(/<[^<>]+>/g) ?? []).sort().join('');
  return tags(result) === tags(source) ? result : undefined;
}

export async function startLlmStandIn(options: { key?: string } = {}): Promise<LlmStandIn> {
  const requests: LlmStandInRequest[] = [];
  const faults: LlmFault[] = [];
  const updatesServed: ('edited' | 'retranslated')[] = [];
  const tokens = { prompt: 0, completion: 0 };
  const sockets = new Set<Socket>();
  let hits = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/v1/chat/completions') hits++;
      if (options.key && req.headers.authorization !== `Bearer ${options.key}`) return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
      if (url.pathname === '/v1/models' && req.method === 'GET') return send(200, { object: 'list', data: [{ id: 'stand-in-model', object: 'model' }] });
      if (url.pathname !== '/v1/chat/completions' || req.method !== 'POST') return send(404, { error: { message: 'Not found' } });
      let body: Record<string, unknown>;
      let payload: LlmPayload;
      let system = '';
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        const messages = body.messages as { role: string; content: string }[];
        system = messages.find((message) => message.role === 'system')?.content ?? '';
        payload = JSON.parse(messages[messages.length - 1].content) as LlmPayload;
      } catch {
        return send(400, { error: { message: 'the stand-in expects the wire contract: messages with a JSON user object' } });
      }
      requests.push({ path: url.pathname, authorization: req.headers.authorization, body, system, payload });
      const fault = faults.shift();
      if (fault && 'hang' in fault) {
        setTimeout(() => send(503, { error: { message: 'late' } }), fault.hang);
        return;
      }
      if (fault && 'stall' in fault) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"id": "chatcmpl-stalled", ');
        setTimeout(() => res.destroyed || res.end('"choices": []}'), fault.stall);
        return;
      }
      if (fault && 'status' in fault) return send(fault.status, fault.body ?? { error: { message: `stand-in fault ${fault.status}` } }, fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {});
      const answer = standInTranslations(payload);
      let translations = answer.translations;
      const reply = fault && 'reply' in fault ? fault.reply : undefined;
      if (reply === 'not-completion') return send(200, '<html><body>Welcome to the model server</body></html>', { 'Content-Type': 'text/html' });
      if (reply === 'wrong-count') translations = translations.slice(1);
      if (reply === 'missing-tag') translations = translations.map((text) => text.replace(/<[^<>]+>/, ''));
      updatesServed.push(...answer.served);
      let content = JSON.stringify({ translations });
      if (reply === 'not-json') content = `Sure! Here are the translations: ${translations.join(' | ')}`;
      if (reply === 'fenced') content = `\`\`\`json\n${content}\n\`\`\``;
      if (reply === 'cut-off') content = content.slice(0, Math.ceil(content.length / 2));
      const usage = { prompt_tokens: standInTokens(system) + standInTokens(JSON.stringify(payload)), completion_tokens: standInTokens(content) };
      if (reply !== 'no-usage') {
        tokens.prompt += usage.prompt_tokens;
        tokens.completion += usage.completion_tokens;
      }
      send(200, {
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: reply === 'cut-off' ? 'length' : 'stop' }],
        ...(reply === 'no-usage' ? {} : { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }),
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    key: options.key,
    requests,
    hits: () => hits,
    tokens: () => ({ ...tokens }),
    updatesServed,
    fail: (...list) => faults.push(...list),
    clearFaults: () => {
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
