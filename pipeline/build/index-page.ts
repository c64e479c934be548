// The index page and the manifest's order, from the plan and what was actually made (a PDF stopped
// for a missing glyph is not listed) plus the files a --lang/--format build kept.
import type { Format, ReviewStatus } from '../edition.js';
import type { IndexStatement } from '../render/index-page.js';
import type { ManifestFile } from '../output/manifest.js';
import type { BuildPlan } from './plan.js';
import type { Snapshot } from './snapshot.js';

/** Every statement × language with its status and the formats that exist for it. */
export function indexStatements(snapshot: Snapshot, plan: BuildPlan, files: ManifestFile[]): IndexStatement[] {
  const { config } = snapshot;
  const order = (language: string) => (language === config.sourceLanguage ? -1 : config.languages.findIndex((item) => item.code === language));
  const formatOrder = (format: Format) => config.formats.indexOf(format);
  return snapshot.statements.map((statement) => {
    const rows = new Map<string, { language: string; status: ReviewStatus; formats: Format[]; note?: string }>();
    for (const planned of plan.editions.filter((item) => item.key.slug === statement.slug)) {
      rows.set(planned.key.language, { language: planned.key.language, status: planned.status, formats: [], note: planned.status === 'source' ? undefined : planned.note });
    }
    for (const withheld of plan.withheld.filter((item) => item.key.slug === statement.slug)) {
      rows.set(withheld.key.language, { language: withheld.key.language, status: 'pending', formats: [], note: withheld.note });
    }
    for (const file of files.filter((item) => item.statement === statement.slug && item.format !== 'index')) {
      const row = rows.get(file.language) ?? { language: file.language, status: file.status as ReviewStatus, formats: [] };
      row.formats.push(file.format as Format);
      rows.set(file.language, row);
    }
    for (const row of rows.values()) row.formats.sort((a, b) => formatOrder(a) - formatOrder(b));
    return { slug: statement.slug, title: statement.meta.title, rows: [...rows.values()].sort((a, b) => order(a.language) - order(b.language)) };
  });
}

/** Made and kept files in one stable order: statement, language as configured, format. */
export function orderFiles(snapshot: Snapshot, files: ManifestFile[]): ManifestFile[] {
  const { config } = snapshot;
  const slugs = snapshot.statements.map((statement) => statement.slug);
  const languages = [config.sourceLanguage, ...config.languages.map((item) => item.code)];
  const rank = (file: ManifestFile) => [slugs.indexOf(file.statement), languages.indexOf(file.language), config.formats.indexOf(file.format as Format)];
  return [...files].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
