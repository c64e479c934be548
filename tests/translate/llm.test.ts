// The llm engine through its real HTTP path (its own fetch) against the OpenAI-compatible stand-in
// on 127.0.0.1: the wire contract, markup, glossary and context, tokens, and the update of an
// approved translation after its source changed. Faults: llm-faults.test.ts.
import { describe, expect, it } from 'vitest';
import { syncCatalog } from '../../pipeline/review/sync.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { updatedFrom } from '../../pipeline/review/update-note.js';
import type { Catalog } from '../../pipeline/edition.js';
import type { LedgerLine } from '../../pipeline/translate/run.js';
import { LLM_STAND_IN_KEY } from '../support/llm-stand-in.js';
import { MODEL, engine, job, manyParagraphs, seedCatalog, server, settings, useLlmStandIn } from '../support/llm-jobs.js';
import { statement } from '../support/editions.js';

useLlmStandIn();

describe('translate/llm: the wire contract', () => {
  it('posts one chat completion per batch: system instructions, the JSON object as last user message, a json_schema response_format, the key as Bearer', async () => {
    const replies = await engine().translate({ from: 'en', to: 'de', texts: ['See <a i="0">the summit</a>.', 'The <em>people</em> yearn.'], context: 'A title', glossary: { NATO: 'NATO' }, settings: settings('de') });
    expect(replies).toEqual(['[DE] See <a i="0">the summit</a>.', '[DE] The <em>people</em> yearn.']);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe(`Bearer ${LLM_STAND_IN_KEY}`);
    expect(request.body).toMatchObject({ model: MODEL, temperature: 0 });
    const messages = request.body.messages as { role: string }[];
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(request.payload).toEqual({
      source_language: 'en',
      target_language: 'de',
      texts: ['See <a i="0">the summit</a>.', 'The <em>people</em> yearn.'],
      updates: [null, null],
      glossary: { NATO: 'NATO' },
      context: 'A title',
      other_translations: [],
    });
    expect(request.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { schema: { required: ['translations'], properties: { translations: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } } } },
    });
    // The key goes in the header only.
    expect(JSON.stringify(request.body)).not.toContain(LLM_STAND_IN_KEY);
  });

  it('tells the model the register of a formal language and what glossary and context mean', async () => {
    await engine().translate({ from: 'en', to: 'de', texts: ['Hello.'], context: 'T', glossary: { ILPS: 'ILPS' }, settings: settings('de', 'prefer_more') });
    await engine().translate({ from: 'en', to: 'fr', texts: ['Hello.'], settings: settings('fr', 'prefer_less') });
    expect(server.requests[0].system).toMatch(/formal register/);
    expect(server.requests[0].system).toMatch(/"glossary" maps source terms/);
    expect(server.requests[0].system).toMatch(/"context" is the statement's title/);
    expect(server.requests[0].system).toMatch(/German \(de\)/);
    expect(server.requests[1].system).toMatch(/informal register/);
    expect(server.requests[1].system).not.toMatch(/"glossary"/);
  });

  it('accepts a reply wrapped in a ```json fence, as small local models often send', async () => {
    server.fail({ reply: 'fenced' });
    expect(await engine().translate({ from: 'en', to: 'es', texts: ['<b>Peace</b> now.'], settings: settings('es') })).toEqual(['<b>[ES] Peace</b> now.']);
    expect(server.requests).toHaveLength(1);
  });
});

