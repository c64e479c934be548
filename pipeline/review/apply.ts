// The apply side (like gettext): catalog + statement → the text of one edition, and its review status.
import type { Html, Parent, PhrasingContent, Root } from 'mdast';
import type { Catalog, CatalogEntry, Edition, Format, ReviewStatus, SegmentCounts, Statement, StatementMeta } from '../edition.js';
import { markdownToInline } from '../parse/inline.js';
import { footnoteLabels } from '../document/footnotes.js';
import { htmlTokens } from '../document/raw-html.js';
import { TRANSLATED_FIELDS } from '../parse/statement.js';
import { directionOf } from '../language.js';

/** How many entries are in each review state. */
export function countStates(entries: CatalogEntry[]): SegmentCounts {
  const counts: SegmentCounts = { total: entries.length, approved: 0, needsReview: 0, stale: 0, untranslated: 0 };
  for (const entry of entries) {
    if (entry.state === 'approved') counts.approved++;
    else if (entry.state === 'needs-review') counts.needsReview++;
    else if (entry.state === 'stale') counts.stale++;
    else counts.untranslated++;
  }
  return counts;
}

export interface EditionDecision {
  status: Exclude<ReviewStatus, 'source'> | 'blocked';
  /** Plain words for status, index and errors: why a language is pending or blocked. */
  reason?: string;
}

/**
 * Decide what a language gets. Below the share of translated segments: pending (no edition).
 * With `release`: only a fully approved catalog is built; anything else is blocked.
 */
export function decideStatus(counts: SegmentCounts, minTranslatedPercent: number, release: boolean, checkErrors = 0): EditionDecision {
  const translated = counts.total - counts.untranslated;
  const percent = counts.total ? (100 * translated) / counts.total : 100;
  const errors = `${checkErrors} check error${checkErrors === 1 ? '' : 's'} (run editions check)`;
  if (counts.approved === counts.total) return release && checkErrors ? { status: 'blocked', reason: errors } : { status: 'approved' };
  const missing = describeMissing(counts);
  if (release) return { status: 'blocked', reason: `not fully approved: ${missing}${checkErrors ? `; ${errors}` : ''}` };
  if (percent < minTranslatedPercent) {
    return { status: 'pending', reason: `${Math.floor(percent)} % translated, ${minTranslatedPercent} % needed for a draft (${missing})` };
  }
  return { status: 'draft', reason: missing };
}

function describeMissing(counts: SegmentCounts): string {
  const parts = [
    counts.needsReview && `${counts.needsReview} need review`,
    counts.stale && `${counts.stale} stale`,
    counts.untranslated && `${counts.untranslated} untranslated`,
  ].filter(Boolean);
  return `${counts.approved} of ${counts.total} approved${parts.length ? `; ${parts.join(', ')}` : ''}`;
}

/**
 * The statement's text in one language. Approved entries always apply; in a draft, machine and stale
 * text apply too, and the source shows through wherever nothing exists.
 */
export function applyCatalog(statement: Statement, catalog: Catalog): { tree: Root; meta: StatementMeta } {
  const byKey = new Map(catalog.entries.map((entry) => [`${entry.context}\u0004${entry.source}`, entry]));
  const tree = structuredClone(statement.tree);
  const meta: StatementMeta = { ...statement.meta };
  const footnotes = footnoteLabels(statement.tree);
  for (const segment of statement.segments) {
    const entry = byKey.get(segment.id);
    const translation = entry && entry.state !== 'untranslated' ? entry.translation : undefined;
    if (!translation) continue;
    if (segment.path) {
      const node = nodeAt(tree, segment.path);
      if (node.type === 'html') (node as unknown as Html).value = keepSourceTags(translation, (node as unknown as Html).value);
      else node.children = keepSourceTargets(keepSourceHtml(markdownToInline(translation, { footnotes }), htmlOf(node.children)), targetsOf(node.children));
    } else if ((TRANSLATED_FIELDS as readonly string[]).includes(segment.kind)) {
      meta[segment.kind as (typeof TRANSLATED_FIELDS)[number]] = translation;
    }
  }
  return { tree, meta };
}

/**
 * A translated block of raw HTML: its tags must be the source's (each counted); any other tag in
 * the translation is escaped, so it shows as text and never adds an element, a link or an image.
 */
function keepSourceTags(translation: string, source: string): string {
  const allowed = htmlTokens(source).filter((token) => token.kind === 'tag').map((token) => token.value);
  return htmlTokens(translation)
    .map((token) => {
      if (token.kind !== 'tag') return token.kind === 'text' ? token.value.replace(/</g, '&lt;') : token.value;
      const index = allowed.indexOf(token.value);
      if (index < 0) return token.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      allowed.splice(index, 1);
      return token.value;
    })
    .join('');
}

/** The raw HTML a block's source holds, as written: all that a translation of it may use. */
function htmlOf(nodes: PhrasingContent[], found: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node.value);
    else if ('children' in node) htmlOf(node.children as PhrasingContent[], found);
  }
  return found;
}

/**
 * A translation is untrusted: raw HTML it holds that its source does not (each tag counted) is shown
 * as text, never as markup, so no translation adds an element, a link or an image by HTML.
 */
function keepSourceHtml(nodes: PhrasingContent[], allowed: string[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'html') {
      const index = allowed.indexOf(node.value);
      if (index >= 0) {
        allowed.splice(index, 1);
        return node;
      }
      return { type: 'text', value: node.value };
    }
    if ('children' in node) return { ...node, children: keepSourceHtml(node.children as PhrasingContent[], allowed) } as PhrasingContent;
    return node;
  });
}

/** Link and image targets a block's source holds: all that a translation of it may point at or load. */
function targetsOf(nodes: PhrasingContent[], found = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'image') found.add(node.url);
    if ('children' in node) targetsOf(node.children as PhrasingContent[], found);
  }
  return found;
}

/**
 * A translation never adds a link or an image its source does not have: a new link keeps only its
 * words, a new image only its alt text, so opening an edition never fetches what the author did not
 * put there (the link-mismatch and image-mismatch checks name the entry).
 */
function keepSourceTargets(nodes: PhrasingContent[], allowed: Set<string>): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'image' && !allowed.has(node.url)) return node.alt ? [{ type: 'text', value: node.alt }] : [];
    if (node.type === 'link' && !allowed.has(node.url)) return keepSourceTargets(node.children, allowed);
    if ('children' in node) return [{ ...node, children: keepSourceTargets(node.children as PhrasingContent[], allowed) } as PhrasingContent];
    return [node];
  });
}

function nodeAt(tree: Root, path: number[]): Parent & { children: PhrasingContent[] } {
  let node: Parent = tree;
  for (const index of path) node = node.children[index] as Parent;
  return node as Parent & { children: PhrasingContent[] };
}

/** The source language's edition: the statement itself, always built. */
export function sourceEdition(statement: Statement, language: string, siblings: string[], formats: Format[]): Edition {
  const counts: SegmentCounts = { total: statement.segments.length, approved: statement.segments.length, needsReview: 0, stale: 0, untranslated: 0 };
  return {
    slug: statement.slug,
    language,
    sourceLanguage: language,
    direction: directionOf(language),
    status: 'source',
    counts,
    meta: statement.meta,
    tree: statement.tree,
    siblings,
    formats,
  };
}
