// All checks over a workspace: sources, catalogs, UI strings. Inputs are read by the caller.
import { createHash } from 'node:crypto';
import type { Catalog, Statement } from '../../edition.js';
import type { Glossary } from '../../translate/glossary.js';
import { checkCatalog } from './catalog.js';
import { byPlace, type Finding } from './finding.js';
import { checkSource } from './source.js';
import { checkUiStrings } from './ui.js';

export type { Finding } from './finding.js';
export { formatFinding } from './finding.js';

export interface CheckInput {
  sourceLanguage: string;
  statements: Statement[];
  /** Catalogs to check, each with the path shown in findings. */
  catalogs: { language: string; file: string; catalog: Catalog }[];
  /** ui.json of each language: parsed value and raw text (for lines). */
  ui: { language: string; file: string; strings: Record<string, unknown>; text: string }[];
  glossary: Glossary;
  words: string[];
  /** Source findings from an earlier run, reused while the sources, word list and glossary are the same. */
  sourceCache?: SourceCache;
}

/** Spelling is the slowest check (loading the dictionary alone takes ~0.3 s): its result is kept. */
export interface SourceCache {
  key: string;
  findings: Finding[];
}

/** The key under which source findings are cached: everything the source checks read. */
export function sourceCacheKey(input: CheckInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.statements.map((statement) => [statement.file, statement.segments, statement.tree]), input.words, input.glossary.keep]))
    .digest('hex');
}

export async function runChecks(input: CheckInput): Promise<{ findings: Finding[]; sourceCache: SourceCache }> {
  const findings: Finding[] = [];
  const key = sourceCacheKey(input);
  let sourceFindings = input.sourceCache?.key === key ? input.sourceCache.findings : undefined;
  if (!sourceFindings) {
    sourceFindings = [];
    const words = [...input.words, ...input.glossary.keep.flatMap((term) => term.split(/\s+/))];
    for (const statement of input.statements) sourceFindings.push(...(await checkSource(statement, { words })));
  }
  findings.push(...sourceFindings);
  for (const { language, file, catalog } of input.catalogs) findings.push(...checkCatalog(catalog.entries, language, file, input.glossary));
  const source = input.ui.find((item) => item.language === input.sourceLanguage);
  if (source) {
    for (const item of input.ui) if (item !== source) findings.push(...checkUiStrings(source.strings, item.strings, item.file, item.text, input.sourceLanguage));
  }
  return { findings: findings.sort(byPlace), sourceCache: { key, findings: sourceFindings } };
}

/** Errors per catalog file: a language with any cannot be released. */
export function errorsByFile(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.severity === 'error') counts.set(finding.place.file, (counts.get(finding.place.file) ?? 0) + 1);
  return counts;
}
