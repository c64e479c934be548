// Run every check over a workspace's current state: what `check`, `build` and the review page show.
import type { ResolvedConfig } from './config.js';
import type { Catalog, Statement } from './edition.js';
import { catalogKey } from './catalogs.js';
import { runChecks, type Finding, type SourceCache } from './review/checks/index.js';
import { loadGlossary } from './translate/workspace.js';
import { catalogPath, loadUiFiles, loadWords, shown } from './workspace.js';

export async function checkWorkspace(
  config: ResolvedConfig,
  statements: Statement[],
  catalogs: Map<string, Catalog>,
  languages: string[],
  options: { sourceCache?: SourceCache } = {},
): Promise<{ findings: Finding[]; sourceCache: SourceCache }> {
  return runChecks({
    sourceLanguage: config.sourceLanguage,
    statements,
    catalogs: languages.flatMap((language) =>
      statements.flatMap((statement) => {
        const catalog = catalogs.get(catalogKey(language, statement.slug));
        return catalog ? [{ language, file: shown(config, catalogPath(config, language, statement.slug)), catalog }] : [];
      }),
    ),
    ui: loadUiFiles(config, [config.sourceLanguage, ...languages]),
    glossary: loadGlossary(config),
    words: loadWords(config),
    sourceCache: options.sourceCache,
  });
}
