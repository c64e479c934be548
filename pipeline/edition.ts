// The plain data every stage passes to the next. No classes, no hidden state.
import type { Root } from 'mdast';
import type { RuleId } from './rules.js';

/** What kind of block a segment comes from; editors see it as a hint in the catalog. */
export type SegmentKind =
  | 'title'
  | 'subtitle'
  | 'summary'
  | 'role'
  | 'organization'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table-cell'
  | 'footnote';

/** A place in a file, 1-based, for messages and catalog references. */
export interface Place {
  file: string;
  line: number;
  column?: number;
}

/** One translatable unit of a statement: a block's inline Markdown, or a front-matter field. */
export interface Segment {
  /** Stable key: context + source text. Identical paragraphs get distinct contexts. */
  id: string;
  /** Disambiguating context (gettext msgctxt); empty for most body segments. */
  context: string;
  /** The segment's Markdown, soft line breaks folded into spaces. */
  source: string;
  kind: SegmentKind;
  position: Place;
  /** Child indices from the body tree's root to the block this segment fills; absent for front matter. */
  path?: number[];
  /** Notes for translators from `<!-- i18n: … -->` before the block (catalog: extracted comments `#.`). */
  notes?: string[];
}

export interface StatementMeta {
  title: string;
  subtitle?: string;
  summary?: string;
  /** As written in front matter (e.g. "2024-07"); formatted per language at render time. */
  date: string;
  author: string;
  role: string;
  organization: string;
}

/** A parsed canonical statement. `tree` is the mdast of the body; segments index into it in order. */
export interface Statement {
  slug: string;
  file: string;
  meta: StatementMeta;
  segments: Segment[];
  tree: Root;
  /** What the editions will not show as written (dropped `<script>`, unused footnote), at its place. */
  warnings?: { place: Place; message: string; rule: RuleId }[];
}

export type TranslationState = 'untranslated' | 'needs-review' | 'stale' | 'approved';

/** One catalog entry, in Editions' words (PO syntax stays in review/po.ts). */
export interface CatalogEntry {
  context: string;
  source: string;
  translation: string;
  state: TranslationState;
  /** Where the translation came from: `apertium eng-spa 2026-11-24`, `memory`, `deepl …`. */
  origin?: string;
  /** The source text the translation was made for, when the source has changed since. */
  previousSource?: string;
  /** Source references (`source/x.md:12`). */
  references: string[];
  /** Free comments by translators and editors, kept verbatim. */
  notes: string[];
  /** Extracted comments other than origin, kept verbatim. */
  comments: string[];
  /** Line of the entry's msgid in the catalog file, when read from disk. */
  line?: number;
  /** True when the editor approved a translation before the source changed under it. */
  approvedBeforeChange?: boolean;
  /** PO flags other than fuzzy (`no-wrap`, `python-format`, …), kept for the tools that set them. */
  flags?: string[];
  /** The context the translation was made for, when it has changed since (`#| msgctxt`). */
  previousContext?: string;
  /** Plural forms, which only obsolete entries may carry; kept so no translation is lost. */
  plural?: { source: string; translations: string[]; previousSource?: string };
}

export interface Catalog {
  language: string;
  /** Header fields (Language, Content-Type, …), kept across writes. */
  headers: Record<string, string>;
  /** Comment lines above the header (translator notes, copyright), verbatim with their `#`. */
  headerComments?: string[];
  entries: CatalogEntry[];
  obsolete: CatalogEntry[];
}

export interface SegmentCounts {
  total: number;
  approved: number;
  needsReview: number;
  stale: number;
  untranslated: number;
}

export type ReviewStatus = 'source' | 'approved' | 'draft' | 'pending';

/** A statement in one language, ready to render: text chosen, status decided. */
export interface Edition {
  slug: string;
  language: string;
  sourceLanguage: string;
  direction: 'ltr' | 'rtl';
  status: ReviewStatus;
  counts: SegmentCounts;
  meta: StatementMeta;
  tree: Root;
  /** Every language with an edition of this statement, for the language switcher. */
  siblings: string[];
  formats: Format[];
}

export type Format = 'html' | 'pdf' | 'txt';
export const FORMATS: readonly Format[] = ['html', 'pdf', 'txt'];

/** Machine-translation engine choices, as written in config and on the command line: from the registry. */
export { ENGINE_CHOICES as ENGINE_NAMES, type EngineChoice } from './translate/registry.js';
