// UI-word checks: each language's words (its locales/<lang>/ui.json over the built-in words) against
// the keys Editions uses.
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
 * One language's UI words against the keys Editions uses (`reference`: the built-in English words,
 * with the source language's ui.json over them). A key missing from both the workspace's ui.json
 * and the built-in words falls back to the source language (a warning, one for all such keys); an
 * i18next placeholder that differs would print a raw {{name}} or lose a value (an error).
 */
export function checkUiStrings(reference: Strings, target: Strings, builtIn: Strings, file: string, text: string, sourceLanguage: string): Finding[] {
  const expected = flatten(reference);
  const actual = flatten(target);
  const known = flatten(builtIn);
  const findings: Finding[] = [];
  const missing = [...expected.keys()].filter((key) => !actual.has(key) && !known.has(key));
  if (missing.length) {
    const named = missing.slice(0, 4).map((key) => `"${key}"`).join(', ') + (missing.length > 4 ? ` and ${missing.length - 4} more` : '');
    findings.push({ place: { file, line: 1 }, rule: 'ui-missing', severity: 'warning', message: `no words for ${named}, neither here nor built in; editions show the ${sourceLanguage} text instead` });
  }
  for (const [key, value] of expected) {
    const translated = actual.get(key);
    if (translated === undefined) continue;
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
