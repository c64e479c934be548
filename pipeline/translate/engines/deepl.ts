// DeepL through the official deepl-node client (loaded on first use, so commands that translate
// nothing never pay for it). The key never appears in any message we print.
import type * as DeeplModule from 'deepl-node';
import type { LanguageSettings } from '../../config.js';
import { EditionsError, registerSecret } from '../../errors.js';
import type { Engine, TranslateRequest } from '../engine.js';
import type { EngineDefinition, EnvironmentVariables } from '../registry.js';
import { wholeVariable } from '../variables.js';
import { createHash } from 'node:crypto';

type deepl = typeof DeeplModule;
// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace deepl {
  type TargetLanguageCode = DeeplModule.TargetLanguageCode;
  type SourceLanguageCode = DeeplModule.SourceLanguageCode;
  type LanguageCode = DeeplModule.LanguageCode;
  type Translator = DeeplModule.Translator;
}
let client: deepl | undefined;
async function loadClient(): Promise<deepl> {
  client ??= await import('deepl-node');
  return client;
}

/** DeepL's documented request limits: 50 texts and 128 KiB per request. */
export const DEEPL_LIMITS = { texts: 50, bytes: 128 * 1024 - 4096 };

/** BCP 47 → DeepL target codes where they differ; plain base codes for the rest. */
const TARGETS: Record<string, deepl.TargetLanguageCode> = {
  en: 'en-US',
  'en-US': 'en-US',
  'en-GB': 'en-GB',
  pt: 'pt-PT',
  'pt-PT': 'pt-PT',
  'pt-BR': 'pt-BR',
  zh: 'zh-HANS',
  'zh-Hans': 'zh-HANS',
  'zh-CN': 'zh-HANS',
  'zh-Hant': 'zh-HANT',
  'zh-TW': 'zh-HANT',
  'es-419': 'es-419',
};

/** Target languages DeepL translates into (base codes), per its documentation. */
const SUPPORTED = new Set(
  'ar bg cs da de el en es et fi fr he hu id it ja ko lt lv nb nl pl pt ro ru sk sl sv th tr uk vi zh tl hi ga hr is mt sr sw ms bn ur ta te ca gl eu eo'.split(' '),
);

/** The DeepL code for a BCP 47 target, or undefined when DeepL does not translate into it. */
export function deeplTarget(code: string): deepl.TargetLanguageCode | undefined {
  if (TARGETS[code]) return TARGETS[code];
  // Intl.Locale would rewrite aliases (tl → fil); DeepL knows the code as written.
  const base = code.split('-')[0].toLowerCase();
  return SUPPORTED.has(base) ? (base as deepl.TargetLanguageCode) : undefined;
}

export function deeplSource(code: string): deepl.SourceLanguageCode {
  return code.split('-')[0].toLowerCase() as deepl.SourceLanguageCode;
}

export interface DeeplOptions {
  authKey: string;
  serverUrl?: string;
  /** Attempts per request, counting the first (deepl-node's `maxRetries` counts attempts). */
  attempts?: number;
  /** Per-request time-out in milliseconds. */
  timeoutMs?: number;
}

export async function deeplTranslator(options: DeeplOptions): Promise<deepl.Translator> {
  const deepl = await loadClient();
  return new deepl.Translator(options.authKey, {
    serverUrl: options.serverUrl,
    maxRetries: options.attempts ?? 5,
    minTimeout: options.timeoutMs ?? 20_000,
    sendPlatformInfo: false,
  });
}

/** Languages DeepL glossaries can join (its glossary language pairs). */
const GLOSSARY_LANGUAGES = new Set('ar bg cs da de el en es et fi fr he hu id it ja ko lt lv nb nl pl pt ro ru sk sl sv tr uk vi zh'.split(' '));

export function deeplEngine(options: DeeplOptions): Engine {
  registerSecret(options.authKey);
  let made: Promise<deepl.Translator> | undefined;
  const translatorOf = () => (made ??= deeplTranslator(options));
  const where = options.serverUrl ? ` at ${options.serverUrl}` : '';
  const glossaries = new Map<string, Promise<string>>();

  /** The DeepL glossary for these entries: found by name (which carries a content hash) or created once. */
  const glossaryFor = (from: string, to: string, entries: Record<string, string> | undefined): Promise<string> | undefined => {
    const source = deeplSource(from);
    const target = to.split('-')[0].toLowerCase();
    if (!entries || !Object.keys(entries).length || !GLOSSARY_LANGUAGES.has(source) || !GLOSSARY_LANGUAGES.has(target)) return undefined;
    const name = `editions ${source}-${target} ${glossaryFingerprint(entries)}`;
    let id = glossaries.get(name);
    if (!id) {
      id = (async () => {
        const translator = await translatorOf();
        const existing = (await translator.listGlossaries()).find((glossary) => glossary.name === name);
        if (existing) return existing.glossaryId;
        const deepl = await loadClient();
        return (await translator.createGlossary(name, source, target as deepl.LanguageCode, new deepl.GlossaryEntries({ entries }))).glossaryId;
      })();
      glossaries.set(name, id);
    }
    return id;
  };

  return {
    name: 'deepl',
    limits: DEEPL_LIMITS,
    glossaries: true,
    label: (_from, to, settings) => `${deeplTarget(to) ?? to}${settings.formality !== 'default' ? ` ${settings.formality}` : ''}`,
    async translate(request: TranslateRequest): Promise<string[]> {
      const target = deeplTarget(request.to);
      if (!target) throw new EditionsError(`DeepL does not translate into ${request.to}`, { rule: 'engine-unsupported' });
      try {
        const glossary = await glossaryFor(request.from, request.to, request.glossary);
        const translator = await translatorOf();
        const results = await translator.translateText(request.texts, deeplSource(request.from), target, {
          tagHandling: 'xml',
          ignoreTags: ['x'],
          formality: request.settings.formality,
          ...(request.context ? { context: request.context } : {}),
          ...(glossary ? { glossary } : {}),
        });
        const list = Array.isArray(results) ? results : [results];
        if (list.length !== request.texts.length) {
          throw new EditionsError(`DeepL returned ${list.length} texts for ${request.texts.length} segments; this batch was not saved`, { rule: 'engine-reply' });
        }
        return list.map((result) => result.text);
      } catch (error) {
        throw explain(error, where);
      }
    },
    async remaining(): Promise<string> {
      try {
        const usage = await (await translatorOf()).getUsage();
        if (!usage.character) return 'unknown';
        const { count, limit } = usage.character;
        return `${(limit - count).toLocaleString('en')} of ${limit.toLocaleString('en')} characters left this period`;
      } catch (error) {
        throw explain(error, where);
      }
    },
  };
}

