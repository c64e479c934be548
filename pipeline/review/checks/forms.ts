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
 * forms; a stem added `again` brings only its forms (covered has grown since).
 */
export function addStems(speller: FormSpeller, stems: { stem: string; flags: string; again?: boolean }[], covered: ReadonlySet<string>): void {
  const { data, rules, flags } = speller;
  const reach = reachOfRules(rules);
  const keep = (form: string) => covered.has(form.toLowerCase());
  // Whether an affix can still turn `value` into a covered word: a suffix leaves its start, a prefix
  // that strips nothing leaves all of it; a prefix that strips letters is not bounded here.
  const worth = (value: string, rule: Rule) => {
    if (rule.type === 'SFX') return keep(value.slice(0, Math.max(0, value.length - reach(rule))));
    return rule.entries.every((entry) => !entry.remove) ? keep(value) : true;
  };
  const apply = (value: string, rule: Rule, words: string[], prune: boolean): string[] => {
    for (const entry of rule.entries) {
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

/** nspell's addRules: a word listed twice gets both sets of flags; a form that becomes a stem gets its flags. */
function addRules(data: Record<string, string[]>, word: string, codes: string[]): void {
  if (word in data && data[word] !== NO_RULES) data[word].push(...codes);
  else data[word] = codes.concat();
}
