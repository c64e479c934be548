// The README's rule tables and the rule catalog (pipeline/rules.ts) say the same thing: every rule
// id, its exit code, its severity. A rule added in code without a README row fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../pipeline/rules.js';
import { REPO } from './support/workspace.js';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Problems and their rule ids'), readme.indexOf('\n## ', readme.indexOf('## Problems and their rule ids') + 5));
/** Table rows of the section: backticked ids of the first cell, and the second cell. */
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [ids, second] = line.split('|').slice(1, 3);
    return { ids: [...ids.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]), second: second.trim() };
  });

describe('rules: the README tables and the rule catalog agree', () => {
  it('names every rule of the catalog, and no rule the catalog lacks', () => {
    const named = new Set(rows.flatMap((row) => row.ids));
    expect([...named].filter((id) => !(id in RULES)).sort()).toEqual([]);
    expect(Object.keys(RULES).filter((id) => !named.has(id)).sort()).toEqual([]);
  });

  it('gives each problem its exit code and each check its severity, as the catalog does', () => {
    for (const row of rows) {
      for (const id of row.ids) {
        const rule = RULES[id as RuleId];
        if (/^\d+$/.test(row.second)) expect(`${id} exit ${row.second}`).toBe(`${id} exit ${rule.exitCode}`);
        else expect(`${id} ${row.second}`).toBe(`${id} ${rule.severity}`);
      }
    }
  });
});
