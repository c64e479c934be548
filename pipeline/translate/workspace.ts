// Machine translation over a whole workspace: choose an engine per language, plan, spend, save, record.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineChoice, ResolvedConfig } from '../config.js';
import type { Catalog, Statement } from '../edition.js';
import { catalogKey, syncStatement, updateCatalog } from '../catalogs.js';
import { applyPatches } from '../review/patch.js';
import { catalogPath, readText, shown } from '../workspace.js';
import { EMPTY_GLOSSARY, GLOSSARY_FILE, parseGlossary, type Glossary } from './glossary.js';
import { chooseEngine, type EngineDecision, type EngineEnvironment } from './choose.js';
import type { Engine, EngineName } from './engine.js';
import { engineDefinition } from './registry.js';
import { buildMemory, planTranslations, type TranslationPlan } from './plan.js';
import { translateCatalog, type LedgerLine } from './run.js';
import { appendLedger, ledgerPath } from './ledger.js';

export interface MachineTranslationEnv {
  engines: EngineEnvironment;
  /** Makes an engine on first use; the DeepL key lives only inside this closure. */
  makeEngine: (name: EngineName) => Promise<Engine>;
  now: () => Date;
  progress?: (language: string, done: number, total: number) => void;
  say?: (line: string) => void;
}

export interface LanguagePlan {
  language: string;
  decision: EngineDecision;
  plans: { slug: string; plan: TranslationPlan }[];
  segments: number;
  characters: number;
}

/** Pure: per language, which engine and what each statement would send. */
export function planWorkspace(config: ResolvedConfig, statements: Statement[], languages: string[], catalogs: Map<string, Catalog>, env: EngineEnvironment, override?: EngineChoice): LanguagePlan[] {
  return languages.map((language) => {
    const settings = config.languages.find((item) => item.code === language)!;
    const decision = chooseEngine(config.sourceLanguage, settings, env, override);
    const own = statements.map((statement) => catalogs.get(catalogKey(language, statement.slug))!).filter(Boolean);
    const memory = buildMemory(own);
    const updates = decision.engine !== 'none' && Boolean(engineDefinition(decision.engine)?.updates);
    const plans = statements.map((statement) => ({ slug: statement.slug, plan: planTranslations(catalogs.get(catalogKey(language, statement.slug))!, memory, { updates }) }));
    return {
      language,
      decision,
      plans,
      segments: plans.reduce((sum, item) => sum + item.plan.send.length + item.plan.update.length, 0),
      characters: plans.reduce((sum, item) => sum + item.plan.characters, 0),
    };
  });
}

/** Translate everything the plan says, saving each catalog after every batch. Returns the totals. */
export async function translateWorkspace(
  config: ResolvedConfig,
  statements: Statement[],
  plans: LanguagePlan[],
  catalogs: Map<string, Catalog>,
  env: MachineTranslationEnv,
): Promise<{ segments: number; characters: number; fromMemory: number }> {
  const totals = { segments: 0, characters: 0, fromMemory: 0 };
  const engines = new Map<EngineName, Engine>();
  const glossary = loadGlossary(config);
  for (const languagePlan of plans) {
    const { language, decision } = languagePlan;
    const work = languagePlan.plans.some(({ plan }) => plan.send.length || plan.fromMemory.length || plan.update.length);
    if (!work) continue;
    if (decision.engine === 'none') {
      env.say?.(`${language}: ${languagePlan.segments} segments wait for a translation (${decision.reason})`);
      continue;
    }
    let engine = engines.get(decision.engine);
    if (!engine) {
      engine = await env.makeEngine(decision.engine);
      engines.set(decision.engine, engine);
    }
    const settings = config.languages.find((item) => item.code === language)!;
    for (const statement of statements) {
      const key = catalogKey(language, statement.slug);
      const file = shown(config, catalogPath(config, language, statement.slug));
      const result = await translateCatalog({
        catalog: catalogs.get(key)!,
        statement: statement.slug,
        file,
        from: config.sourceLanguage,
        settings,
        engine,
        // Rebuilt per statement: what the previous statement just received is memory for this one.
        memory: buildMemory(statements.map((item) => catalogs.get(catalogKey(language, item.slug))!)),
        context: statement.meta.title,
        order: statement.segments.filter((segment) => segment.path).map((segment) => segment.source),
        glossary,
        others: approvedElsewhere(catalogs, statement.slug, language),
        now: env.now,
        save: (patches) => {
          const saved = updateCatalog(config, language, statement.slug, (current) => applyPatches(syncStatement(statement, current, language).catalog, patches).catalog)!;
          catalogs.set(key, saved);
          return saved;
        },
        record: (line) => appendLedger(ledgerPath(config), line),
        progress: (done, total) => env.progress?.(language, done, total),
      });
      totals.segments += result.sent;
      totals.characters += result.characters;
      totals.fromMemory += result.fromMemory;
    }
  }
  return totals;
}

/** Approved translations of this statement in the other languages at hand: context for engines that read it. */
function approvedElsewhere(catalogs: Map<string, Catalog>, slug: string, language: string): { language: string; bySource: Map<string, string> }[] {
  const others: { language: string; bySource: Map<string, string> }[] = [];
  for (const [key, catalog] of catalogs) {
    const [other, otherSlug] = key.split('/');
    if (otherSlug !== slug || other === language) continue;
    const bySource = new Map(catalog.entries.filter((entry) => entry.state === 'approved').map((entry) => [entry.source, entry.translation]));
    if (bySource.size) others.push({ language: other, bySource });
  }
  return others;
}

/** locales/glossary.yaml, or an empty glossary when there is none. */
export function loadGlossary(config: ResolvedConfig): Glossary {
  const file = path.join(config.root, GLOSSARY_FILE);
  return existsSync(file) ? parseGlossary(readText(file, GLOSSARY_FILE)) : EMPTY_GLOSSARY;
}

