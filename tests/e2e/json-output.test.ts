// status --json and check --json follow their JSON Schemas (docs/schemas): the version, every
// required property, and the types of the items, on a real workspace through the real CLI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, makeWorkspace, removeWorkspace, runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const schema = (name: string) => JSON.parse(readFileSync(path.join(REPO, 'docs/schemas', name), 'utf8'));

/** The schema subset these files use: type, required, properties, items, const, enum, pattern, minimum. */
function problems(value: unknown, rule: Record<string, any>, where = '$'): string[] {
  const out: string[] = [];
  if ('const' in rule && value !== rule.const) out.push(`${where}: expected ${JSON.stringify(rule.const)}`);
  if (rule.enum && !rule.enum.includes(value)) out.push(`${where}: not one of ${rule.enum.join(', ')}`);
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (rule.type && rule.type !== type && !(rule.type === 'number' && type === 'integer')) out.push(`${where}: ${type}, not ${rule.type}`);
  if (rule.pattern && typeof value === 'string' && !new RegExp(rule.pattern).test(value)) out.push(`${where}: does not match ${rule.pattern}`);
  if (rule.minimum !== undefined && typeof value === 'number' && value < rule.minimum) out.push(`${where}: below ${rule.minimum}`);
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of rule.required ?? []) if (!(key in object)) out.push(`${where}: no "${key}"`);
    for (const [key, item] of Object.entries(object)) {
      const inner = rule.properties?.[key] ?? (typeof rule.additionalProperties === 'object' ? rule.additionalProperties : undefined);
      if (inner) out.push(...problems(item, inner, `${where}.${key}`));
    }
  }
  if (type === 'array' && rule.items) (value as unknown[]).forEach((item, index) => out.push(...problems(item, rule.items, `${where}[${index}]`)));
  return out;
}

describe('JSON output follows its schema', () => {
  const root = makeWorkspace({ languages: ['es', 'fr'], catalogs: ['es'] });
  made.push(root);

  it('status --json', async () => {
    const result = await runCli(['--root', root, 'status', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const value = JSON.parse(result.stdout);
    expect(problems(value, schema('status.schema.json'))).toEqual([]);
    expect(value.languages.map((row: { language: string }) => row.language)).toEqual(['es', 'fr']);
  });

  it('check --json', async () => {
    const result = await runCli(['--root', root, 'check', '--json']);
    const value = JSON.parse(result.stdout);
    expect(problems(value, schema('check.schema.json'))).toEqual([]);
    expect(value.findings.length).toBeGreaterThan(0);
    expect(result.code).toBe(value.errors > 0 ? 1 : 0);
  });

  it('the checker itself refuses output without a version', () => {
    expect(problems({ languages: [], machineTranslation: {} }, schema('status.schema.json'))).toEqual(['$: no "version"']);
  });
});
