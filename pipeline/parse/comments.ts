// HTML comments in a statement: never shown; `<!-- i18n: … -->` (or `i18n:comment:`) directly
// before a block is a note for its translators, `<!-- i18n:skip -->` keeps the next block out of
// the catalog (it is shown as written in every edition). Comments are removed from the tree here.
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { RuleId } from '../rules.js';
import type { Place } from '../edition.js';
import { isComment } from '../document/raw-html.js';

/** What a directive leaves on the block it precedes (in the node's `data`). */
export interface I18nData {
  i18nNotes?: string[];
  i18nSkip?: boolean;
}

export interface Problem {
  place: Place;
  message: string;
  rule: RuleId;
}

const DIRECTIVE = /^<!--\s*i18n:([\s\S]*?)\s*-->$/;

/** Read the directives of every block-level comment in `tree` and remove all comments from it. */
export function takeComments(tree: Root, file: string, problems: Problem[]): void {
  const walk = (parent: Parent) => {
    const kept: RootContent[] = [];
    let pending: I18nData = {};
    let pendingLine = 0;
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html' && isComment(child.value)) {
        const line = child.position?.start.line ?? 0;
        readDirective(child.value.trim(), { file, line }, pending, problems);
        if (pending.i18nNotes || pending.i18nSkip) pendingLine = line;
        continue;
      }
      if (pending.i18nNotes || pending.i18nSkip) {
        child.data = { ...(child.data ?? {}), ...pending } as never;
        pending = {};
      }
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'tableCell') walk(child as Parent);
      kept.push(child);
    }
    if (pending.i18nNotes || pending.i18nSkip) {
      problems.push({ place: { file, line: pendingLine }, message: 'this i18n: comment has no block after it; put it directly before the paragraph it is about', rule: 'translator-comment' });
    }
    parent.children = kept as Parent['children'];
  };
  walk(tree);
}

function readDirective(comment: string, place: Place, pending: I18nData, problems: Problem[]): void {
  const match = DIRECTIVE.exec(comment);
  if (!match) return;
  const body = match[1];
  if (/^skip$/i.test(body.trim())) {
    pending.i18nSkip = true;
    return;
  }
  const note = /^(?:comment:)?\s([\s\S]*)$|^comment:([\s\S]*)$/i.exec(body);
  const text = (note?.[1] ?? note?.[2])?.replace(/\s+/g, ' ').trim();
  if (text) {
    pending.i18nNotes = [...(pending.i18nNotes ?? []), text];
    return;
  }
  problems.push({ place, message: `unknown i18n: comment "${comment.slice(0, 40)}"; write <!-- i18n: note for translators --> or <!-- i18n:skip -->`, rule: 'translator-comment' });
}

/** The directive data a block carries, if any. */
export function i18nOf(node: Nodes): I18nData {
  return (node.data ?? {}) as I18nData;
}
