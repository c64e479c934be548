// `editions translate [--dry-run]`: spend on machine translation only, or print what it would cost.
import type { EngineChoice, ResolvedConfig } from '../config.js';
import { saveSynced, selectLanguages, syncAll } from '../catalogs.js';
import { loadStatements } from '../workspace.js';
import { planWorkspace, translateWorkspace } from '../translate/workspace.js';
import { machineTranslationEnv } from './environment.js';

interface TranslateFlags {
  engine?: EngineChoice;
  lang?: string[];
  dryRun?: boolean;
}

export async function runTranslate(config: ResolvedConfig, flags: TranslateFlags): Promise<number> {
  const statements = loadStatements(config);
  const languages = selectLanguages(config, flags.lang);
  const synced = syncAll(config, statements, languages);
  const mt = await machineTranslationEnv();
  const plans = planWorkspace(config, statements, languages, synced.catalogs, mt.engines, flags.engine);
  if (flags.dryRun) {
    for (const plan of plans) {
      const memory = plan.plans.reduce((sum, item) => sum + item.plan.fromMemory.length, 0);
      const waiting = plan.plans.reduce((sum, item) => sum + item.plan.waitingForEditor.length, 0);
      const updates = plan.plans.reduce((sum, item) => sum + item.plan.update.length, 0);
      const engine = plan.decision.engine === 'none' ? `no engine (${plan.decision.reason})` : plan.decision.engine;
      // Language models bill tokens: roughly 4 characters each way, plus the instructions per request.
      const tokens = plan.decision.engine === 'llm' ? ` (about ${estimateTokens(plan.characters, plan.segments).toLocaleString('en')} tokens)` : '';
      const updated = updates ? `; ${updates} approved entries whose source changed would be updated, not retranslated` : '';
      console.log(`${plan.language}: ${plan.segments} segments, ${plan.characters} characters${tokens} would be sent to ${engine}; ${memory} from memory${updated}; ${waiting} stale approved entries wait for an editor`);
    }
    const total = plans.filter((plan) => plan.decision.engine !== 'none').reduce((sum, plan) => sum + plan.characters, 0);
    console.log(`Total: ${total} characters. Nothing was sent.`);
    if (plans.some((plan) => plan.decision.engine === 'deepl' && plan.segments)) {
      const engine = await mt.makeEngine('deepl');
      if (engine.remaining) console.log(`DeepL quota: ${await engine.remaining()}`);
    }
    return 0;
  }
  saveSynced(config, statements, synced);
  try {
    const totals = await translateWorkspace(config, statements, plans, synced.catalogs, mt);
    console.log(`Machine-translated ${totals.segments} segments (${totals.characters} characters); ${totals.fromMemory} reused from translation memory.`);
  } finally {
    mt.done();
  }
  return 0;
}

/** A rough token count for a language model: input and output text at ~4 characters a token, plus instructions. */
export function estimateTokens(characters: number, segments: number): number {
  const requests = Math.ceil(segments / 20);
  return Math.ceil((characters / 4) * 2.2) + requests * 450;
}
