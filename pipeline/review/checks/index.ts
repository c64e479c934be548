// All checks over a workspace: sources, catalogs, UI strings. Inputs are read by the caller.
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
  /** Skip source spelling (e.g. when only catalogs changed and speed matters). */
  skipSource?: boolean;
}

export async function runChecks(input: CheckInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (!input.skipSource) {
    const words = [...input.words, ...input.glossary.keep.flatMap((term) => term.split(/\s+/))];
    for (const statement of input.statements) findings.push(...(await checkSource(statement, { words })));
  }
  for (const { language, file, catalog } of input.catalogs) findings.push(...checkCatalog(catalog.entries, language, file, input.glossary));
  const source = input.ui.find((item) => item.language === input.sourceLanguage);
  if (source) {
    for (const item of input.ui) if (item !== source) findings.push(...checkUiStrings(source.strings, item.strings, item.file, item.text, input.sourceLanguage));
  }
  return findings.sort(byPlace);
}

/** Errors per catalog file: a language with any cannot be released. */
export function errorsByFile(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.severity === 'error') counts.set(finding.place.file, (counts.get(finding.place.file) ?? 0) + 1);
  return counts;
}
