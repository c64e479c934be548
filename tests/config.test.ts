import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { problemOf } from './support/problem.js';
import { REPO } from './support/workspace.js';

const problem = (text: string) => problemOf(() => resolveConfig(text, '/ws'));

describe('config', () => {
  it('resolves the repository config with defaults filled in', () => {
    const config = resolveConfig(readFileSync(path.join(REPO, 'editions.config.yaml'), 'utf8'), REPO);
    const codes = config.languages.map((language) => language.code);
    for (const code of ['es', 'fr', 'de', 'pt-BR', 'it', 'ru', 'uk', 'el', 'tr', 'ar', 'zh-Hans', 'ja', 'ko', 'hi', 'tl']) expect(codes).toContain(code);
    expect(config.formats).toEqual(['html', 'pdf', 'txt']);
    expect(config.languages[0]).toMatchObject({ engine: 'auto', minTranslatedPercent: 80, formality: 'default' });
  });

  it('accepts per-language settings as objects', () => {
    const config = resolveConfig('sourceLanguage: en\nlanguages:\n  - es\n  - code: pt-BR\n    engine: apertium\n    pivot: es\n', '/ws');
    expect(config.languages[1]).toMatchObject({ code: 'pt-BR', engine: 'apertium', pivot: 'es' });
  });

  it('rejects an unknown key at its line', () => {
    const error = problem('sourceLanguage: en\nlanguages: [es]\nformat: [pdf]\n');
    expect(error.message).toContain('unknown setting "format"');
    expect(error.place).toEqual({ file: 'editions.config.yaml', line: 3 });
  });

  it('rejects a path-like language code at its line', () => {
    const error = problem('sourceLanguage: en\nlanguages:\n  - es\n  - ../x\n');
    expect(error.message).toContain('"../x" is not a language code');
    expect(error.place?.line).toBe(4);
  });

  it('rejects an invalid code and suggests the canonical spelling of a miscased one', () => {
    expect(problem('sourceLanguage: en\nlanguages: [english]\n').message).toContain('not a known language');
    expect(problem('sourceLanguage: en\nlanguages: [zh-hans]\n').message).toContain('"zh-Hans"');
  });

  it('rejects broken YAML, unknown formats and engines, and duplicate languages', () => {
    expect(problem('sourceLanguage: en\nlanguages: [es\n').rule).toBe('config-syntax');
    expect(problem('sourceLanguage: en\nlanguages: [es]\nformats: [docx]\n').place?.line).toBe(3);
    expect(problem('sourceLanguage: en\nlanguages: [es]\nengine: google\n').message).toContain('engine');
    expect(problem('sourceLanguage: en\nlanguages: [es, fr, es]\n').message).toContain('listed twice');
  });
});
