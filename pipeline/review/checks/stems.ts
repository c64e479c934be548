// Which lines of a Hunspell .dic file some words need, found in one pass over the file's text.
//
// A stem is needed when its core (see dictionaries.ts) is a prefix of a word to judge, that is when
// the core is in `fresh`, the set of every prefix of the words of this pass (and ''). Most lines are
// turned down by one set lookup: the core is at least the stem less the most its flags' suffixes can
// strip, and a prefix of a prefix is in the set too. Only the lines left are looked at closely.
import { reachOf, type Affixes, type FlagInfo } from './affixes.js';
import { IndexBuilder, linesWithKeys, type DicIndex } from './dic-index.js';

export interface StemPass {
  affixes: Affixes;
  infoOf: (flags: string) => FlagInfo;
  /** Every prefix of every word to judge, and ''. */
  covered: Set<string>;
  /** Every prefix of the words this pass is for, and '': the lines it looks for. */
  fresh: Set<string>;
  /** Start offsets of the lines already handed to nspell. */
  taken: Set<number>;
  /** Stems that may begin a compound (lower-cased), among the covered ones: added to. */
  heads: Set<string>;
}

/** A .dic line as nspell reads it: its word and its flag text. */
export interface Line {
  stem: string;
  flags: string;
  /** Handed over by an earlier pass already: only forms of it that were not covered then are wanted. */
  again?: boolean;
}

const SLASH = 47;
const HASH = 35;

/**
 * The lines of `dic` whose stems can produce a word of this pass, in the file's order (and marked
 * taken). A line taken before comes back marked `again`: its forms were made for other words then.
 */
export function selectLines(dic: string, pass: StemPass): Line[] {
  const lines: Line[] = [];
  let start = dic.indexOf('\n') + 1; // The first line is the count of stems.
  if (start === 0) return lines;
  while (start < dic.length) {
    let end = dic.indexOf('\n', start);
    if (end < 0) end = dic.length;
    // nspell skips lines that start with a tab (comments in some dictionaries).
    if (end > start && dic.charCodeAt(start) !== 9) {
      const line = readLine(dic, start, end);
      if (line && wanted(line, pass)) {
        if (pass.taken.has(start)) line.again = true;
        else pass.taken.add(start);
        lines.push(line);
      }
    }
    start = end + 1;
  }
  return lines;
}

/**
 * The lines of `dic` (its bytes) that `index` offers for the prefixes of this pass, those of them
 * this pass needs: the same lines, marked the same way, as selectLines on the same text.
 */
export function selectIndexed(dic: Buffer, index: DicIndex, pass: StemPass): Line[] {
  const lines: Line[] = [];
  for (const start of linesWithKeys(index, pass.fresh)) {
    const line = lineAt(dic, start);
    if (line && wanted(line, pass)) {
      if (pass.taken.has(start)) line.again = true;
      else pass.taken.add(start);
      lines.push(line);
    }
  }
  return lines;
}

/** The index of a .dic file (its bytes): every line under the keys `wanted` tests, by byte offset. */
export function indexDic(dic: Buffer, affixes: Affixes, infoOf: (flags: string) => FlagInfo): DicIndex {
  const builder = new IndexBuilder();
  let start = dic.indexOf(10) + 1; // The first line is the count of stems.
  if (start === 0) return builder.finish();
  while (start < dic.length) {
    let end = dic.indexOf(10, start);
    if (end < 0) end = dic.length;
    if (end > start && dic[start] !== 9) {
      const line = lineAt(dic, start, end);
      if (line) for (const key of new Set(keysOf(line, affixes, infoOf))) builder.add(key, start);
    }
    start = end + 1;
  }
  return builder.finish();
}

function lineAt(dic: Buffer, start: number, end = dic.indexOf(10, start)): Line | undefined {
  const text = dic.toString('utf8', start, end < 0 ? dic.length : end);
  return readLine(text, 0, text.length);
}

/**
 * The strings one of which a pass's prefixes must hold for `wanted` to take the line or note it as
 * a compound head: its word (compound heads), its core, and its core after each prefix's strip.
 */
