// Catalog checks: each non-empty translation against its source. Pure: entries in, findings out.
import type { PhrasingContent } from 'mdast';
import type { CatalogEntry, Place } from '../../edition.js';
import { inlineToText, markdownToInline } from '../../parse/inline.js';
import type { Glossary } from '../../translate/glossary.js';
import type { Finding, Severity } from './finding.js';
import { numbersIn } from './numbers.js';

interface Shape {
  links: string[];
  code: string[];
  marks: Record<string, number>;
  text: string;
}

function shapeOf(markdown: string): Shape {
  const shape: Shape = { links: [], code: [], marks: {}, text: '' };
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') shape.links.push(node.url);
      if (node.type === 'inlineCode') shape.code.push(node.value);
      if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') shape.marks[node.type] = (shape.marks[node.type] ?? 0) + 1;
      if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  const nodes = markdownToInline(markdown);
  walk(nodes);
  shape.text = inlineToText(nodes);
  return shape;
}

const missingFrom = (expected: string[], actual: string[]) => {
  const left = [...actual];
  return expected.filter((item) => {
    const index = left.indexOf(item);
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
};

const FINAL: [RegExp, string][] = [
  [/[.。।॥۔]$/u, 'full stop'],
  [/[?？؟]$/u, 'question mark'],
  [/[!！]$/u, 'exclamation mark'],
  [/[:：]$/u, 'colon'],
];

function finalPunctuation(text: string): string | undefined {
  const trimmed = text.trim().replace(/["'”’»)\]」』）]+$/u, '');
  return FINAL.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/** Translation length ÷ source length that is normal for a language, as a [low, high] band. */
function lengthBand(language: string): [number, number] {
  const base = language.split('-')[0];
  if (['zh', 'ja'].includes(base)) return [0.12, 0.9];
  if (base === 'ko') return [0.2, 1.2];
  return [0.45, 2.3];
}

/** Every finding for one catalog. `file` is the catalog's path as shown to the user. */
export function checkCatalog(entries: CatalogEntry[], language: string, file: string, glossary: Glossary): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    const place: Place = { file, line: entry.line ?? 0 };
    const add = (rule: string, severity: Severity, message: string) => findings.push({ place, rule, severity, message });
    if (entry.state === 'approved' && !entry.translation.trim()) {
      add('empty-approved', 'error', 'the entry is approved but its translation is blank; translate it, or mark it as needing review');
      continue;
    }
    if (!entry.translation) continue;
    const source = shapeOf(entry.source);
    const target = shapeOf(entry.translation);

    for (const url of missingFrom(source.links, target.links)) add('link-mismatch', 'error', `translation drops the link to ${url}, keep it`);
    for (const url of missingFrom(target.links, source.links)) add('link-mismatch', 'error', `translation links to ${url}, which the source does not; remove it or fix the address`);
    for (const code of missingFrom(source.code, target.code)) add('code-mismatch', 'error', `translation changes or drops the code \`${code}\`; copy it exactly`);
    for (const code of missingFrom(target.code, source.code)) add('code-mismatch', 'error', `translation adds the code \`${code}\`, which the source does not have`);
    for (const mark of new Set([...Object.keys(source.marks), ...Object.keys(target.marks)])) {
      if ((source.marks[mark] ?? 0) !== (target.marks[mark] ?? 0)) {
        add('markup-mismatch', 'error', `the source has ${source.marks[mark] ?? 0} ${mark} span(s), the translation ${target.marks[mark] ?? 0}; mark the same words`);
      }
    }
    // Markup characters left as literal text mean an emphasis or code span was opened and never closed.
    const stray = (text: string) => (text.match(/[*`]/g) ?? []).length;
    if (stray(target.text) > stray(source.text)) add('markup-mismatch', 'error', 'the translation has an unmatched * or `; close the span or remove the mark');

    const expected = numbersIn(source.text);
    const actual = numbersIn(target.text);
    const lost = missingFrom(expected.map(String), actual.map(String));
    const added = missingFrom(actual.map(String), expected.map(String));
    if (lost.length || added.length) {
      add('number-mismatch', 'error', `numbers differ: source has ${expected.join(', ') || 'none'}, translation has ${actual.join(', ') || 'none'}; check ${[...lost, ...added].join(', ')}`);
    }

    for (const term of glossary.keep) {
      if (source.text.includes(term) && !target.text.includes(term)) add('glossary-keep', 'error', `"${term}" must stay as written (locales/glossary.yaml)`);
    }
    for (const [term, required] of Object.entries(glossary.terms[language] ?? {})) {
      if (new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(source.text) && !target.text.includes(required)) {
        add('glossary-term', 'warning', `"${term}" is translated as "${required}" in this project (locales/glossary.yaml)`);
      }
    }

    if (entry.translation === entry.source && /\p{L}{4,}/u.test(source.text) && !glossary.keep.includes(source.text)) {
      add('identical-to-source', 'warning', 'the translation is identical to the source; translate it, or leave a note saying why it stays');
    }
    if (/^\s|\s$/.test(entry.translation) && !/^\s|\s$/.test(entry.source)) add('whitespace', 'warning', 'the translation starts or ends with spaces the source does not have; remove them');
    const sourceFinal = finalPunctuation(source.text);
    const targetFinal = finalPunctuation(target.text);
    if (sourceFinal !== targetFinal) {
      add('punctuation-mismatch', 'warning', `the source ends with ${sourceFinal ? `a ${sourceFinal}` : 'no punctuation'}, the translation with ${targetFinal ? `a ${targetFinal}` : 'none'}`);
    }
    if (source.text.length >= 40) {
      const ratio = target.text.length / source.text.length;
      const [low, high] = lengthBand(language);
      if (ratio < low || ratio > high) add('length-ratio', 'warning', `the translation is ${Math.round(ratio * 100)} % of the source's length, unusual for ${language}; check nothing is missing or repeated`);
    }
  }
  return findings;
}
