// nspell's own way of adding a stem and its forms (nspell/lib/util/add.js and apply.js), making only
// the forms that can still become a word to judge. An Italian or Portuguese verb has thousands of
// forms (every tense with every clitic, and those again after every elided article): nspell makes
// them all, 0.3 s for "espiare" alone, though a text needs two or three.
//
// A form is kept when it is covered (lower-cased, a prefix of a word to judge: see stems.ts); the
// words looked up are among those, so what they find is what nspell with every form would find.
// Forms are made further (continuation suffixes, a prefix combined with a suffix) only while the
// part they cannot change is still covered.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// nspell's reading of a flag text ("long", "num" or one character per flag).
const ruleCodes = require('nspell/lib/util/rule-codes.js') as (flags: Record<string, unknown>, value: string) => string[];

interface Entry {
  add: string;
  remove: string | RegExp;
  match: RegExp | '';
  continuation: string[];
}

interface Rule {
  type: 'PFX' | 'SFX';
  combineable: boolean;
  entries: Entry[];
}

/** What nspell keeps on its instance and this module fills. */
export interface FormSpeller {
  data: Record<string, string[]>;
  rules: Record<string, Rule>;
  flags: Record<string, unknown>;
  compoundRuleCodes: Record<string, string[]>;
}

/** nspell's mark of a form that is no stem itself. */
const NO_RULES: string[] = [];

/** How many letters a suffix rule and the suffixes that may follow it can take off the end, at most (Infinity: no bound). */
function reachOfRules(rules: Record<string, Rule>): (rule: Rule) => number {
  const known = new Map<Rule, number>();
  const reach = (rule: Rule): number => {
    if (known.has(rule)) return known.get(rule)!;
    known.set(rule, Infinity); // A loop of continuations has no bound.
    let most = 0;
    for (const entry of rule.entries) {
      const strip = typeof entry.remove === 'string' ? entry.remove.length : entry.remove.source.length;
      const next = entry.continuation.map((code) => rules[code]).filter(Boolean);
      most = Math.max(most, strip + Math.max(0, ...next.map((item) => (item.type === 'SFX' ? reach(item) : Infinity))));
    }
    known.set(rule, most);
    return most;
  };
  return reach;
}

/**
 * Add stems (word and flag text, as nspell reads a .dic line) to nspell's table, with their covered
 * forms; a stem added `again` brings only its forms (covered has grown since). `tryEach`: try every
 * affix entry as nspell does, for tests that compare the two ways.
 */
export function addStems(speller: FormSpeller, stems: { stem: string; flags: string; again?: boolean }[], covered: ReadonlySet<string>, options: { tryEach?: boolean } = {}): void {
  const { data, rules, flags } = speller;
  const reach = reachOfRules(rules);
  const keep = (form: string) => covered.has(form.toLowerCase());
  // Whether an affix can still turn `value` into a covered word: a suffix leaves its start, a prefix
  // that strips nothing leaves all of it; a prefix that strips letters is not bounded here.
  const worth = (value: string, rule: Rule) => {
    if (rule.type === 'SFX') return keep(value.slice(0, Math.max(0, value.length - reach(rule))));
    return rule.entries.every((entry) => !entry.remove) ? keep(value) : true;
  };
  const extending = coveredFrom(covered);
  let inside: Set<string> | undefined;
  const apply = (value: string, rule: Rule, words: string[], prune: boolean): string[] => {
    // Pruned, an entry without continuations matters only when its form is covered. Such entries
    // are not tried one by one (an Italian verb has a thousand suffixes, and each form as many
    // elided articles): a suffix's are found from the covered strings that extend what it leaves
    // of the stem; a prefix's only where what it leaves occurs inside a word to judge.
    const grouped = prune && !options.tryEach && !value.includes(SIGMA) ? groupsOf(rule) : undefined;
    for (const group of grouped?.plain ?? []) {
      if (group.match && !group.match.test(value)) continue;
      const base = group.remove ? value.replace(group.remove, '') : value;
      const lower = base.toLowerCase();
      if (rule.type === 'SFX') {
        // Whichever is fewer: the covered strings that extend the base, or the group's added texts.
        const [from, to] = extending(lower);
        if (to - from < group.byAdd.size) {
          for (let at = from; at < to; at++) for (const entry of group.byAdd.get(extending.sorted[at].slice(lower.length)) ?? []) words.push(base + entry.add);
        } else {
          for (const [add, entries] of group.byAdd) if (covered.has(lower + add)) for (const entry of entries) words.push(base + entry.add);
        }
        continue;
      }
      inside ??= substringsOf(covered);
      if (!inside.has(lower)) continue;
      for (const [add, entries] of group.byAdd) {
        if (!covered.has(add + lower)) continue;
        for (const entry of entries) words.push(entry.add + base);
      }
    }
    for (const entry of grouped ? grouped.continued : rule.entries) {
      if (entry.match && !entry.match.test(value)) continue;
      let next = entry.remove ? value.replace(entry.remove, '') : value;
      next = rule.type === 'SFX' ? next + entry.add : entry.add + next;
      words.push(next);
      for (const code of entry.continuation) {
        const continuation = rules[code];
        if (continuation && (!prune || worth(next, continuation))) apply(next, continuation, words, prune);
      }
    }
    return words;
  };
  for (const { stem, flags: text, again } of stems) {
    const codes = ruleCodes(flags, text);
    if (!again && (!('NEEDAFFIX' in flags) || !codes.includes(flags.NEEDAFFIX as string))) addRules(data, stem, codes);
    codes.forEach((code, position) => {
      const rule = rules[code];
      if (!again && code in speller.compoundRuleCodes) speller.compoundRuleCodes[code].push(stem);
      if (!rule) return;
      const partners = rule.combineable ? codes.slice(position + 1).map((other) => rules[other]).filter((other) => other?.combineable && other.type !== rule.type) : [];
      // Continuations are cut short only where no partner could still reach into what they leave:
      // a suffix rule's partners are prefixes, harmless when they strip nothing.
      const prune = rule.type === 'SFX' ? partners.every((partner) => partner.entries.every((entry) => !entry.remove)) : !partners.length;
      for (const form of apply(stem, rule, [], prune)) {
        if (keep(form) && !(form in data)) data[form] = NO_RULES;
        for (const partner of partners) {
          if (!worth(form, partner)) continue;
          for (const other of apply(form, partner, [], true)) if (keep(other) && !(other in data)) data[other] = NO_RULES;
        }
      }
    });
  }
}

