// The llm engine against a real model, when one is reachable; skipped otherwise (the reason is
// printed). To run it against Ollama on this machine:
//
//   ollama serve &
//   ollama pull llama3.1:8b
//   EDITIONS_LLM_LIVE_URL=http://127.0.0.1:11434/v1 EDITIONS_LLM_LIVE_MODEL=llama3.1:8b \
//     npx vitest run tests/translate/llm-live.test.ts
//
// vLLM (`vllm serve MODEL`, http://127.0.0.1:8000/v1) and LM Studio (http://127.0.0.1:1234/v1) work the
// same way; EDITIONS_LLM_LIVE_KEY is sent as a Bearer key when set (OpenAI, Azure, a proxy).
// Assertions are about the contract, not about wording: one translation per text, every tag intact,
// the figures kept, and an update that keeps most of the approved translation.
import { describe, expect, it } from 'vitest';
import { llmEngine } from '../../pipeline/translate/engines/llm.js';
import { protect, restore } from '../../pipeline/translate/markup.js';
import type { LanguageSettings } from '../../pipeline/config.js';
import { statement } from '../support/editions.js';

const url = process.env.EDITIONS_LLM_LIVE_URL;
const model = process.env.EDITIONS_LLM_LIVE_MODEL;
const live = Boolean(url && model);
if (!live) console.log('llm-live: skipped — set EDITIONS_LLM_LIVE_URL and EDITIONS_LLM_LIVE_MODEL to run against a real model (e.g. Ollama at http://127.0.0.1:11434/v1 with llama3.1:8b)');

const settings = (code: string): LanguageSettings => ({ code, engine: 'llm', formality: 'default', minTranslatedPercent: 80 });
const engine = () => llmEngine({ url: url!, model: model!, key: process.env.EDITIONS_LLM_LIVE_KEY || undefined, attempts: 3, timeoutMs: 300_000 });
const digits = (text: string) => (text.match(/\d+/g) ?? []).join(' ');

describe.skipIf(!live)('translate/llm against a real model', () => {
  it('translates seed paragraphs and a marked-up sentence into German and Spanish with every tag and figure intact', async () => {
    const sources = [statement.segments.find((segment) => segment.source.startsWith('Finally NATO bragged'))!.source, 'Read the [full declaration](https://www.nato.int/) and *act* **now**.'];
    const texts = sources.map((source) => protect(source));
    for (const language of ['de', 'es']) {
      const usage: number[] = [];
      const replies = await engine().translate({ from: 'en', to: language, texts: texts.map((text) => text.xml), context: statement.meta.title, glossary: { NATO: language === 'es' ? 'OTAN' : 'NATO' }, settings: settings(language), onUsage: (reported) => usage.push(reported.promptTokens + reported.completionTokens) });
      expect(replies).toHaveLength(2);
      const markdown = replies.map((reply, index) => restore(reply, texts[index].table));
      expect(markdown[1]).toContain('](https://www.nato.int/)');
      expect(digits(markdown[0])).toBe(digits(sources[0]));
      console.log(`llm-live ${language}: ${usage.join('+')} tokens\n  ${markdown.join('\n  ')}`);
    }
  }, 600_000);

  it('updates an approved translation after a typo fix, keeping most of it', async () => {
    const source = statement.segments.find((segment) => segment.source.includes('bloddy'))!.source;
    const before = protect(source).xml;
    const after = protect(source.replace('bloddy', 'bloody')).xml;
    const [approved] = await engine().translate({ from: 'en', to: 'de', texts: [before], settings: settings('de') });
    const [updated] = await engine().translate({ from: 'en', to: 'de', texts: [after], updates: [{ previousSource: before, previousTranslation: approved }], settings: settings('de') });
    const kept = sharedWords(approved, updated);
    console.log(`llm-live update: ${(kept * 100).toFixed(0)}% of the approved words kept`);
    expect(kept).toBeGreaterThan(0.8);
  }, 600_000);
});

/** The share of the approved translation's words that are still in the update (as a multiset). */
function sharedWords(approved: string, updated: string): number {
  const words = approved.split(/\s+/).filter(Boolean);
  const left = new Map<string, number>();
  for (const word of updated.split(/\s+/)) left.set(word, (left.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of words) {
    const count = left.get(word) ?? 0;
    if (count) {
      shared++;
      left.set(word, count - 1);
    }
  }
  return words.length ? shared / words.length : 1;
}
