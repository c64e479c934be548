import { describe, expect, it } from 'vitest';
import { inlineToText, markdownToInline } from '../../pipeline/parse/inline.js';
import { renderText, TEXT_WIDTH } from '../../pipeline/render/text.js';
import { displayWidth, wrap } from '../../pipeline/render/wrap.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { committedCatalog, englishEdition, passageEdition, statement, translatedEdition, ui } from '../support/editions.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { sourceEdition } from '../../pipeline/review/apply.js';
import { REPO } from '../support/workspace.js';

describe('render/text', () => {
  const english = renderText(englishEdition(), ui('en'));
  const lines = english.split('\n');

  it('underlines the title to its width and dates it for the language', () => {
    const title = lines.indexOf('ILPS condemns the 2024 NATO Summit in Washington');
    expect(lines[title + 1]).toBe('='.repeat('ILPS condemns the 2024 NATO Summit in Washington'.length));
    expect(english).toContain('Published July 2024');
  });

  it('wraps every line of the seed at 72 columns and keeps every word', () => {
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(TEXT_WIDTH);
    const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
    for (const segment of statement.segments.filter((item) => item.kind === 'paragraph')) expect(words(english)).toContain(words(inlineToText(markdownToInline(segment.source))));
  });

  it('ends with the signature', () => {
    expect(english.trimEnd().split('\n').slice(-3)).toEqual(['Len Cooper', 'ILPS Chairperson', "International League of Peoples' Struggle"]);
  });

  it('puts the draft banner at the top of a draft, in its language', () => {
    const spanish = renderText(translatedEdition('es', {}, 'draft', committedCatalog('es')), ui('es'));
    expect(spanish.split('\n')[1]).toBe('Borrador de traducción: aún no revisado');
    expect(spanish.split('\n')[0]).toBe('*'.repeat(72));
  });

  it('lists links as numbered references at the end', () => {
    // A French paragraph with two links (a translation can only keep its source's links: see apply).
    const paragraph = markdownToInline('Voir [le sommet](https://www.nato.int/summit) et [la ligue](https://ilps.info/).');
    const edition = { ...passageEdition('fr', 'x', 'draft'), tree: { type: 'root' as const, children: [{ type: 'paragraph' as const, children: paragraph }] } };
    const text = renderText(edition, ui('fr'));
    expect(text).toContain('Voir le sommet [1] et la ligue [2].');
    expect(text.trimEnd().split('\n').slice(-4)).toEqual(['Liens', '', '[1] https://www.nato.int/summit', '[2] https://ilps.info/']);
  });

  it('counts East Asian wide characters as two columns', () => {
    const chinese = '国际人民斗争联盟谴责二零二四年北大西洋公约组织峰会是近年来最危险的战争峰会之一。'.repeat(3);
    const wrapped = wrap(chinese, 72, 'zh-Hans');
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) expect(displayWidth(line)).toBeLessThanOrEqual(72);
    expect(displayWidth(wrapped[0])).toBeGreaterThan(66);
    expect(wrapped.join('')).toBe(chinese);
  });

  it('breaks Thai between words, not inside them', () => {
    const thai = 'สันนิบาตการต่อสู้ของประชาชนระหว่างประเทศประณามการประชุมสุดยอดนาโตปี 2024 ว่าเป็นหนึ่งในการประชุมสงครามที่อันตรายที่สุด';
    const wrapped = wrap(thai, 30, 'th');
    expect(wrapped.length).toBeGreaterThan(2);
    const words = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai)].map((part) => part.index));
    let offset = 0;
    for (const line of wrapped.slice(0, -1)) {
      offset += line.length;
      while (thai[offset] === ' ') offset++;
      expect(words.has(offset)).toBe(true);
    }
  });

  it.each(['ar', 'he', 'fa'])('%s: keeps right-to-left text in logical order, with no control characters', (language) => {
    const passage = readFileSync(path.join(REPO, 'tests/fixtures/scripts', `${language}.txt`), 'utf8').trim();
    const text = renderText(passageEdition(language, passage), ui(language === 'fa' ? 'en' : language));
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const lines = text.split('\n');
    expect(lines.join(' ')).toContain(passage);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(72);
  });

  it('Korean wraps at spaces only, keeping words whole', () => {
    const korean = readFileSync(path.join(REPO, 'tests/fixtures/scripts/ko.txt'), 'utf8').trim();
    const lines = wrap(korean, 40, 'ko');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(korean);
  });

  it('never breaks inside a long URL: it stands whole on a line of its own', () => {
    const url = 'https://www.example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all/really';
    expect(wrap(`See ${url} now`, 40, 'en')).toEqual(['See', url, 'now']);
  });

  it('breaks a word wider than the line (a 1,500-letter word, an 800-character hash) at the margin, losing nothing', () => {
    const word = 'a'.repeat(1500);
    const hash = '0123456789abcdef'.repeat(50);
    for (const text of [`Start ${word} end.`, `Hash: ${hash}.`]) {
      const lines = wrap(text, 72, 'en', '- ', '  ');
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(72);
      expect(lines.join('').replace(/^- |\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
    expect(wrap('国'.repeat(100), 72, 'zh').map(displayWidth)).toEqual([72, 72, 56]);
  });

  it('keeps no-break, narrow no-break and ideographic spaces, even at a line end', () => {
    const lines = wrap('Le prix\u00a0: 10\u202f000\u00a0€ et « oui\u00a0» 東京\u3000大阪 fin.', 20, 'fr');
    expect(lines.join(' ')).toContain('prix\u00a0: 10\u202f000\u00a0€');
    expect(lines.join('')).toContain('\u3000');
    expect(lines.join('')).toContain('oui\u00a0»');
  });
});

describe('render/text: what the document model shows in plain text', () => {
  const front = '---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\n';
  const render = (markdown: string) => {
    const parsed = parseStatement(front + markdown, 'source/x.md', 'x');
    return renderText(sourceEdition(parsed, 'en', ['en'], ['txt']), (key) => ({ 'notes.title': 'Notes', links: 'Links' })[key] ?? key);
  };

  it('prints notes after the text, numbered by first reference, with the references marked', () => {
    const text = render('One[^b] two[^a] three[^b].\n\n[^a]: Note A.\n[^b]: Note B, [linked](https://example.org/b).\n');
    expect(text).toContain('One¹ two² three¹.');
    expect(text).toMatch(/Notes\n-----\n\n¹ Note B, linked \[1\]\.\n\n² Note A\.\n/);
    expect(text).toContain('[1] https://example.org/b');
  });

  it('shows task states, list numbers from start, thematic breaks, alt text and raw HTML as text', () => {
    const text = render('- [x] done\n- [ ] open\n\n7. seventh\n8. eighth\n\n---\n\n![A crowd](c.jpg) and <abbr title="World Health Organization">WHO</abbr>.\n\n<div>Block <b>html</b></div>\n');
    expect(text).toContain('- ☑ done\n- ☐ open');
    expect(text).toContain('7. seventh\n8. eighth');
    expect(text).toContain('-'.repeat(24));
    expect(text).toContain('A crowd and WHO.');
    expect(text).toContain('Block html');
    expect(text).not.toMatch(/<abbr|<div|<b>/);
  });

  it('never shows the code of an inline script or style as text', () => {
    const text = render('Before <script>alert("x")</script> and <style>p{}</style> after.\n');
    expect(text).toContain('Before  and  after.');
    expect(text).not.toMatch(/alert|p\{\}/);
  });
});
