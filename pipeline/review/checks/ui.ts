// UI-string checks on locales/<lang>/ui.json against the source language's file.
import { bidiControls, bidiName } from './bidi.js';
import type { Finding } from './finding.js';

type Strings = Record<string, unknown>;

function flatten(value: Strings, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, item] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (item && typeof item === 'object' && !Array.isArray(item)) for (const [inner, text] of flatten(item as Strings, path)) flat.set(inner, text);
    else flat.set(path, String(item));
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();

/** Line of a key in the JSON text: where its last part is first written as a key. */
function lineOf(text: string, key: string): number {
  const last = key.split('.').pop()!;
  const index = text.indexOf(`"${last}"`);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/**
 * Missing keys fall back to the source language (a warning); an i18next placeholder that differs
 * from the source's would print a raw {{name}} or lose a value (an error).
 */
export function checkUiStrings(source: Strings, target: Strings, file: string, text: string, sourceLanguage: string): Finding[] {
  const expected = flatten(source);
  const actual = flatten(target);
  const findings: Finding[] = [];
  for (const [key, value] of expected) {
    const translated = actual.get(key);
    if (translated === undefined) {
      findings.push({ place: { file, line: 1 }, rule: 'ui-missing', severity: 'warning', message: `no "${key}"; editions show the ${sourceLanguage} text instead` });
      continue;
    }
    for (const control of bidiControls(translated)) {
      findings.push({ place: { file, line: lineOf(text, key) }, rule: 'bidi-control', severity: 'error', message: `"${key}" holds ${bidiName(control.char)} at character ${control.column}; it can make text display in another order than stored: remove it` });
    }
    if (placeholders(value).join() !== placeholders(translated).join()) {
      findings.push({
        place: { file, line: lineOf(text, key) },
        rule: 'placeholder-mismatch',
        severity: 'error',
        message: `"${key}" must use the placeholders ${placeholders(value).map((name) => `{{${name}}}`).join(', ') || '(none)'}, exactly as the ${sourceLanguage} text does`,
      });
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) findings.push({ place: { file, line: lineOf(text, key) }, rule: 'ui-unknown', severity: 'warning', message: `"${key}" is not a key Editions uses; remove it or check its spelling` });
  }
  return findings;
}
