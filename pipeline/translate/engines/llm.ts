// Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio): one POST
// per batch to {EDITIONS_LLM_URL}/chat/completions, the texts as one JSON object in the last user
// message, and a JSON schema asking for {"translations": [...]} in the same order. The reply is
// untrusted: one translation per text with every placeholder tag intact, or it is refused.
import type { LanguageSettings } from '../../config.js';
import { EditionsError, registerSecret } from '../../errors.js';
import type { Engine, TokenUsage, TranslateRequest } from '../engine.js';
import type { EngineDefinition, EnvironmentVariables } from '../registry.js';
import { wholeVariable } from '../variables.js';
import { llmInstructions, llmPayload, responseFormat } from './llm-prompt.js';

export interface LlmOptions {
  /** Base URL, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1. */
  url: string;
  model: string;
  /** Sent as a Bearer token when set; never printed. */
  key?: string;
  /** Attempts per request for 429, 5xx, time-outs and refused connections (default 4). */
  attempts?: number;
  /** Time-out per request in ms (default 120000: local models can be slow). */
  timeoutMs?: number;
  /** First back-off pause in ms (doubles each time; Retry-After wins when the server sends one). */
  backoffMs?: number;
}

/** Requests small enough that a local model answers within its context window. */
export const LLM_LIMITS = { texts: 20, bytes: 16 * 1024 };

export function llmEngine(options: LlmOptions): Engine {
  if (options.key) registerSecret(options.key);
  const endpoint = `${options.url.replace(/\/+$/, '')}/chat/completions`;
  const where = `at ${options.url.replace(/\/+$/, '')}`;
  return {
    name: 'llm',
    limits: LLM_LIMITS,
    glossaries: true,
    updates: true,
    label: () => options.model,
    async translate(request: TranslateRequest): Promise<string[]> {
      const body = JSON.stringify({
        model: options.model,
        temperature: 0,
        messages: [
          { role: 'system', content: llmInstructions(request) },
          { role: 'user', content: JSON.stringify(llmPayload(request)) },
        ],
        response_format: responseFormat(request.texts.length),
      });
      // A reply that breaks the contract is asked for once more, then refused: nothing from it is saved.
      let problem = '';
      for (let round = 0; round < 2; round++) {
        const reply = await post(endpoint, body, options, where);
        if (reply.usage) request.onUsage?.(reply.usage);
        const checked = checkReply(reply.content, request.texts);
        if (Array.isArray(checked)) return checked;
        // A reply cut off at the model's limit is rarely better the second time; say what would help.
        problem = reply.cutOff ? `${checked}, cut off at the model's length limit (finish_reason "length"); give the model a larger context (Ollama: OLLAMA_CONTEXT_LENGTH=16384 ollama serve)` : checked;
      }
      throw new EditionsError(`the language model ${where} answered twice with ${problem}; nothing from this request was saved. Try again, or another model or engine`, { rule: 'engine-reply' });
    },
  };
}

interface Reply {
  content: string;
  usage?: TokenUsage;
  /** True when the endpoint stopped at its token limit (finish_reason "length"). */
  cutOff?: boolean;
}

const RETRY = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

async function post(endpoint: string, body: string, options: LlmOptions, where: string): Promise<Reply> {
  const attempts = Math.max(1, options.attempts ?? 4);
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(options.key ? { Authorization: `Bearer ${options.key}` } : {}) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 120_000} ms` : `could not connect (${causeOf(error)})`;
      if (attempt < attempts) await pause(backoff(options, attempt));
      continue;
    }
    // The time-out also covers the body: a server that stalls after its headers is retried like one that never answered.
    const text = await response.text().catch((error: unknown) => {
      last = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 120_000} ms` : `the answer broke off (${causeOf(error)})`;
      return undefined;
    });
    if (text === undefined) {
      if (attempt < attempts) await pause(backoff(options, attempt));
      continue;
    }
    if (response.ok) return parseCompletion(text, where);
    if (response.status === 401 || response.status === 403) {
      throw new EditionsError(`the language model ${where} refused the request (HTTP ${response.status}); check EDITIONS_LLM_KEY`, { rule: 'llm-auth', exitCode: 3 });
    }
    last = `HTTP ${response.status}${messageOf(text)}`;
    if (!RETRY.has(response.status)) {
      const hint = response.status === 404 ? ' (is EDITIONS_LLM_URL the API\'s base URL, ending in /v1, and EDITIONS_LLM_MODEL a model it serves?)' : '';
      throw new EditionsError(`the language model ${where} failed: ${last}${hint}. What was translated before is saved`, { rule: 'llm-failed', exitCode: 3 });
    }
    if (attempt < attempts) await pause(retryAfter(response) ?? backoff(options, attempt));
  }
  throw new EditionsError(`the language model ${where} did not answer after ${attempts} attempts (${last}). What was translated before is saved; run again later`, { rule: 'llm-connection', exitCode: 3 });
}

function parseCompletion(text: string, where: string): Reply {
  try {
    const value = JSON.parse(text) as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[]; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } };
    const content = value.choices?.[0]?.message?.content;
    const usage = value.usage && typeof value.usage.prompt_tokens === 'number' && typeof value.usage.completion_tokens === 'number' ? { promptTokens: value.usage.prompt_tokens, completionTokens: value.usage.completion_tokens } : undefined;
    return { content: typeof content === 'string' ? content : '', usage, cutOff: value.choices?.[0]?.finish_reason === 'length' };
  } catch {
    throw new EditionsError(`the language model ${where} answered with something that is not a chat completion (not JSON); is EDITIONS_LLM_URL the API's base URL (ending in /v1)?`, { rule: 'engine-reply' });
  }
}