describe('translate/llm: a catalog of the seed statement', () => {
  it('drafts every segment with links and emphasis intact, origin "llm MODEL DATE", tokens in the ledger; a re-run sends nothing', async () => {
    const saved: Catalog[] = [];
    const ledger: LedgerLine[] = [];
    const catalog = seedCatalog('fr');
    // The seed has no inline markup: one entry gets a link, emphasis and code.
    catalog.entries[3] = { ...catalog.entries[3], source: 'The [League](https://ilps.info/en/) *condemns* `NATO`.' };
    const result = await job(catalog, 'fr', saved, ledger);
    const sent = server.requests.flatMap((request) => request.payload.texts);
    expect(result.sent).toBe(sent.length);
    expect(sent).toContain('The <a i="0">League</a> <em>condemns</em> <x i="1"/>.');
    expect(result.catalog.entries[3].translation).toBe('\\[FR] The [League](https://ilps.info/en/) *condemns* `NATO`.');
    const entries = result.catalog.entries;
    expect(entries.every((entry) => entry.state === 'needs-review' && entry.origin === `llm ${MODEL} 2026-11-24`)).toBe(true);
    // Every link URL of the source is still there, and no other.
    for (const entry of entries) {
      const urls = (text: string) => [...text.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]).sort();
      expect(urls(entry.translation)).toEqual(urls(entry.source));
      expect(entry.translation.startsWith('[FR] ') || entry.translation.includes('[FR]')).toBe(true);
    }
    const tokens = server.tokens();
    expect(tokens.prompt).toBeGreaterThan(0);
    expect(ledger.reduce((sum, line) => sum + (line.promptTokens ?? 0), 0)).toBe(tokens.prompt);
    expect(ledger.reduce((sum, line) => sum + (line.completionTokens ?? 0), 0)).toBe(tokens.completion);
    expect(ledger.every((line) => line.engine === `llm ${MODEL}` && line.language === 'fr')).toBe(true);

    const again = await job(result.catalog, 'fr', [], ledger);
    expect(again.sent).toBe(0);
    expect(server.requests.flatMap((request) => request.payload.texts)).toHaveLength(sent.length);
  });

  it('sends the glossary, the title and the neighbouring paragraphs, and other languages\' approved translations', async () => {
    const catalog = seedCatalog('es');
    const target = statement.segments.find((segment) => segment.source.startsWith('Finally NATO bragged'))!.source;
    const only = { ...catalog, entries: catalog.entries.map((entry) => (entry.source === target ? entry : { ...entry, translation: 'x', state: 'approved' as const })) };
    await job(only, 'es', [], [], {
      glossary: { keep: ['ILPS', 'Biden'], terms: { es: { NATO: 'OTAN' } } },
      others: [{ language: 'fr', bySource: new Map([[target, 'Enfin l’OTAN s’est vantée…']]) }],
    });
    expect(server.requests).toHaveLength(1);
    const { payload } = server.requests[0];
    expect(payload.texts).toHaveLength(1);
    expect(payload.glossary).toEqual({ ILPS: 'ILPS', Biden: 'Biden', NATO: 'OTAN' });
    expect(payload.context).toContain('ILPS condemns the 2024 NATO Summit in Washington');
    expect(payload.context).toContain('NATO is therefore anti-woman');
    expect(payload.context).toContain('NATO’s war summit foreshadows');
    expect(payload.other_translations).toEqual([{ language: 'fr', translations: ['Enfin l’OTAN s’est vantée…'] }]);
    expect(server.requests[0].system).toMatch(/"other_translations"/);
  });

  it('other languages\' approved translations go as placeholder XML numbered like the text: their link URLs stay here', async () => {
    const catalog = manyParagraphs(1);
    const source = catalog.entries[0].source;
    await job(catalog, 'de', [], [], { order: undefined, others: [{ language: 'fr', bySource: new Map([[source, 'Paragraphe numéro 1 sur [le sommet](https://example.org/0).']]) }] });
    const { payload } = server.requests[0];
    expect(payload.texts).toEqual(['Paragraph number 1 about <a i="0">the summit</a>.']);
    expect(payload.other_translations).toEqual([{ language: 'fr', translations: ['Paragraphe numéro 1 sur <a i="0">le sommet</a>.'] }]);
    expect(JSON.stringify(server.requests[0].body)).not.toContain('https://example.org/0');
  });

  it('neighbouring paragraphs go as context without their link URLs or code', async () => {
    const body = 'Before [the secret plan](https://internal.example/plan) and `token-123`.\n\nThe paragraph to translate.\n\nAfter.';
    const parsed = parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/n.md', 'n');
    const catalog = syncCatalog(parsed.segments, undefined, 'de', 'n').catalog;
    const only = { ...catalog, entries: catalog.entries.map((entry) => (entry.source === 'The paragraph to translate.' ? entry : { ...entry, translation: 'x', state: 'approved' as const })) };
    await job(only, 'de', [], [], { order: parsed.segments.map((segment) => segment.source), context: 'T' });
    const { payload } = server.requests[0];
    expect(payload.texts).toEqual(['The paragraph to translate.']);
    expect(payload.context).toBe('T\n\nBefore the secret plan and .\n\nAfter.');
  });

  it('without usage in the reply the ledger records no tokens (it never guesses)', async () => {
    server.fail({ reply: 'no-usage' });
    const ledger: LedgerLine[] = [];
    const catalog = manyParagraphs(2);
    await job(catalog, 'de', [], ledger, { order: undefined });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).not.toHaveProperty('promptTokens');
    expect(ledger[0].segments).toBe(2);
  });
});

