// The one catalog of rule ids: every problem Editions reports names one of these. Ids are permanent
// (scripts and editors rely on them); the README's tables are checked against this list.

export type Severity = 'error' | 'warning';

export interface Rule {
  severity: Severity;
  /** The exit code of a command stopped by this problem (checks: `check` exits 1 on any error). */
  exitCode: number;
  /** What it means, in one line. */
  summary: string;
}

const input = (summary: string): Rule => ({ severity: 'error', exitCode: 1, summary });
const usage = (summary: string): Rule => ({ severity: 'error', exitCode: 2, summary });
const engineStop = (summary: string): Rule => ({ severity: 'error', exitCode: 3, summary });
const warning = (summary: string): Rule => ({ severity: 'warning', exitCode: 0, summary });

export const RULES = {
  // Workspace and configuration
  'config-syntax': input('editions.config.yaml cannot be read'),
  'config-invalid': input('editions.config.yaml has an unknown key or a bad value'),
  'no-config': input('there is no editions.config.yaml (editions init makes one)'),
  'no-source': input('there is no statement in source/'),
  'bad-slug': input('a statement file name that is not a slug'),
  'bad-encoding': input('a file that is not UTF-8 or holds NUL bytes'),
  'outside-workspace': input('a statement or catalog that is a symbolic link out of the workspace'),
  'glossary-invalid': input('locales/glossary.yaml cannot be read'),
  'ui-syntax': input('a ui.json is not valid JSON'),
  'init-failed': input('editions init cannot write the folder'),
  // Statements
  'no-front-matter': input("the statement's front matter is missing"),
  'front-matter-syntax': input("the statement's front matter cannot be read"),
  'front-matter-invalid': input('a front-matter field is missing or invalid (all reported at once)'),
  'segment-too-long': input('a paragraph over 50,000 characters'),
  'nesting-too-deep': input('lists and quotes nested more than 6 deep'),
  'translator-comment': input('an i18n: comment that cannot be read or has no block after it'),
  'unsupported-markdown': input('a node kind a format cannot show, at its line'),
  // Catalogs
  'po-syntax': input('a catalog msgfmt -c would refuse'),
  'po-duplicate': input('an entry repeated in a catalog'),
  'po-plural': input('a plural entry or a malformed Plural-Forms header'),
  'po-encoding': input('a catalog in another charset than UTF-8'),
  'catalog-locked': input('another process held the catalog for 30 s'),
  'entry-gone': input('the entry is no longer in the catalog (review page)'),
  'no-machine-draft': input('Revert on an entry with no machine draft (review page)'),
  'no-editor-name': input('no name to record approvals with (review --name)'),
  // The user's environment
  'disk-full': input('a file could not be written: the disk is full'),
  'not-writable': input('a file could not be written: the folder is read-only'),
  'font-missing': input('a font file of the PDF is not installed'),
  'no-glyph': input('no installed font has a character, so the PDF is not made'),
  'port-in-use': input('the review port is taken'),
  // Usage
  'bad-flag': usage('a flag or its value is not valid'),
  'unknown-language': usage('--lang names a language the config does not list'),
  'bad-environment': input('an environment variable has an unusable value'),
  // Engines
  'engine-unsupported': input('the engine cannot translate this language'),
  'engine-failed': input('the engine failed'),
  'engine-reply': input('the engine answered with broken markup or the wrong number of texts; nothing from it was saved'),
  'deepl-quota': engineStop("DeepL's quota is used up (456)"),
  'deepl-auth': engineStop('DeepL refused the key (403)'),
  'deepl-busy': engineStop('DeepL kept answering 429'),
  'deepl-connection': engineStop('DeepL could not be reached'),
  'deepl-failed': engineStop('DeepL failed otherwise'),
  'llm-auth': engineStop("the language model's endpoint refused the key (401/403)"),
  'llm-connection': engineStop('the language model did not answer after its attempts'),
  'llm-failed': engineStop('the language model failed otherwise'),
  // Checks: errors block --release
  'link-mismatch': input('a link target dropped, added or changed in a translation'),
  'image-mismatch': input('an image or embedded resource dropped or added in a translation'),
  'bidi-control': input('a bidi override or isolate in a source, translation or ui.json'),
  'markup-mismatch': input('emphasis, strong or strikethrough differ'),
  'code-mismatch': input('inline code not copied byte for byte'),
  'number-mismatch': input('figures differ'),
  'glossary-keep': input('a term from keep: was translated'),
  'empty-approved': input('an approved entry whose translation is blank'),
  'placeholder-mismatch': input("a ui.json string's {{placeholders}} differ"),
  // Checks: warnings
  'glossary-term': warning('a term with a required translation was translated otherwise'),
  'identical-to-source': warning('the translation is a copy of the source'),
  whitespace: warning('leading or trailing spaces the source does not have'),
  'punctuation-mismatch': warning('the sentence ends differently'),
  'length-ratio': warning("a length far outside the language's norm"),
  'ui-missing': warning('UI words missing from ui.json and the built-in words'),
  'ui-unknown': warning('a ui.json key Editions does not use'),
  spelling: warning('an unknown word'),
  'repeated-word': warning('a doubled word'),
  unbalanced: warning('unbalanced quotes or brackets in a source'),
  'html-dropped': warning('a <script>, <style>, frame or event handler dropped from a statement'),
  'footnote-unused': warning('a footnote nothing refers to'),
  // Bugs
  'internal-error': { severity: 'error', exitCode: 70, summary: 'a bug in Editions (please report it)' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function ruleOf(id: RuleId): Rule {
  return RULES[id];
}
