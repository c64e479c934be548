// Editions of the real seed statement for renderer tests: English, or a language with given entries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, Edition } from '../../pipeline/edition.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { readCatalog } from '../../pipeline/review/po.js';
import { sourceEdition } from '../../pipeline/review/apply.js';
import { directionOf } from '../../pipeline/language.js';
import { resolveConfig } from '../../pipeline/config.js';
import { planBuild } from '../../pipeline/build/plan.js';
import type { Snapshot } from '../../pipeline/build/snapshot.js';
import { uiTranslator, type Translate } from '../../pipeline/render/ui.js';
import type { UiResources } from '../../pipeline/workspace.js';
import { REPO, SEED, SLUG } from './workspace.js';

export const statement = parseStatement(readFileSync(SEED, 'utf8'), `source/${SLUG}.md`, SLUG);

export function ui(language: string): Translate {
  const resources: UiResources = {};
  for (const code of ['en', language]) resources[code] = JSON.parse(readFileSync(path.join(REPO, 'locales', code, 'ui.json'), 'utf8'));
  return uiTranslator(resources, language, 'en');
}

export function englishEdition(): Edition {
  return sourceEdition(statement, 'en', ['en', 'es', 'ru'], ['html', 'pdf', 'txt']);
}

/** The committed catalog of a language (es, ca, gl hold Apertium drafts). */
export function committedCatalog(language: string): Catalog {
  const file = `locales/${language}/${SLUG}.po`;
  return readCatalog(readFileSync(path.join(REPO, file), 'utf8'), file);
}

/**
 * The edition a build would make of the seed in `language` from this catalog: planned by the build's
 * own planner on an in-memory snapshot, not re-derived here.
 */
export function plannedEdition(language: string, catalog: Catalog): Edition {
  const config = resolveConfig(`sourceLanguage: en\nlanguages: [${language}]\nminTranslatedPercent: 0\n`, REPO);
  const snapshot: Snapshot = {
    config,
    statements: [statement],
    languages: [language],
    formats: ['html', 'pdf', 'txt'],
    synced: { catalogs: new Map([[`${language}/${SLUG}`, catalog]]), reports: new Map(), changed: new Set() },
    ui: {},
    previous: new Map(),
  };
  const planned = planBuild(snapshot, { tool: 'test', intact: new Set() }).editions.find((item) => item.key.language === language);
  if (!planned) throw new Error(`the plan makes no ${language} edition`);
  return planned.edition;
}

/** An edition of the seed from a catalog; `translations` maps a source prefix to a translation. */
export function translatedEdition(language: string, translations: Record<string, string> = {}, status: 'draft' | 'approved' = 'draft', base?: Catalog): Edition {
  const catalog = base ?? syncCatalog(statement.segments, undefined, language, SLUG).catalog;
  const entries = catalog.entries.map((entry) => {
    const match = Object.entries(translations).find(([prefix]) => entry.source.startsWith(prefix));
    return match ? { ...entry, translation: match[1], state: status === 'approved' ? ('approved' as const) : ('needs-review' as const) } : entry;
  });
  // The caller's status wins: renderer tests show an approved edition from a partly translated catalog.
  return { ...plannedEdition(language, { ...catalog, entries }), status };
}

/** A one-paragraph edition of `text` (a passage from tests/fixtures/scripts), titled by its first words. */
export function passageEdition(language: string, text: string, status: 'draft' | 'approved' = 'approved'): Edition {
  const title = text.split(/[.。।,，、]/)[0].slice(0, 60);
  return {
    slug: SLUG,
    language,
    sourceLanguage: 'en',
    direction: directionOf(language),
    status,
    counts: { total: 2, approved: 2, needsReview: 0, stale: 0, untranslated: 0 },
    meta: { ...statement.meta, title, organization: title },
    tree: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }, { type: 'paragraph', children: [{ type: 'text', value: text }] }] },
    siblings: ['en', language],
    formats: ['html', 'pdf', 'txt'],
  };
}