describe('translate/llm: updating an approved translation after its source changed', () => {
  it('sends previous_source and previous_translation, keeps the editor\'s words, needs review with origin "llm MODEL update DATE" and the updated-from note', async () => {
    const old = 'Finally NATO bragged that, “more than two-thirds of Allies have fulfilled their commitment.”';
    const edited = 'Finally NATO bragged that, “more than three-quarters of Allies have fulfilled their commitment.”';
    const approved = 'Schließlich prahlte die NATO: „more than two-thirds of Allies have fulfilled their commitment.“';
    const parse = (text: string) => parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${text}\n\nA second paragraph.\n`, 'source/u.md', 'u');
    const before = syncCatalog(parse(old).segments, undefined, 'de', 'u').catalog;
    const approvedCatalog = { ...before, entries: before.entries.map((entry) => (entry.source === old ? { ...entry, translation: approved, state: 'approved' as const } : entry)) };
    const stale = syncCatalog(parse(edited).segments, approvedCatalog, 'de', 'u').catalog;
    const entry = stale.entries.find((item) => item.source === edited)!;
    expect(entry).toMatchObject({ state: 'stale', approvedBeforeChange: true, previousSource: old });

    const saved: Catalog[] = [];
    const result = await job(stale, 'de', saved, [], { order: undefined, context: 'T' });
    const sent = server.requests[0].payload;
    const index = sent.texts.indexOf(edited);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(sent.updates[index]).toEqual({ previous_source: old, previous_translation: approved });
    expect(sent.updates.filter(Boolean)).toHaveLength(1);
    expect(server.requests[0].system).toMatch(/changed ONLY where the difference/);

    const after = result.catalog.entries.find((item) => item.source === edited)!;
    expect(after.translation).toBe('Schließlich prahlte die NATO: „more than three-quarters of Allies have fulfilled their commitment.“');
    expect(after).toMatchObject({ state: 'needs-review', origin: `llm ${MODEL} update 2026-11-24`, previousSource: undefined, approvedBeforeChange: undefined });
    expect(updatedFrom(after.notes)).toEqual({ source: old, translation: approved });
    expect(server.updatesServed).toEqual(['edited']);
  });
});

describe('regression: an update whose approved translation orders links differently', () => {
  it('numbers the placeholders of previous_source and previous_translation as in the new text, so no link moves to another phrase', async () => {
    const old = 'See [one](https://a.example/) and [two](https://b.example/) soon.';
    const edited = 'See [one](https://a.example/) and [two](https://b.example/) sooner.';
    const approved = 'Bald [zwei](https://b.example/) und [eins](https://a.example/) soon.';
    const parse = (text: string) => parseStatement(`---\ntitle: T\ndate: 2024\nauthor: A\nrole: R\norganization: O\n---\n\n${text}\n`, 'source/u.md', 'u');
    const before = syncCatalog(parse(old).segments, undefined, 'de', 'u').catalog;
    const approvedCatalog = { ...before, entries: before.entries.map((entry) => (entry.source === old ? { ...entry, translation: approved, state: 'approved' as const } : { ...entry, translation: 'T', state: 'approved' as const })) };
    const stale = syncCatalog(parse(edited).segments, approvedCatalog, 'de', 'u').catalog;
    const result = await job(stale, 'de', [], [], { order: undefined, context: 'T' });
    expect(server.requests[0].payload.updates[0]).toEqual({
      previous_source: 'See <a i="0">one</a> and <a i="1">two</a> soon.',
      previous_translation: 'Bald <a i="1">zwei</a> und <a i="0">eins</a> soon.',
    });
    expect(result.catalog.entries.find((entry) => entry.source === edited)?.translation).toBe('Bald [zwei](https://b.example/) und [eins](https://a.example/) sooner.');
  });
});
