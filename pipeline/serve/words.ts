// The review page's own words, in the editor's language. English is the full table; the built-in UI
// words of pipeline/render/ui.ts (uiWords(language).review) are laid over it for the keys they have.
// Placeholders are {{name}}; values are plain text (the page escapes them).
import { builtInLanguage, uiWords } from '../render/ui.js';

/** Every word the review page and its script show. */
export const REVIEW_WORDS_EN = {
  title: 'Review',
  pageTitle: 'Editions review',
  intro: 'Pick a language to review. Your changes are saved to the catalogs in locales/ at once.',
  allLanguages: '← All languages',
  language: 'Language',
  approve: 'Approve',
  save: 'Save',
  revert: 'Revert',
  source: 'Source',
  translation: 'Translation',
  preview: 'Preview',
  state: 'State',
  search: 'Search',
  searchPlaceholder: 'Search source and translation',
  progress: 'Progress',
  approved: 'Approved',
  needsReview: 'Needs review',
  stale: 'Stale',
  untranslated: 'Untranslated',
  findings: 'Findings',
  all: 'All',
  show: 'Show',
  select: 'Select',
  approveSelected: 'Approve selected without findings',
  keys: 'Keys: j / k next and previous · e edit · a approve · Ctrl+Enter approve while editing · Ctrl+S save · Esc stop editing',
  approveTitle: 'Approve (a, or Ctrl+Enter while editing)',
  saveTitle: 'Save without approving (Ctrl+S)',
  revertTitle: 'Back to the machine draft',
  approvedBy: 'approved by {{name}}',
  editor: 'editor',
  sourceChanged: 'Source changed: ',
  updateChanged: 'Changed since the approved translation: ',
  line: 'line {{line}}',
  selectEntry: 'select entry {{n}}',
  translationOf: 'translation of entry {{n}}',
  saving: 'Saving…',
  saved: 'Saved',
  approvedSaved: 'Approved and saved',
  revertedSaved: 'Reverted and saved',
  notSaved: 'Not saved',
  noAnswer: 'The server gave no answer.',
  selectFirst: 'Select entries first (the boxes on the left).',
  approvedCount: 'Approved {{count}} of {{picked}} selected; those with findings were left for you to look at.',
  confirmQuestion: 'This translation has check errors: {{rules}}. Approve it anyway? Your approval will say so.',
  approveAnyway: 'Approve anyway',
  cancel: 'Cancel',
  conflictTitle: 'Someone else changed this entry. On disk now:',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  onDiskEmpty: '(no translation)',
  conflictMessage: 'This entry changed on disk since the page loaded it (another editor, a build or a git pull). Nothing was saved. Your text is still in the field and the version on disk is beside it: keep yours or take theirs.',
  conflictRevert: 'This entry changed on disk since the page loaded it (another editor, a build or a git pull). Nothing was reverted; the row now shows what is on disk.',
  entryGone: 'This entry is no longer in the catalog (the source changed). Nothing was saved; reload the page.',
  confirmMessage: 'Not approved yet: this translation has check errors ({{rules}}). Confirm to approve it anyway.',
};

export type ReviewWords = typeof REVIEW_WORDS_EN;

/**
 * The built-in UI words (pipeline/render/ui.ts, one module per language): the language that serves
 * a tag, and its review words. Keys it does not have yet stay English.
 */
const BUILT_IN: { languageOf: (tag: string) => string | undefined; words: (language: string) => Partial<ReviewWords> } = {
  languageOf: builtInLanguage,
  words: (language) => uiWords(language).review,
};

/** The review page's words for a built-in language: its own where it has them, English for the rest. */
export function reviewWords(language: string): ReviewWords {
  const words: ReviewWords = { ...REVIEW_WORDS_EN };
  for (const [key, value] of Object.entries(BUILT_IN.words(language))) {
    if (typeof value === 'string' && value && key in words) words[key as keyof ReviewWords] = value;
  }
  return words;
}

/**
 * The page's language and words: `--lang` when given, else the browser's Accept-Language tags by
 * q value; the first with built-in words wins, else English.
 */
export function pageWords(flag: string | undefined, acceptLanguage: string | undefined): { language: string; words: ReviewWords } {
  const candidates = flag ? [flag] : acceptedTags(acceptLanguage);
  const language = candidates.map((tag) => BUILT_IN.languageOf(tag)).find(Boolean) ?? 'en';
  return { language, words: reviewWords(language) };
}

/** `fill('line {{line}}', { line: 4 })` → `line 4`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `es-MX,es;q=0.9,en;q=0.5` → `['es-MX', 'es', 'en']`: valid BCP 47 tags, best first. */
export function acceptedTags(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((item) => item.tag && item.tag !== '*' && item.q > 0 && valid(item.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((item) => item.tag);
}

function valid(tag: string): boolean {
  try {
    return Boolean(new Intl.Locale(tag).language);
  } catch {
    return false;
  }
}
