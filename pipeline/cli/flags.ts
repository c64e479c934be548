// Flag values checked where they are parsed: every bad value is one line [bad-flag], exit 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../output/fingerprint.js';
import { EditionsError } from '../errors.js';
import { ENGINE_NAMES, FORMATS, type EngineChoice, type Format } from '../edition.js';

/** The exit code of every usage mistake (README's exit-code table). */
export const USAGE = 2;

export function badFlag(message: string): EditionsError {
  return new EditionsError(message, { rule: 'bad-flag', exitCode: USAGE });
}

const items = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** --lang es,fr: language codes written as BCP 47 tags (whether configured is checked with the config). */
export function parseLanguages(value: string): string[] {
  const codes = items(value);
  if (!codes.length) throw badFlag('--lang needs one or more language codes, such as --lang es,fr');
  for (const code of codes) {
    let valid = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(code);
    try {
      if (valid) Intl.getCanonicalLocales(code);
    } catch {
      valid = false;
    }
    if (!valid) throw badFlag(`--lang: "${code}" is not a language code; use BCP 47 codes such as es, pt-BR, zh-Hans`);
  }
  return codes;
}

/** --format html,pdf */
export function parseFormats(value: string): Format[] {
  const formats = items(value);
  if (!formats.length) throw badFlag(`--format needs one or more of ${FORMATS.join(', ')}`);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw badFlag(`--format: "${format}" is not a format; use ${FORMATS.join(', ')}`);
  }
  return formats as Format[];
}

/** --engine auto|deepl|apertium|none */
export function parseEngine(value: string): EngineChoice {
  if (!(ENGINE_NAMES as readonly string[]).includes(value)) throw badFlag(`--engine: "${value}" is not an engine; use ${ENGINE_NAMES.join(', ')}`);
  return value as EngineChoice;
}

/** --port N: a port on 127.0.0.1, 0 for any free one. Kept as text for the review command. */
export function parsePort(value: string): string {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw badFlag(`--port must be a number from 0 to 65535, not "${value}"`);
  return String(Number(value));
}

/** --lang names must be configured languages (or the source language). */
export function checkConfiguredLanguages(requested: string[] | undefined, configured: string[], sourceLanguage: string, configFile: string): void {
  for (const code of requested ?? []) {
    if (!configured.includes(code) && code !== sourceLanguage) {
      throw new EditionsError(`--lang names "${code}", which ${configFile} does not list; add it to languages first`, { rule: 'unknown-language', exitCode: USAGE });
    }
  }
}

/** The package's version, read from Editions' package.json (above dist/, dist/bundle/ or pipeline/). */
export function packageVersion(): string {
  const text = readFileSync(path.join(packageRoot(), 'package.json'), 'utf8');
  return String((JSON.parse(text) as { version?: string }).version ?? '0.0.0');
}
