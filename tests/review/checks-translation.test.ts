// Translation checks added for issues 9 and 14: doubled words in every script, spelling of
// translations, images and links a translation adds, and bidi controls. Each rule has a case that
// must be flagged and one that must not, on real multilingual text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../pipeline/review/checks/catalog.js';
import { checkSource } from '../../pipeline/review/checks/source.js';
import { formatFinding } from '../../pipeline/review/checks/finding.js';
import { repeatedWords } from '../../pipeline/review/checks/repeated.js';
import { misspelled, spellingLanguages } from '../../pipeline/review/checks/spelling.js';
import type { CatalogEntry } from '../../pipeline/edition.js';
import { readCatalog } from '../../pipeline/review/po.js';
import { parseStatement } from '../../pipeline/parse/statement.js';

const glossary = { keep: ['ILPS'], terms: { es: { NATO: 'OTAN' } } };
const entry = (source: string, translation: string): CatalogEntry => ({ context: '', source, translation, state: 'needs-review', references: [], notes: [], comments: [], line: 12 });
const findings = (language: string, source: string, translation: string) => checkCatalog([entry(source, translation)], language, `locales/${language}/x.po`, glossary);
const rules = (language: string, source: string, translation: string) => findings(language, source, translation).map((finding) => finding.rule);

describe('repeated-word in translations', () => {
  it('flags "ellos ellos" in a Spanish catalog, at the entry’s line', () => {
    const file = 'tests/fixtures/checks-translation/es.po';
    const catalog = readCatalog(readFileSync(file, 'utf8'), file);
    const repeated = checkCatalog(catalog.entries, 'es', file, glossary).filter((finding) => finding.rule === 'repeated-word');
    expect(repeated.map(formatFinding)).toEqual([`${file}:9: warning: "ellos ellos": the word is doubled; remove one [repeated-word]`]);
  });
  it('flags doubled words in Cyrillic, Greek, Arabic, Devanagari and Japanese', () => {
    expect(repeatedWords('Саммит НАТО НАТО угрожает миру.', 'The NATO summit threatens the world.', 'ru')).toEqual(['нато']);
    expect(repeatedWords('Η σύνοδος του του ΝΑΤΟ απειλεί τον κόσμο.', 'The NATO summit threatens the world.', 'el')).toEqual(['του']);
    expect(repeatedWords('تهدد قمة الناتو الناتو العالم.', 'The NATO summit threatens the world.', 'ar')).toEqual(['الناتو']);
    expect(repeatedWords('नाटो शिखर सम्मेलन के के बारे में।', 'About the NATO summit.', 'hi')).toEqual(['के']);
    expect(repeatedWords('NATOのの首脳会議は世界を脅かす。', 'The NATO summit threatens the world.', 'ja')).toEqual(['の']);
  });
  it('does not flag punctuation between, a sentence boundary, grammar, reduplication or the source’s own doubles', () => {
    expect(repeatedWords('Paz, paz y justicia.', 'Peace, peace and justice.', 'es')).toEqual([]);
    expect(repeatedWords('Wir sagen nein. Nein zum Krieg.', 'We say no. No to war.', 'de')).toEqual([]);
    expect(repeatedWords('Nous nous opposons à la guerre.', 'We oppose the war.', 'fr')).toEqual([]);
    expect(repeatedWords('Menschen, die die Welt verändern.', 'People who change the world.', 'de')).toEqual([]);
    expect(repeatedWords('हालात धीरे धीरे बदल रहे हैं।', 'Things are slowly changing.', 'hi')).toEqual([]);
    expect(repeatedWords('Durum yavaş yavaş değişiyor.', 'Things are slowly changing.', 'tr')).toEqual([]);
    expect(repeatedWords('Il a visité Bora Bora.', 'He visited Bora Bora.', 'fr')).toEqual([]);
    expect(repeatedWords('En 2024 2024 personas.', 'In 2024, 2024 people.', 'es')).toEqual([]);
  });
});

