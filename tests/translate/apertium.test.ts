import { describe, expect, it } from 'vitest';
import { apertiumEngine, findMode, installedModes, modeChain } from '../../pipeline/translate/engines/apertium.js';
import { protect, restore } from '../../pipeline/translate/markup.js';
import { markdownToInline } from '../../pipeline/parse/inline.js';
import type { InlineCode, Link } from 'mdast';
import type { LanguageSettings } from '../../pipeline/config.js';
import { statement } from '../support/editions.js';

const modes = installedModes();
const installed = modes.includes('eng-spa');
if (!installed && process.env.CI) throw new Error('Apertium with apertium-eng-spa is required in CI (.ci/run installs it)');
const settings = (code: string, pivot?: string): LanguageSettings => ({ code, engine: 'apertium', formality: 'default', minTranslatedPercent: 80, pivot });

describe('translate/apertium: mode names', () => {
  const listed = ['eng-spa', 'eng-cat', 'en-gl', 'en-eo', 'es-pt', 'es-pt_BR', 'es-fr', 'spa-ita'];

  it('finds direct pairs under either ISO code spelling', () => {
    expect(findMode('en', 'es', listed)).toBe('eng-spa');
    expect(findMode('en', 'ca', listed)).toBe('eng-cat');
    expect(findMode('en', 'gl', listed)).toBe('en-gl');
    expect(findMode('en', 'eo', listed)).toBe('en-eo');
    expect(findMode('en', 'fr', listed)).toBeUndefined();
  });

  it('pivots through Spanish only when the language asks for it, preferring the regional mode', () => {
    expect(modeChain('en', settings('pt-BR'), listed)).toBeUndefined();
    expect(modeChain('en', settings('pt-BR', 'es'), listed)).toEqual(['eng-spa', 'es-pt_BR']);
    expect(modeChain('en', settings('it', 'es'), listed)).toEqual(['eng-spa', 'spa-ita']);
    expect(modeChain('en', settings('fr', 'es'), listed)).toEqual(['eng-spa', 'es-fr']);
  });
});

describe.skipIf(!installed)('translate/apertium: the real engine on the seed', () => {
  const engine = apertiumEngine();
  const paragraphs = statement.segments.filter((segment) => segment.kind === 'paragraph').slice(0, 4);

  it('translates the seed’s paragraphs into Spanish, one reply per segment, in order', async () => {
    const replies = await engine.translate({ from: 'en', to: 'es', texts: paragraphs.map((segment) => protect(segment.source).xml), settings: settings('es') });
    expect(replies).toHaveLength(4);
    expect(replies[0]).toMatch(/^La Liga Internacional/);
    expect(replies[1]).toContain('OTAN');
    expect(replies[3]).toContain('320,000');
    expect(replies.join(' ')).not.toContain('The International League');
  });

  it('keeps link targets and inline code byte-identical through Catalan and Galician', async () => {
    const source = 'The League condemns the [NATO Summit](https://www.nato.int/summit?id=1&x=2) and `ILPS-2024` *today*.';
    for (const code of ['ca', 'gl']) {
      const { xml, table } = protect(source);
      const [reply] = await engine.translate({ from: 'en', to: code, texts: [xml], settings: settings(code) });
      const nodes = markdownToInline(restore(reply, table));
      const urls = nodes.filter((node) => node.type === 'link').map((node) => (node as Link).url);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toBe('https://www.nato.int/summit?id=1&x=2');
      expect(nodes.filter((node) => node.type === 'inlineCode').map((node) => (node as InlineCode).value)).toEqual(['ILPS-2024']);
    }
  });

  it.skipIf(!modes.includes('es-pt_BR'))('pivots English → Spanish → Brazilian Portuguese and says so in its label', async () => {
    expect(engine.label('en', 'pt-BR', settings('pt-BR', 'es'))).toBe('eng-spa then es-pt_BR');
    const [reply] = await engine.translate({ from: 'en', to: 'pt-BR', texts: ['The people yearn to be free.'], settings: settings('pt-BR', 'es') });
    expect(reply.toLowerCase()).toMatch(/povo|pessoas/);
  });

  it('says plainly when a pair is missing', async () => {
    await expect(engine.translate({ from: 'en', to: 'ja', texts: ['x'], settings: settings('ja') })).rejects.toThrow('Apertium has no en → ja pair installed');
  });
});
