// Every character an edition will draw, for script detection and glyph coverage.
import { toString } from 'mdast-util-to-string';
import type { Edition } from '../../edition.js';
import type { Translate } from '../ui.js';

export function editionText(edition: Edition, t: Translate): string {
  const { meta } = edition;
  const furniture = ['draft.banner', 'draft.detail', 'published', 'released', 'footer.page'].map((key) => t(key, { date: '', page: 1, pages: 1 }));
  return [meta.title, meta.subtitle, meta.summary, meta.author, meta.role, meta.organization, toString(edition.tree), ...furniture]
    .filter(Boolean)
    .join('\n');
}
