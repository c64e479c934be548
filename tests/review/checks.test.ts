// Each check rule with a case that must be flagged and one that must not, on real multilingual text.
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../pipeline/review/checks/catalog.js';
import { numbersIn } from '../../pipeline/review/checks/numbers.js';
import { checkUiStrings } from '../../pipeline/review/checks/ui.js';
import { checkSource } from '../../pipeline/review/checks/source.js';
import { formatFinding } from '../../pipeline/review/checks/finding.js';
import type { CatalogEntry } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { statement } from '../support/editions.js';

const glossary = { keep: ['ILPS', 'Len Cooper'], terms: { es: { NATO: 'OTAN' }, ru: { NATO: 'НАТО' } } };
const entry = (source: string, translation: string, state: CatalogEntry['state'] = 'needs-review'): CatalogEntry => ({ context: '', source, translation, state, references: [], notes: [], comments: [], line: 41 });
const rules = (language: string, source: string, translation: string, state?: CatalogEntry['state']) =>
  checkCatalog([entry(source, translation, state)], language, `locales/${language}/2024-nato-summit.po`, glossary).map((finding) => finding.rule);

describe('checks: links', () => {
  it('flags a dropped or changed link target, with the place and what to do', () => {
    const findings = checkCatalog([entry('Read the [declaration](https://www.nato.int/cps/en/natohq/official_texts_227678.htm).', 'اقرأ الإعلان.')], 'ar', 'locales/ar/2024-nato-summit.po', glossary);
    expect(findings.map(formatFinding)).toEqual(['locales/ar/2024-nato-summit.po:41: error: translation drops the link to https://www.nato.int/cps/en/natohq/official_texts_227678.htm, keep it [link-mismatch]']);
    expect(rules('fr', 'See [NATO](https://nato.int).', 'Voir l’[OTAN](https://evil.example).')).toContain('link-mismatch');
  });
  it('accepts the same links in another order and with translated labels', () => {
    expect(rules('de', 'See [A](https://a.org) and [B](https://b.org).', 'Siehe [B-Text](https://b.org) und [A-Text](https://a.org).')).not.toContain('link-mismatch');
  });
});

describe('checks: inline markup and code', () => {
  it('flags a lost emphasis, an unclosed mark and changed inline code', () => {
    expect(rules('es', 'We *condemn* the summit.', 'Condenamos la cumbre.')).toContain('markup-mismatch');
    expect(rules('es', 'We condemn the summit.', 'Condenamos la *cumbre.')).toContain('markup-mismatch');
    expect(rules('ja', 'Run `editions build` now.', '今すぐ`editions ビルド`を実行してください。')).toContain('code-mismatch');
  });
  it('accepts the same kinds of markup around translated words', () => {
    const found = rules('ja', 'We **strongly** condemn `NATO-2024`.', '私たちは`NATO-2024`を**強く**非難する。');
    expect(found).not.toContain('markup-mismatch');
    expect(found).not.toContain('code-mismatch');
  });
});

describe('checks: numbers, locale-aware', () => {
  it('reads numbers as values in any script or grouping', () => {
    expect(numbersIn('320,000 and 75%')).toEqual([75, 320000]);
    expect(numbersIn('320.000 und 75 %', 'de')).toEqual([75, 320000]);
    expect(numbersIn('320 000 et 2,5 %', 'fr')).toEqual([2.5, 320000]);
    expect(numbersIn('أكثر من ٣٢٠٬٠٠٠ في ٢٠١٤', 'ar')).toEqual([2014, 320000]);
    expect(numbersIn('３２万人', 'ja')).toEqual([320000]);
    expect(numbersIn('in 2014 320 people')).toEqual([320, 2014]);
  });
  it('flags a changed figure', () => {
    expect(rules('es', 'Now over 320,000 Ukrainians and Russians have paid the price.', 'Ahora más de 32.000 ucranianos y rusos han pagado el precio.')).toContain('number-mismatch');
    expect(rules('hi', 'at least 2% of GDP', 'जीडीपी का कम से कम 3%')).toContain('number-mismatch');
  });
  it('accepts the same figures written the local way', () => {
    expect(rules('de', 'Now over 320,000 Ukrainians died in 2014.', 'Seit 2014 sind über 320.000 Ukrainer gestorben.')).not.toContain('number-mismatch');
    expect(rules('ar', 'over 320,000 since 2014.', 'أكثر من ٣٢٠٬٠٠٠ منذ ٢٠١٤.')).not.toContain('number-mismatch');
    expect(rules('ja', 'over 320,000 people.', '32万人以上。')).not.toContain('number-mismatch');
  });
});

describe('checks: glossary', () => {
  it('flags a kept term that was translated and a required term not used', () => {
    expect(rules('es', 'The ILPS condemns NATO.', 'La LIPS condena a la OTAN.')).toContain('glossary-keep');
    expect(rules('ru', 'The ILPS condemns NATO.', 'ILPS осуждает Альянс.')).toContain('glossary-term');
  });
  it('accepts kept and required terms', () => {
    const found = rules('ru', 'The ILPS condemns NATO.', 'ILPS осуждает НАТО.');
    expect(found).not.toContain('glossary-keep');
    expect(found).not.toContain('glossary-term');
  });
});

