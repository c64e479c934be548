// Source checks, run before anything is sent to an engine: a typo costs money in every language.
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Statement } from '../../edition.js';
import { bidiControls, bidiName } from './bidi.js';
import type { Finding } from './finding.js';
import { sourceSpeller } from './source-speller.js';

export interface SpellOptions {
  /** Project words: names and acronyms the dictionary does not know. */
  words: string[];
}

const PAIRS: [string, string, string][] = [
  ['(', ')', 'parenthesis'],
  ['[', ']', 'bracket'],
  ['“', '”', 'quotation mark'],
  ['‘', '’', 'single quotation mark'],
];

/** Unbalanced brackets and quotes in one text; ’ is also an apostrophe, so single quotes only count opening ones. */
function balance(text: string): string[] {
  const problems: string[] = [];
  for (const [open, close, name] of PAIRS) {
    const opened = text.split(open).length - 1;
    const closed = text.split(close).length - 1;
    if (name === 'single quotation mark' ? opened > closed : opened !== closed) {
      problems.push(`${opened} opening and ${closed} closing ${name}${opened + closed === 1 ? '' : 's'}; close what is opened`);
    }
  }
  const straight = (text.match(/(^|[\s(])"/g) ?? []).length;
  const straightClose = (text.match(/"/g) ?? []).length - straight;
  if (straight !== straightClose) problems.push('an unpaired straight quotation mark ("); pair it');
  return problems;
}

/** Spelling, repeated words and unbalanced quotes/brackets, each at its line and column in the source. */
export async function checkSource(statement: Statement, options: SpellOptions): Promise<Finding[]> {
  const findings: Finding[] = [];
  const file = statement.file;
  const texts: Text[] = [];
  visit(statement.tree as Root, 'text', (node: Text) => {
    texts.push(node);
  });
  const checker = await sourceSpeller(texts.map((node) => node.value), options.words);
  for (const node of texts) {
    const start = node.position?.start ?? { line: 0, column: 1 };
    const result = await checker.process(node.value);
    for (const message of result.messages) {
      if (!message.actual) continue;
      const line = start.line + (message.line ?? 1) - 1;
      const column = (message.line ?? 1) === 1 ? start.column + (message.column ?? 1) - 1 : (message.column ?? 1);
      const spelling = message.source !== 'retext-repeated-words';
      const suggestion = message.expected?.length ? `; did you mean ${message.expected.slice(0, 3).map((word) => `"${word}"`).join(', ')}?` : '; fix it, or add it to source/words.txt';
      findings.push({
        place: { file, line, column },
        rule: spelling ? 'spelling' : 'repeated-word',
        severity: 'warning',
        message: spelling ? `unknown word "${message.actual}"${suggestion}` : `"${message.actual}" is repeated; remove one`,
      });
    }
  }
  for (const segment of statement.segments) {
    for (const problem of balance(segment.source)) findings.push({ place: segment.position, rule: 'unbalanced', severity: 'warning', message: problem });
  }
  // What parsing dropped on purpose (a <script>, an unused footnote) is said here, at its line.
  const parsed = (statement.warnings ?? []).map((warning): Finding => ({ ...warning, severity: 'warning' }));
  return [...findings, ...bidiInSource(statement), ...parsed];
}

const bidiMessage = (char: string) => `${bidiName(char)} in the source; it can make text display in another order than stored: remove it`;

/** Bidi overrides and isolates at their exact place: in the body's text, code and HTML, and in the front matter. */
function bidiInSource(statement: Statement): Finding[] {
  const findings: Finding[] = [];
  visit(statement.tree as Root, (node) => {
    const value = (node as { value?: unknown }).value;
    const start = node.position?.start;
    if (typeof value !== 'string' || !start) return;
    for (const control of bidiControls(value)) {
      const line = start.line + control.line - 1;
      const column = control.line === 1 ? start.column + control.column - 1 : control.column;
      findings.push({ place: { file: statement.file, line, column }, rule: 'bidi-control', severity: 'error', message: bidiMessage(control.char) });
    }
  });
  for (const segment of statement.segments) {
    if (segment.path) continue;
    for (const control of bidiControls(segment.source)) findings.push({ place: segment.position, rule: 'bidi-control', severity: 'error', message: `${bidiMessage(control.char)} (front matter, character ${control.column})` });
  }
  return findings;
}
