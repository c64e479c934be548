import { describe, expect, it } from 'vitest';
import { MarkupError, billableLength, protect, restore } from '../../pipeline/translate/markup.js';

describe('translate/markup: placeholders around what must not be translated', () => {
  const source = 'The *League* condemns the **2024** [NATO Summit](https://www.nato.int/cps/en/natohq/official_texts_227678.htm "Declaration") and `ILPS-2024`.';

  it('sends text and tags, never link targets or inline code', () => {
    const { xml } = protect(source);
    expect(xml).toBe('The <em>League</em> condemns the <b>2024</b> <a i="0">NATO Summit</a> and <x i="1"/>.');
    expect(xml).not.toContain('nato.int');
    expect(xml).not.toContain('ILPS-2024');
  });

  it('restores an unchanged reply to the same Markdown, byte for byte', () => {
    const { xml, table } = protect(source);
    expect(restore(xml, table)).toBe(source);
  });

  it('puts URLs and code back byte-identical after translation moved and re-tagged them', () => {
    const { table } = protect(source);
    const reply = 'La <b>2024</b> <a i="0">Cumbre de la OTAN</a> y <x i="1"></x> son condenadas por la <em>Liga</em>.';
    expect(restore(reply, table)).toBe('La **2024** [Cumbre de la OTAN](https://www.nato.int/cps/en/natohq/official_texts_227678.htm "Declaration") y `ILPS-2024` son condenadas por la *Liga*.');
  });

  it('accepts what Apertium does to tags: <br>, <x …></x>, entities', () => {
    const { table } = protect('Line one  \nline & `two`');
    expect(restore('Línea uno<br>línea &amp; <x i="0"></x>', table)).toBe('Línea uno\\\nlínea & `two`');
  });

  it('rejects broken or invented tags', () => {
    const { table } = protect(source);
    expect(() => restore('La <em>Liga</b>', table)).toThrow(MarkupError);
    expect(() => restore('La <em>Liga', table)).toThrow(MarkupError);
    expect(() => restore('<script>x</script>', table)).toThrow(MarkupError);
    expect(() => restore('<x i="9"/>', table)).toThrow(MarkupError);
    expect(() => restore('a < b', table)).toThrow(MarkupError);
  });

  it('holds back glossary terms kept as written, for engines without a glossary', () => {
    const { xml, table } = protect('The ILPS and Len Cooper oppose NATO; ILPSX is not a term.', ['ILPS', 'Len Cooper']);
    expect(xml).toBe('The <x i="0"/> and <x i="1"/> oppose NATO; ILPSX is not a term.');
    expect(restore('La <x i="0"></x> y <x i="1"></x> se oponen a la OTAN; ILPSX no es un término.', table)).toBe('La ILPS y Len Cooper se oponen a la OTAN; ILPSX no es un término.');
  });

  it('bills the text only', () => {
    expect(billableLength(protect(source).xml)).toBe('The League condemns the 2024 NATO Summit and .'.length);
    expect(billableLength('a &amp; b')).toBe(5);
  });
});

describe('translate/markup: raw HTML, images and footnotes travel as placeholders', () => {
  const source = 'The <abbr title="World Health Organization">WHO</abbr> counted 10<sup>3</sup> cases<br>here.[^1] See ![the map of Europe](https://example.org/map.png "Map").';

  it('sends inline HTML as placeholders, never as text an engine could translate or drop', () => {
    const { xml } = protect(source);
    expect(xml).toBe('The <g i="0">WHO</g> counted 10<g i="1">3</g> cases<x i="2"/>here.<x i="3"/> See <m i="4">the map of Europe</m>.');
    expect(xml).not.toMatch(/abbr|sup|World Health|example\.org|\[\^1\]/);
  });

  it('restores an unchanged reply to the same Markdown, byte for byte', () => {
    const { xml, table } = protect(source);
    expect(restore(xml, table)).toBe(source);
  });

  it('keeps each tag pair around its translated text and the image with its translated alt text', () => {
    const { table } = protect(source);
    const reply = 'La <g i="0">OMS</g> contó 10<g i="1">3</g> casos<x i="2"></x>aquí.<x i="3"/> Véase <m i="4">el mapa de Europa</m>.';
    expect(restore(reply, table)).toBe('La <abbr title="World Health Organization">OMS</abbr> contó 10<sup>3</sup> casos<br>aquí.[^1] Véase ![el mapa de Europa](https://example.org/map.png "Map").');
  });

  it('rejects a pair or an image placeholder that was never sent', () => {
    const { table } = protect(source);
    expect(() => restore('<g i="4">x</g>', table)).toThrow(MarkupError);
    expect(() => restore('<m i="0">x</m>', table)).toThrow(MarkupError);
  });
});

describe('translate/markup: code in raw HTML', () => {
  it('never sends what an inline <script> holds, and puts it back as it was', () => {
    const source = 'Before <script>alert("x")</script> after.';
    const { xml, table } = protect(source);
    expect(xml).toBe('Before <x i="0"/><x i="1"/><x i="2"/> after.');
    expect(restore(xml, table)).toBe(source);
  });
});

describe('translate/markup: a block of raw HTML', () => {
  const source = '<p align="center">Signed in <b>Geneva</b> &amp; Paris<br>\n<img src="logo.png" alt="Logo"></p>';

  it('sends its text with tags and character references as placeholders', () => {
    const { xml } = protect(source);
    expect(xml).toBe('<g i="1">Signed in <g i="2">Geneva</g> <x i="3"/> Paris<x i="4"/>\n<x i="5"/></g>');
    expect(xml).not.toMatch(/align|logo|&amp;amp;/);
  });

  it('puts the reply back as HTML: tags as sent, text escaped', () => {
    const { xml, table } = protect(source);
    expect(restore(xml, table)).toBe(source);
    expect(restore('<g i="1">Firmado en <g i="2">Ginebra</g> <x i="3"/> París &lt;3<x i="4"/> <x i="5"/></g>', table)).toBe('<p align="center">Firmado en <b>Ginebra</b> &amp; París &lt;3<br> <img src="logo.png" alt="Logo"></p>');
  });

  it('rejects a reply that adds Markdown markup to it', () => {
    const { table } = protect(source);
    expect(() => restore('<g i="1"><em>Firmado</em></g>', table)).toThrow(MarkupError);
  });
});
