// What a Hunspell .aff file says about how far a stem's forms can differ from the stem: enough to
// tell, from a .dic line alone, which words the stem can produce (see dictionaries.ts).

export interface Affixes {
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

/** What a .dic line's flags allow, worked out once per distinct flag string (a dictionary has a few thousand). */
export interface FlagInfo {
  flags: string[];
  /** The most letters any of these flags' suffixes may take off a stem: a bound on what reachOf returns. */
  maxReach: number;
  /** Some flag's prefix rules strip letters from the start: the stem has more than one core. */
  stripsPrefix: boolean;
  onlyInCompound: boolean;
  compoundBegin: boolean;
}

export function readAffixes(aff: string): Affixes {
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
export function reachOf(stem: string, flags: string[], affixes: Affixes): number {
  let reach = 0;
  for (const flag of flags) {
    const own = affixes.suffixStrips.get(flag)?.find((strip) => stem.endsWith(strip)) ?? '';
    reach = Math.max(reach, own.length + (affixes.continuationReach.get(flag) ?? 0));
  }
  return reach;
}

/** FlagInfo of a .dic line's flag text, remembered per text. */
export function flagInfoReader(affixes: Affixes): (text: string) => FlagInfo {
  const known = new Map<string, FlagInfo>();
  return (text) => {
    let info = known.get(text);
    if (!info) {
      const flags = text ? affixes.splitFlags(text) : [];
      let maxReach = 0;
      for (const flag of flags) maxReach = Math.max(maxReach, (affixes.suffixStrips.get(flag)?.[0]?.length ?? 0) + (affixes.continuationReach.get(flag) ?? 0));
      info = {
        flags,
        maxReach,
        stripsPrefix: flags.some((flag) => (affixes.prefixStrip.get(flag) ?? 0) > 0),
        onlyInCompound: Boolean(affixes.onlyInCompound && flags.includes(affixes.onlyInCompound)),
        compoundBegin: flags.some((flag) => affixes.compoundBegin.includes(flag)),
      };
      known.set(text, info);
    }
    return info;
  };
}