describe('checks: copies, blanks, spaces, punctuation, length', () => {
  it('flags a translation identical to its source, but not a kept name', () => {
    expect(rules('fr', 'The people yearn to be free.', 'The people yearn to be free.')).toContain('identical-to-source');
    expect(rules('fr', 'ILPS', 'ILPS')).not.toContain('identical-to-source');
  });
  it('flags an approved entry whose translation is blank', () => {
    expect(rules('tl', 'The people yearn to be free.', '  ', 'approved')).toEqual(['empty-approved']);
    expect(rules('tl', 'The people yearn to be free.', 'Nais ng mamamayan na maging malaya.', 'approved')).not.toContain('empty-approved');
  });
  it('flags leading or trailing spaces the source does not have', () => {
    expect(rules('it', 'The people yearn to be free.', ' Il popolo anela alla libertà. ')).toContain('whitespace');
    expect(rules('it', 'The people yearn to be free.', 'Il popolo anela alla libertà.')).not.toContain('whitespace');
  });
  it('compares sentence-final punctuation by kind, across scripts', () => {
    expect(rules('zh-Hans', 'The people yearn to be free.', '人民渴望自由。')).not.toContain('punctuation-mismatch');
    expect(rules('ar', 'Who benefits?', 'من المستفيد؟')).not.toContain('punctuation-mismatch');
    expect(rules('hi', 'The people yearn to be free.', 'जनता आज़ाद होना चाहती है।')).not.toContain('punctuation-mismatch');
    expect(rules('ar', 'Who benefits?', 'من المستفيد.')).toContain('punctuation-mismatch');
  });
  it('flags a length far outside the language’s norm', () => {
    const source = 'The Summit also proved that NATO’s strategy goes far beyond the North Atlantic.';
    expect(rules('de', source, 'Der Gipfel.')).toContain('length-ratio');
    expect(rules('de', source, 'Der Gipfel hat auch gezeigt, dass die Strategie der NATO weit über den Nordatlantik hinausgeht.')).not.toContain('length-ratio');
    expect(rules('zh-Hans', source, '峰会还证明，北约的战略远远超出了北大西洋。')).not.toContain('length-ratio');
  });
});

describe('checks: UI strings', () => {
  const english = { footer: { page: 'Page {{page}} of {{pages}}' }, links: 'Links' };
  it('flags a placeholder that differs, at its line, and a missing key as a warning', () => {
    const text = '{\n  "footer": {\n    "page": "Seite {{seite}} von {{pages}}"\n  }\n}\n';
    const findings = checkUiStrings(english, JSON.parse(text), {}, 'locales/de/ui.json', text, 'en');
    expect(findings.map(formatFinding)).toEqual([
      'locales/de/ui.json:1: warning: no words for "links", neither here nor built in; editions show the en text instead [ui-missing]',
      'locales/de/ui.json:3: error: "footer.page" must use the placeholders {{page}}, {{pages}}, exactly as the en text does [placeholder-mismatch]',
    ]);
  });
  it('counts a key the built-in words have as present: only keys missing from both are reported', () => {
    expect(checkUiStrings(english, { footer: { page: 'Seite {{page}} von {{pages}}' } }, { links: 'Links' }, 'locales/de/ui.json', '{}', 'en')).toEqual([]);
    const none = checkUiStrings(english, {}, {}, 'locales/pt-PT/ui.json', '', 'en');
    expect(none.map(formatFinding)).toEqual(['locales/pt-PT/ui.json:1: warning: no words for "footer.page", "links", neither here nor built in; editions show the en text instead [ui-missing]']);
  });
  it('flags a bidi override in a UI string, not the marks of right-to-left writing', () => {
    const hebrew = { footer: { page: 'עמוד {{page}} מתוך \u202e{{pages}}' }, links: 'קישורים\u200f' };
    const findings = checkUiStrings(english, hebrew, {}, 'locales/he/ui.json', JSON.stringify(hebrew, null, 2), 'en');
    expect(findings.map((finding) => `${finding.rule} ${finding.place.line}`)).toEqual(['bidi-control 3']);
  });
  it('accepts placeholders in another order', () => {
    const korean = { footer: { page: '{{pages}}쪽 중 {{page}}쪽' }, links: '링크' };
    expect(checkUiStrings(english, korean, {}, 'locales/ko/ui.json', JSON.stringify(korean), 'en')).toEqual([]);
  });
});

describe('checks: the source, before anything is sent', () => {
  it('reports the seed’s typos at their lines, with suggestions', async () => {
    const findings = (await checkSource(statement, { words: [] })).filter((finding) => finding.rule === 'spelling');
    const typos = Object.fromEntries(findings.map((finding) => [/"(.+?)"/.exec(finding.message)![1], finding]));
    expect(typos.bloddy.place).toEqual({ file: 'source/2024-nato-summit.md', line: 17, column: 645 });
    expect(typos.bloddy.message).toContain('did you mean "bloody"');
    expect(typos.advernurism.place.line).toBe(21);
    expect(typos.mobiliztion.place.line).toBe(25);
  });
  it('does not flag words in the project word list', async () => {
    const findings = await checkSource(statement, { words: ['Stoltenburg', 'Zelensky'] });
    expect(findings.map((finding) => finding.message).join()).not.toMatch(/Stoltenburg|Zelensky/);
  });
  it('flags a repeated word and unbalanced quotes and brackets', async () => {
    const text = '---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\nThe the summit “ended (badly.\n\nA clean “sentence” (here).\n';
    const findings = await checkSource(parseStatement(text, 'source/x.md', 'x'), { words: [] });
    expect(findings.map((finding) => `${finding.place.line} ${finding.rule}`)).toEqual(['9 repeated-word', '9 unbalanced', '9 unbalanced']);
  });
});