/** deepl-node's errors → one plain sentence each, saying what to do. */
export function explain(error: unknown, where: string): unknown {
  if (error instanceof EditionsError) return error;
  const deepl = client;
  if (!deepl) return error;
  if (error instanceof deepl.QuotaExceededError) {
    return new EditionsError(`DeepL's character quota is used up (HTTP 456)${where}. What was translated before is saved; raise the quota or wait for it to reset, then run again`, { rule: 'deepl-quota', exitCode: 3 });
  }
  if (error instanceof deepl.AuthorizationError) {
    return new EditionsError(`DeepL refused the key (HTTP 403)${where}. Check DEEPL_AUTH_KEY`, { rule: 'deepl-auth', exitCode: 3 });
  }
  if (error instanceof deepl.TooManyRequestsError) {
    return new EditionsError(`DeepL kept answering "too many requests" (HTTP 429)${where} after several tries. What was translated before is saved; run again later`, { rule: 'deepl-busy', exitCode: 3 });
  }
  if (error instanceof deepl.ConnectionError) {
    return new EditionsError(`could not reach DeepL${where} (${error.message.replace(/\s+/g, ' ').slice(0, 120)}). What was translated before is saved; run again later`, { rule: 'deepl-connection', exitCode: 3 });
  }
  if (error instanceof deepl.DeepLError) {
    return new EditionsError(`DeepL failed${where}: ${error.message.replace(/\s+/g, ' ').slice(0, 160)}. What was translated before is saved; run again later`, { rule: 'deepl-failed', exitCode: 3 });
  }
  return error;
}

/** A short content hash: a DeepL glossary is reused while its entries stay the same. */
export function glossaryFingerprint(entries: Record<string, string>): string {
  const canonical = JSON.stringify(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** The registry's entry for DeepL: set up by DEEPL_AUTH_KEY; covers the languages DeepL translates into. */
export const deeplDefinition = {
  name: 'deepl',
  summary: 'DeepL through the official deepl-node client; paid per character, glossaries and formality',
  variables: [
    { name: 'DEEPL_AUTH_KEY', summary: 'the DeepL API key', secret: true },
    { name: 'DEEPL_SERVER_URL', summary: 'another DeepL endpoint (a proxy; tests)' },
    { name: 'EDITIONS_DEEPL_ATTEMPTS', summary: 'attempts per request (default 5)' },
    { name: 'EDITIONS_DEEPL_TIMEOUT_MS', summary: 'time-out per request in ms (default 20000)' },
  ],
  updates: false,
  detect: (env: EnvironmentVariables) => ({
    configured: Boolean(env.DEEPL_AUTH_KEY),
    detail: env.DEEPL_AUTH_KEY ? 'DEEPL_AUTH_KEY is set' : 'DEEPL_AUTH_KEY is not set',
    fingerprint: `${Boolean(env.DEEPL_AUTH_KEY)} ${env.DEEPL_SERVER_URL ?? ''}`,
  }),
  covers(_source: string, settings: LanguageSettings, available: { configured: boolean }): true | string {
    if (!deeplTarget(settings.code)) return `DeepL does not translate into ${settings.code}`;
    return available.configured ? true : 'set DEEPL_AUTH_KEY to translate with DeepL';
  },
  make: async (env: EnvironmentVariables) => {
    if (!env.DEEPL_AUTH_KEY) throw new EditionsError('engine deepl needs DEEPL_AUTH_KEY to be set', { rule: 'deepl-auth' });
    return deeplEngine({ authKey: env.DEEPL_AUTH_KEY, serverUrl: env.DEEPL_SERVER_URL || undefined, attempts: wholeVariable(env, 'EDITIONS_DEEPL_ATTEMPTS'), timeoutMs: wholeVariable(env, 'EDITIONS_DEEPL_TIMEOUT_MS') });
  },
} as const satisfies EngineDefinition<'deepl'>;