function keysOf({ stem, flags }: Line, affixes: Affixes, infoOf: (flags: string) => FlagInfo): string[] {
  const lower = stem.toLowerCase();
  const info = infoOf(flags);
  const keys = info.compoundBegin ? [lower] : [];
  if (info.onlyInCompound) return keys;
  const end = Math.max(0, lower.length - reachOf(lower, info.flags, affixes));
  keys.push(lower.slice(0, end));
  if (info.stripsPrefix) for (const flag of info.flags) keys.push(lower.slice(Math.min(affixes.prefixStrip.get(flag) ?? 0, end), end));
  return keys;
}

/**
 * The word and flags of the line between `start` and `end`; undefined when nspell would file it
 * under words with spaces ("água de cheiro"), which no single word of a text can be.
 */
function readLine(dic: string, start: number, stop: number): Line | undefined {
  let cut = start;
  for (; cut < stop; cut++) {
    const code = dic.charCodeAt(cut);
    // A slash ends the word; spaces, a carriage return, # and \ need nspell's own reading.
    if (code === SLASH || code === 32 || code === 9 || code === 13 || code === HASH || code === 92) break;
  }
  if (cut === stop) return { stem: dic.slice(start, stop), flags: '' };
  // nspell skips a line without a word (Italian comments start with a slash).
  if (cut === start && dic.charCodeAt(cut) === SLASH) return undefined;
  if (dic.charCodeAt(cut) === SLASH) {
    let plain = true;
    for (let at = cut + 1; at < stop && plain; at++) plain = dic.charCodeAt(at) !== HASH;
    if (plain) return { stem: dic.slice(start, cut), flags: dic.slice(cut + 1, stop).trim() };
  }
  return nspellLine(dic.slice(start, stop));
}

/** nspell's reading of a .dic line (nspell/lib/util/dictionary.js): escaped slashes, # comments. */
function nspellLine(text: string): Line | undefined {
  let line = text;
  let slash = line.indexOf('/');
  const hash = line.indexOf('#');
  while (slash > -1 && line.charCodeAt(slash - 1) === 92) {
    line = line.slice(0, slash - 1) + line.slice(slash);
    slash = line.indexOf('/', slash);
  }
  let word = line;
  let flags = '';
  if (hash > -1) {
    if (slash > -1 && slash < hash) {
      word = line.slice(0, slash);
      const space = /\s/.exec(line.slice(slash + 1));
      flags = line.slice(slash + 1, space ? slash + 1 + space.index : undefined);
    } else {
      word = line.slice(0, hash);
    }
  } else if (slash > -1) {
    word = line.slice(0, slash);
    flags = line.slice(slash + 1);
  }
  word = word.trim();
  return word && !/\s/.test(word) ? { stem: word, flags: flags.trim() } : undefined;
}

/** Whether a stem can produce a word of this pass; notes it as a compound head on the way. */
function wanted({ stem, flags }: Line, pass: StemPass): boolean {
  const { covered, fresh, affixes } = pass;
  const lower = stem.toLowerCase();
  const info = pass.infoOf(flags);
  if (info.compoundBegin && covered.has(lower)) pass.heads.add(lower);
  // nspell merges the flags of a word listed twice, and a compound-only flag then hides the
  // ordinary word (German "erfüllen/SJozm" beside "erfüllen/BDIXY"): nspell builds no compounds anyway.
  if (info.onlyInCompound) return false;
  if (!info.stripsPrefix && !fresh.has(lower.slice(0, Math.max(0, lower.length - info.maxReach)))) return false;
  const end = Math.max(0, lower.length - reachOf(lower, info.flags, affixes));
  if (fresh.has(lower.slice(0, end))) return true;
  if (!info.stripsPrefix) return false;
  // A core empty after a prefix's strip is a stem a suffix can take away entirely: always needed.
  return info.flags.some((flag) => fresh.has(lower.slice(Math.min(affixes.prefixStrip.get(flag) ?? 0, end), end)));
}