/** The translations, or what is wrong with the reply (in words, for the message). */
export function checkReply(content: string, texts: string[]): string[] | string {
  let value: unknown;
  try {
    value = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return 'content that is not JSON';
  }
  const translations = (value as { translations?: unknown })?.translations;
  if (!Array.isArray(translations) || translations.some((item) => typeof item !== 'string')) return 'no "translations" list of strings';
  if (translations.length !== texts.length) return `${translations.length} translations for ${texts.length} texts`;
  const broken = texts.findIndex((text, index) => tagsOf(text) !== tagsOf(translations[index] as string) || !wellFormed(translations[index] as string));
  if (broken >= 0) return `the markup of text ${broken + 1} changed (its placeholder tags must come back unchanged)`;
  if (translations.some((item) => !(item as string).trim())) return 'an empty translation';
  return translations as string[];
}

/**
 * The placeholder tags of a text, sorted: the same multiset must come back, in any order. Spellings
 * that restore() reads alike count alike: `<x i="1"></x>` and `<x i="1" />` are `<x i="1"/>`, `<br>` is `<br/>`.
 */
function tagsOf(xml: string): string {
  return (xml.match(/<[^<>]+>/g) ?? [])
    .map((tag) => tag.replace(/\s+/g, ' ').replace(/\s*\/>$/, '/>').replace(/^<br ?>$/, '<br/>').replace(/^(<x [^>]*[^/])>$/, '$1/>'))
    .filter((tag) => tag !== '</x>' && tag !== '</br>')
    .sort()
    .join('');
}

/** True when tags nest (what restore() needs): a stray "<" or crossed tags would be refused later without a second try. */
function wellFormed(xml: string): boolean {
  if (xml.replace(/<[^<>]+>/g, '').includes('<')) return false;
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-z]+)[^<>]*?(\/?)>/g)) {
    if (name === 'x' || name === 'br' || selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

function messageOf(body: string): string {
  try {
    const value = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof value.error === 'string' ? value.error : (value.error?.message ?? value.message);
    return typeof message === 'string' ? `: ${message.replace(/\s+/g, ' ').slice(0, 160)}` : '';
  } catch {
    return '';
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 30) * 1000 : undefined;
}

const backoff = (options: LlmOptions, attempt: number) => Math.min((options.backoffMs ?? 500) * 2 ** (attempt - 1), 10_000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The registry's entry: set up by EDITIONS_LLM_URL (and a model); covers any language the model writes. */
export const llmDefinition = {
  name: 'llm',
  summary: 'any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio); updates approved translations after a source change',
  variables: [
    { name: 'EDITIONS_LLM_URL', summary: 'the API base URL, e.g. http://127.0.0.1:11434/v1 for Ollama' },
    { name: 'EDITIONS_LLM_MODEL', summary: 'the model name, e.g. llama3.1:8b or gpt-4o-mini' },
    { name: 'EDITIONS_LLM_KEY', summary: 'a Bearer key, when the endpoint needs one', secret: true },
    { name: 'EDITIONS_LLM_ATTEMPTS', summary: 'attempts per request (default 4)' },
    { name: 'EDITIONS_LLM_TIMEOUT_MS', summary: 'time-out per request in ms (default 120000)' },
  ],
  updates: true,
  detect: (env: EnvironmentVariables) => {
    const url = env.EDITIONS_LLM_URL?.trim();
    const model = env.EDITIONS_LLM_MODEL?.trim();
    return {
      configured: Boolean(url && model),
      detail: !url ? 'EDITIONS_LLM_URL is not set' : !model ? 'EDITIONS_LLM_URL is set but EDITIONS_LLM_MODEL is not' : `model ${model} at ${url}`,
      fingerprint: `${url ?? ''} ${model ?? ''}`,
    };
  },
  covers(_source: string, _settings: LanguageSettings, available: { configured: boolean; detail: string }): true | string {
    return available.configured ? true : `set EDITIONS_LLM_URL and EDITIONS_LLM_MODEL to translate with a language model (${available.detail})`;
  },
  make: async (env: EnvironmentVariables) => {
    const url = env.EDITIONS_LLM_URL?.trim();
    const model = env.EDITIONS_LLM_MODEL?.trim();
    if (!url || !model) throw new EditionsError('engine llm needs EDITIONS_LLM_URL and EDITIONS_LLM_MODEL to be set', { rule: 'bad-environment' });
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new EditionsError(`EDITIONS_LLM_URL must be an http(s) URL such as http://127.0.0.1:11434/v1, not "${url}"`, { rule: 'bad-environment' });
    return llmEngine({ url, model, key: env.EDITIONS_LLM_KEY || undefined, attempts: wholeVariable(env, 'EDITIONS_LLM_ATTEMPTS'), timeoutMs: wholeVariable(env, 'EDITIONS_LLM_TIMEOUT_MS') });
  },
  probe: async (env: EnvironmentVariables) => {
    const url = env.EDITIONS_LLM_URL?.trim().replace(/\/+$/, '');
    if (!url) return undefined;
    try {
      const response = await fetch(`${url}/models`, { headers: env.EDITIONS_LLM_KEY ? { Authorization: `Bearer ${env.EDITIONS_LLM_KEY}` } : {}, signal: AbortSignal.timeout(3000) });
      return response.ok ? `${url} answers` : `${url} answered HTTP ${response.status}`;
    } catch (error) {
      return `${url} does not answer (${causeOf(error)}); start the model server or fix EDITIONS_LLM_URL`;
    }
  },
} as const satisfies EngineDefinition<'llm'>;
