import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesFor, parseGlossary } from '../../pipeline/translate/glossary.js';
import { glossaryFingerprint } from '../../pipeline/translate/engines/deepl.js';
import { REPO } from '../support/workspace.js';

describe('translate/glossary', () => {
  const glossary = parseGlossary(readFileSync(path.join(REPO, 'locales/glossary.yaml'), 'utf8'));

  it('reads the project glossary: kept terms and per-language terms', () => {
    expect(glossary.keep).toContain('ILPS');
    expect(entriesFor(glossary, 'es')).toMatchObject({ ILPS: 'ILPS', NATO: 'OTAN' });
    expect(entriesFor(glossary, 'ru').NATO).toBe('НАТО');
  });

  it('fingerprints entries regardless of order, and differently when they change', () => {
    expect(glossaryFingerprint({ a: '1', b: '2' })).toBe(glossaryFingerprint({ b: '2', a: '1' }));
    expect(glossaryFingerprint({ a: '1' })).not.toBe(glossaryFingerprint({ a: '2' }));
  });

  it('names the line of a bad entry', () => {
    expect(() => parseGlossary('keep:\n  - ILPS\nterms:\n  es: [OTAN]\n')).toThrow(expect.objectContaining({ rule: 'glossary-invalid', place: { file: 'locales/glossary.yaml', line: 4 } }));
    expect(() => parseGlossary('keeps: [x]\n')).toThrow(/unknown key "keeps"/);
  });
});