interface Group {
  match: RegExp | '';
  remove: string | RegExp;
  byAdd: Map<string, Entry[]>;
}

interface Groups {
  /** Entries without continuations, by their condition and what they strip, then by their added text lower-cased. */
  plain: Group[];
  continued: Entry[];
}

const groups = new WeakMap<Rule, Groups | undefined>();
/** A capital sigma lower-cases by its place in the word (σ or final ς): such forms are tried one by one. */
const SIGMA = '\u03A3';

function groupsOf(rule: Rule): Groups | undefined {
  if (groups.has(rule)) return groups.get(rule);
  let found: Groups | undefined;
  if (!rule.entries.some((entry) => entry.add.includes(SIGMA))) {
    const byRemove = new Map<string, Group>();
    const continued: Entry[] = [];
    for (const entry of rule.entries) {
      if (entry.continuation.length) {
        continued.push(entry);
        continue;
      }
      const pattern = (value: string | RegExp) => (typeof value === 'string' ? `s${value}` : `r${value.source}/${value.flags}`);
      const key = `${pattern(entry.match)} ${pattern(entry.remove)}`;
      let group = byRemove.get(key);
      if (!group) byRemove.set(key, (group = { match: entry.match, remove: entry.remove, byAdd: new Map() }));
      const add = entry.add.toLowerCase();
      group.byAdd.set(add, [...(group.byAdd.get(add) ?? []), entry]);
    }
    found = { plain: [...byRemove.values()], continued };
  }
  groups.set(rule, found);
  return found;
}

/** Every substring of the longest covered strings (the words to judge): where a prefix's form must sit. */
function substringsOf(covered: ReadonlySet<string>): Set<string> {
  const sorted = [...covered].sort();
  const found = new Set<string>();
  sorted.forEach((text, at) => {
    if (at + 1 < sorted.length && sorted[at + 1].startsWith(text)) return;
    for (let from = 0; from < text.length; from++) for (let to = from + 1; to <= text.length; to++) found.add(text.slice(from, to));
  });
  found.add('');
  return found;
}

/** Where the covered strings that begin with a given string (itself included) lie in a sorted copy: [from, to). */
function coveredFrom(covered: ReadonlySet<string>): ((start: string) => [number, number]) & { sorted: string[] } {
  const sorted = [...covered].sort();
  const lowerBound = (value: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // Every string that begins with `start` sorts before `start` followed by the last code unit.
  return Object.assign((start: string): [number, number] => [lowerBound(start), lowerBound(`${start}\uffff`)], { sorted });
}

/** nspell's addRules: a word listed twice gets both sets of flags; a form that becomes a stem gets its flags. */
function addRules(data: Record<string, string[]>, word: string, codes: string[]): void {
  if (word in data && data[word] !== NO_RULES) data[word].push(...codes);
  else data[word] = codes.concat();
}