describe('spelling of translations', () => {
  it('flags a misspelt Spanish, French and German word, not the source’s names or the project’s words', () => {
    const file = 'tests/fixtures/checks-translation/es.po';
    const catalog = readCatalog(readFileSync(file, 'utf8'), file);
    const spelling = checkCatalog(catalog.entries, 'es', file, glossary).filter((finding) => finding.rule === 'spelling');
    expect(spelling.map(formatFinding)).toEqual([`${file}:29: warning: unknown word "agressión" (es dictionary); fix it, or add it to source/words.txt [spelling]`]);
    expect(misspelled('Le sommet de l’OTAN menace le monde entier d’une guere.', 'The NATO summit threatens the whole world with war.', 'fr', new Set())).toEqual(['guere']);
    expect(misspelled('Der Gipfel bedroht die ganze Welt mit Kreig.', 'The summit threatens the whole world with war.', 'de', new Set())).toEqual(['Kreig']);
  });
  it('accepts correct text, elisions, compounds, words of the source and known words', () => {
    expect(misspelled('Le sommet de l’OTAN menace le monde entier d’une guerre.', 'The NATO summit threatens the world.', 'fr', new Set())).toEqual([]);
    expect(misspelled('Der Friedensgipfel bedroht die Kriegsgegner nicht.', 'The peace summit does not threaten war opponents.', 'de', new Set())).toEqual([]);
    expect(misspelled('Stoltenberg y Rutte hablaron en Washington.', 'Stoltenberg and Rutte spoke in Washington.', 'es', new Set())).toEqual([]);
    expect(misspelled('La ILPS condena a Bidenistán.', 'The ILPS condemns it.', 'es', new Set(['Bidenistán']))).toEqual([]);
    expect(misspelled('Bases en Taiwán y Ammán, dirigidas por EE.UU.', 'Bases in Taiwan and Amman, led by the US.', 'es', new Set())).toEqual([]);
  });
  it('skips a language without a dictionary, and says which have one', () => {
    expect(misspelled('Isang digmaang pandaigdig ang binabantaang ng NATO.', 'NATO threatens a world war.', 'tl', new Set())).toEqual([]);
    expect(spellingLanguages(['es', 'pt-BR', 'tl', 'ja'])).toEqual([
      { language: 'es', dictionary: 'dictionary-es' },
      { language: 'pt-BR', dictionary: 'dictionary-pt' },
      { language: 'tl', dictionary: null },
      { language: 'ja', dictionary: null },
    ]);
  });
});

describe('image-mismatch and link-mismatch: what a translation may not add', () => {
  it('flags an image the source does not have, as an error, in Markdown and raw HTML', () => {
    const found = findings('es', 'Read the declaration.', 'Lea la declaración.![](https://tracker.example/p.png)');
    expect(found.filter((finding) => finding.rule === 'image-mismatch').map((finding) => finding.severity)).toEqual(['error']);
    expect(rules('ar', 'Read the declaration.', 'اقرأ الإعلان.<img src="https://tracker.example/p.png">')).toContain('image-mismatch');
    expect(rules('ja', 'Read the declaration.', '[宣言](https://tracker.example/)を読んでください。')).toContain('link-mismatch');
  });
  it('accepts the source’s own image with a translated description', () => {
    const found = rules('zh-Hans', 'The logo: ![ILPS logo](https://ilps.info/logo.png)', '标志：![ILPS 标志](https://ilps.info/logo.png)');
    expect(found).not.toContain('image-mismatch');
    expect(found).not.toContain('link-mismatch');
  });
});

describe('bidi-control', () => {
  it('flags an override in a translation, naming the code point and place', () => {
    const found = findings('ar', 'Pay 100 dollars.', 'ادفع \u202e001 دولار.').filter((finding) => finding.rule === 'bidi-control');
    expect(found.map(formatFinding)).toEqual([
      'locales/ar/x.po:12: error: the translation holds U+202E RIGHT-TO-LEFT OVERRIDE at character 6; it can make text display in another order than stored: remove it [bidi-control]',
    ]);
    expect(rules('he', 'The NATO summit.', 'פסגת \u2066NATO\u2069.')).toContain('bidi-control');
  });
  it('accepts the marks of right-to-left writing (U+200E, U+200F)', () => {
    expect(rules('fa', 'The NATO summit in 2024.', 'نشست ناتو در\u200f ۲۰۲۴.')).not.toContain('bidi-control');
  });
  it('flags an isolate in the source at its line and column', async () => {
    const text = '---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\nPay the \u2067invoice\u2069 now.\n';
    const found = (await checkSource(parseStatement(text, 'source/x.md', 'x'), { words: ['invoice'] })).filter((finding) => finding.rule === 'bidi-control');
    expect(found.map((finding) => `${finding.place.line}:${finding.place.column} ${finding.message.slice(0, 6)}`)).toEqual(['9:9 U+2067', '9:17 U+2069']);
  });
});
