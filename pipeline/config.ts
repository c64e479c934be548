// Read editions.config.yaml once, validate it, and resolve every default: stages never re-derive them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import * as z from './zod.js';
import { EditionsError } from './errors.js';
import { readText } from './read.js';
import { ENGINE_NAMES, FORMATS, type EngineChoice, type Format } from './edition.js';

export const CONFIG_FILE = 'editions.config.yaml';
export { ENGINE_NAMES, type EngineChoice } from './edition.js';

/**
 * The two-letter language codes Node's ICU names in English (every one `Intl.DisplayNames` knows,
 * listed once with it): a config in common languages is checked without building a DisplayNames,
 * which loads ICU's name tables and costs every command 10–40 ms. Other codes are asked of it.
 */
const NAMED_TWO_LETTER_CODES = new Set(
  `
  aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da
  de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz
  ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln
  lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi
  pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
  tk tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
`.trim().split(/\s+/),
);
let displayNames: Intl.DisplayNames | undefined;

/** Whether English has a name for this primary language subtag (es, fil; not "english"). */
export function knownLanguage(subtag: string): boolean {
  if (NAMED_TWO_LETTER_CODES.has(subtag)) return true;
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return Boolean(displayNames.of(subtag));
}

/** A BCP 47 tag written in its canonical form, never anything path-like. */
export function languageCodeProblem(code: string): string | undefined {
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(code)) {
    return `"${code}" is not a language code (BCP 47, such as es, pt-BR, zh-Hans)`;
  }
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(code)[0];
  } catch {
    return `"${code}" is not a valid BCP 47 language code (such as es, pt-BR, zh-Hans)`;
  }
  // Aliases stay as written (tl is not rewritten to fil); only the letter case must be canonical.
  if (canonical.toLowerCase() !== code.toLowerCase()) return undefined;
  if (canonical !== code) return `write the language code "${code}" as "${canonical}"`;
  if (!knownLanguage(code.split('-')[0])) return `"${code}" is not a known language (use a BCP 47 code such as es, pt-BR, zh-Hans)`;
  return undefined;
}

const languageCode = z.string().check(
  z.superRefine((code, ctx) => {
    const problem = languageCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

const formality = z.enum(['default', 'prefer_more', 'prefer_less']);
const percent = z.number().check(z.minimum(0), z.maximum(100));

const languageObject = z.strictObject({
  code: languageCode,
  engine: z.optional(z.enum(ENGINE_NAMES)),
  formality: z.optional(formality),
  /** Apertium only: translate through this language when no direct pair exists (e.g. es for pt). */
  pivot: z.optional(languageCode),
  fonts: z.optional(z.array(z.string().check(z.minLength(1)))),
  minTranslatedPercent: z.optional(percent),
});

const schema = z.strictObject({
  sourceLanguage: languageCode,
  languages: z.array(z.union([languageCode, languageObject])).check(z.minLength(1)),
  formats: z.optional(z.array(z.enum(FORMATS as [Format, ...Format[]])).check(z.minLength(1))),
  engine: z.optional(z.enum(ENGINE_NAMES)),
  minTranslatedPercent: z.optional(percent),
  /** Where output/ is published (https://…/): canonical links, hreflang alternates, sitemap.xml. */
  baseUrl: z.optional(z.url({ protocol: /^https?$/ })),
});

export interface LanguageSettings {
  code: string;
  engine: EngineChoice;
  formality: 'default' | 'prefer_more' | 'prefer_less';
  pivot?: string;
  fonts?: string[];
  minTranslatedPercent: number;
}

export interface ResolvedConfig {
  root: string;
  configFile: string;
  sourceLanguage: string;
  languages: LanguageSettings[];
  formats: Format[];
  /** Absolute URL of output/, always ending in "/"; undefined when the config has none. */
  baseUrl?: string;
  paths: { source: string; locales: string; output: string };
}

/** Read and resolve the workspace's config. Throws EditionsError naming the file and line. */
export function loadConfig(root: string): ResolvedConfig {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    throw new EditionsError(`no ${CONFIG_FILE} here (${root}); run \`editions init\` to make a workspace, or point --root at one`, {
      rule: 'no-config',
      place: { file: CONFIG_FILE, line: 0 },
    });
  }
  return resolveConfig(readText(file, CONFIG_FILE), root);
}

/** Validate config text (pure); `root` only anchors the resolved paths. */
export function resolveConfig(text: string, root: string): ResolvedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => ({ file: CONFIG_FILE, line: lineCounter.linePos(offset).line });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new EditionsError(`cannot read the YAML: ${yamlError.message.split('\n')[0]}`, {
      rule: 'config-syntax',
      place: at(yamlError.pos[0]),
    });
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const node = nodeAt(doc, issue.path as (string | number)[], keys[0]);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown setting "${keys[0]}"; known settings are ${knownKeys(issue.path.length > 0)}`
        : `${where}${issue.message}`;
    throw new EditionsError(message, { rule: 'config-invalid', place: at(node?.range?.[0] ?? 0) });
  }
  const raw = result.data;
  const defaultEngine = raw.engine ?? 'auto';
  const defaultShare = raw.minTranslatedPercent ?? 80;
  const languages = raw.languages.map((entry): LanguageSettings => {
    const item = typeof entry === 'string' ? { code: entry } : entry;
    return {
      code: item.code,
      engine: item.engine ?? defaultEngine,
      formality: item.formality ?? 'default',
      pivot: item.pivot,
      fonts: item.fonts,
      minTranslatedPercent: item.minTranslatedPercent ?? defaultShare,
    };
  });
  const seen = new Set<string>();
  for (const [index, language] of languages.entries()) {
    const problem =
      language.code === raw.sourceLanguage
        ? `"${language.code}" is the source language; list only the languages to translate into`
        : seen.has(language.code)
          ? `"${language.code}" is listed twice`
          : undefined;
    if (problem) {
      throw new EditionsError(problem, { rule: 'config-invalid', place: at(nodeAt(doc, ['languages', index])?.range?.[0] ?? 0) });
    }
    seen.add(language.code);
  }
  return Object.freeze({
    root,
    configFile: path.join(root, CONFIG_FILE),
    sourceLanguage: raw.sourceLanguage,
    languages,
    formats: raw.formats ?? [...FORMATS],
    baseUrl: raw.baseUrl === undefined ? undefined : raw.baseUrl.endsWith('/') ? raw.baseUrl : `${raw.baseUrl}/`,
    paths: {
      source: path.join(root, 'source'),
      locales: path.join(root, 'locales'),
      output: path.join(root, 'output'),
    },
  });
}

function knownKeys(nested: boolean): string {
  const keys = nested ? Object.keys(languageObject.shape) : Object.keys(schema.shape);
  return keys.join(', ');
}

function nodeAt(doc: Document, issuePath: (string | number)[], key?: string): Node | undefined {
  let node = issuePath.length ? (doc.getIn(issuePath, true) as Node | undefined) : (doc.contents as Node | undefined);
  // A missing key has no node of its own: point at the nearest parent that exists.
  for (let depth = issuePath.length - 1; !node && depth >= 0; depth--) {
    node = depth ? (doc.getIn(issuePath.slice(0, depth), true) as Node | undefined) : (doc.contents as Node | undefined);
  }
  if (key && node && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node;
}

/** The settings of one language, or undefined when the config does not list it. */
export function languageSettings(config: ResolvedConfig, code: string): LanguageSettings | undefined {
  return config.languages.find((language) => language.code === code);
}
