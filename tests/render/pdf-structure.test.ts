// PDF/UA structure and the PDF side of the document model: heading levels without gaps, lists with
// labels, tables with header scope, links tied to their annotations, footnotes linked both ways,
// task states, thematic breaks, alt text, raw HTML as text, unsafe link schemes never live.
import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import type { Paragraph } from 'mdast';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../pipeline/edition.js';
import { renderPdf } from '../../pipeline/render/pdf/index.js';
import { stackFor } from '../../pipeline/render/pdf/layout/faces.js';
import { markdownEdition, run, save, udhr, udhrEdition, uiWords } from './pdf-editions.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const DATE = new Date(Date.UTC(2024, 6, 1));

// The seed statement's own sentences (source/2024-nato-summit.md) dressed in every construct.
const BODY = `## The summit

The International League of Peoples’ Struggle condemns the 2024 NATO Summit[^sum] as one of the most dangerous war summits in recent memory, <abbr title="North Atlantic Treaty Organization">NATO</abbr> says otherwise. Read [the full declaration of the North Atlantic Treaty Organization leaders meeting in Washington](https://www.nato.int/cps/en/natohq/official_texts_227678.htm) or write to [the secretariat](mailto:info@example.org). These are not links: [script](javascript:alert(1)), [data](data:text/html,hi), [vb](vbscript:msgbox), [file](file:///etc/passwd).

### Demands

1. Dissolve NATO.
2. Close the foreign bases.

- [x] Statement drafted
- [ ] Statement translated

| Country | Troops |
| --- | --- |
| Ukraine | 320,000 |

***

![A map of the Baltic Sea](map.png)

<div>Bases and military infrastructure are being expanded.</div>

[^sum]: The summit was held in Washington, D.C., on 9–11 July 2024.
`;

interface Built {
  file: string;
  text: string;
  struct: string;
  pdf: PDFDocument;
}

async function build(edition: Edition): Promise<Built> {
  const bytes = await renderPdf(edition, uiWords(edition.language), { creationDate: DATE });
  const file = save(bytes);
  return { file, text: run('pdftotext', [file, '-']), struct: run('pdfinfo', ['-struct', file]), pdf: await PDFDocument.load(bytes, { updateMetadata: false }) };
}

const lookup = <T>(pdf: PDFDocument, value: unknown): T => (value instanceof PDFRef ? pdf.context.lookup(value) : value) as T;
const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** Every annotation of the document with its page index. */
function annotations(pdf: PDFDocument): PDFDict[] {
  return pdf.getPages().flatMap((page) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    return annots instanceof PDFArray ? annots.asArray().map((ref) => lookup<PDFDict>(pdf, ref)) : [];
  });
}

/** Every structure element of type `type`. */
function elements(pdf: PDFDocument, type: string): PDFDict[] {
  const found: PDFDict[] = [];
  const root = lookup<PDFDict>(pdf, pdf.catalog.get(PDFName.of('StructTreeRoot')));
  const visit = (node: unknown) => {
    const value = lookup<unknown>(pdf, node);
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict)) return;
    if (value.get(PDFName.of('S'))?.toString() === `/${type}`) found.push(value);
    const kids = value.get(PDFName.of('K'));
    if (kids) visit(kids);
  };
  visit(root.get(PDFName.of('K')));
  return found;
}

describe.skipIf(!hasPoppler)('render/pdf structure (PDF/UA) and the document model', () => {
  let english: Built;
  beforeAll(async () => {
    english = await build(markdownEdition(BODY));
  });

  it('tags the title H1 and the body headings H2, H3 without gaps', () => {
    const headings = [...english.struct.matchAll(/^\s*(H\d)\b/gm)].map((match) => match[1]);
    expect(headings).toEqual(['H1', 'H2', 'H3', 'H2']); // the last H2 is "Notes"
  });

  it('tags lists as L > LI > Lbl + LBody, with the numbers and task states drawn', () => {
    expect(english.struct).toMatch(/L \(block\)\n\s+LI \(block\)\n\s+Lbl \(block\)\n\s+LBody \(block\)/);
    expect(elements(english.pdf, 'Lbl').length).toBe(4);
    expect(english.text).toMatch(/1\. Dissolve NATO\.\s+2\. Close the foreign bases\./);
    expect(english.text).toContain('☑ Statement drafted');
    expect(english.text).toContain('☐ Statement translated');
  });

  it('tags tables as Table > TR > TH (scope Column) / TD', () => {
    expect(english.struct).toMatch(/Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+TH:\n\s+\/Scope \/Column\n\s+TR\n\s+TD\n\s+TD/);
    expect(english.text).toContain('Ukraine');
    expect(english.text).toContain('320,000');
  });

  it('ties every link annotation to a Link element (OBJR), with /Contents, one per line fragment', () => {
    const links = elements(english.pdf, 'Link');
    const annots = annotations(english.pdf).filter((annot) => annot.get(PDFName.of('Subtype'))?.toString() === '/Link');
    // The long link wraps: it is one Link element with an annotation per line it covers.
    const declaration = annots.filter((annot) => text(lookup<PDFDict>(english.pdf, annot.get(PDFName.of('A')))?.get(PDFName.of('URI')))?.includes('nato.int'));
    expect(declaration.length).toBeGreaterThanOrEqual(2);
    const objrs = links.flatMap((link) => {
      const kids = lookup<unknown>(english.pdf, link.get(PDFName.of('K')));
      return (kids instanceof PDFArray ? kids.asArray() : [kids]).map((kid) => lookup<unknown>(english.pdf, kid)).filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.get(PDFName.of('Type'))?.toString() === '/OBJR');
    });
    expect(objrs.length).toBe(annots.length);
    for (const annot of annots) {
      expect(annot.get(PDFName.of('StructParent'))).toBeDefined();
      expect(text(annot.get(PDFName.of('Contents')))?.length).toBeGreaterThan(0);
    }
  });

  it('makes only http, https and mailto links live: javascript:, data:, vbscript:, file: stay text', () => {
    const uris = annotations(english.pdf).map((annot) => text(lookup<PDFDict>(english.pdf, annot.get(PDFName.of('A')))?.get(PDFName.of('URI')))).filter(Boolean);
    expect(uris).toEqual(expect.arrayContaining(['https://www.nato.int/cps/en/natohq/official_texts_227678.htm', 'mailto:info@example.org']));
    for (const uri of uris) expect(uri).toMatch(/^(https?|mailto):/);
    expect(english.text).toMatch(/These are not links: script, data, vb, file\./);
  });

  it('prints footnotes as notes at the end, linked both ways', () => {
    expect(english.text).toMatch(/Notes\s+1\. The summit was held in Washington, D\.C\., on 9–11 July 2024\./);
    const goTos = annotations(english.pdf).map((annot) => lookup<PDFDict>(english.pdf, annot.get(PDFName.of('A')))).filter((action) => action?.get(PDFName.of('S'))?.toString() === '/GoTo');
    expect(goTos.map((action) => text(action.get(PDFName.of('D')))).sort()).toEqual(['note-1', 'note-ref-1']);
    const names = run('pdfinfo', ['-dests', english.file]);
    expect(names).toContain('"note-1"');
    expect(names).toContain('"note-ref-1"');
  });

  it('shows alt text, raw HTML as its text, and draws the thematic break', () => {
    expect(english.text).toContain('A map of the Baltic Sea');
    expect(english.text).toContain('NATO says otherwise');
    expect(english.text).not.toContain('<abbr');
    expect(english.text).toContain('Bases and military infrastructure are being expanded.');
    // The rule is a stroked line marked as a layout artifact in the page's content.
    const content = english.pdf.getPages().map((page) => {
      const contents = lookup<unknown>(english.pdf, page.node.get(PDFName.of('Contents')));
      const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => lookup<PDFRawStream>(english.pdf, ref)) : [contents as PDFRawStream];
      return streams.map((stream) => inflateSync(stream.contents).toString('latin1')).join('\n');
    }).join('\n');
    // (Grey #888, a horizontal stroke 120 pt wide; table rules are #999 and span the column.)
    const rule = /\/Artifact <<\n\/Type \/Layout\n>> BDC\nq\n0\.8 w\n\/DeviceRGB CS\n0\.533+ 0\.533+ 0\.533+ SCN\n([\d.]+) ([\d.]+) m\n([\d.]+) \2 l\nS\nQ\nEMC/.exec(content);
    expect(rule).not.toBeNull();
    expect(Number(rule![3]) - Number(rule![1])).toBeCloseTo(120, 1);
  });

  it('writes Keywords from the statement', () => {
    expect(run('pdfinfo', [english.file])).toMatch(/Keywords:\s+ILPS, Len Cooper/);
  });

  it.each(['ar', 'he'])('%s: ordered-list numbers are drawn whole ("1.", "2.")', async (language) => {
    const items = language === 'ar' ? ['حل حلف الناتو.', 'إغلاق القواعد الأجنبية.'] : ['לפרק את נאט״ו.', 'לסגור את הבסיסים הזרים.'];
    const built = await build(markdownEdition(`1. ${items[0]}\n2. ${items[1]}\n`, language));
    expect(built.text).toContain('1.');
    expect(built.text).toContain('2.');
    const labels = run('pdfinfo', ['-struct-text', built.file]).match(/Lbl \(block\)\n\s+"([^"]*)"/g)?.map((match) => /"([^"]*)"/.exec(match)![1]);
    expect(labels).toEqual(['1.', '2.']);
    for (const item of items) expect(built.text).toContain(item.replace(/\.$/, ''));
    // The numbers stand in the right-hand gutter, beside the start of their items' text.
    const words = [...run('pdftotext', ['-bbox', built.file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({ xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), text: match[4] }));
    for (const label of ['1.', '2.']) {
      const marker = words.find((word) => word.text === label)!;
      expect(marker.xMin).toBeGreaterThan(515);
      const line = words.filter((word) => word !== marker && Math.abs(word.yMin - marker.yMin) < 4);
      expect(line.length).toBeGreaterThan(0);
      for (const word of line) expect(word.xMax).toBeLessThan(marker.xMin);
    }
  });

  it('ar: tagged text reads in logical order with word spaces (pdfinfo -struct-text)', async () => {
    const built = await build(udhrEdition('ar'));
    const tagged = run('pdfinfo', ['-struct-text', built.file]);
    const [title, preamble] = udhr('ar');
    expect(tagged).toContain(`H1 (block)\n    "${title}"`);
    // Each line of a paragraph is its own marked content; the first line starts the paragraph.
    const first = /P \(block\)\n\s+"(لمّا[^"]*)"/.exec(tagged)?.[1];
    expect(first && preamble.startsWith(first.trim())).toBe(true);
    expect(first!.split(' ').length).toBeGreaterThan(5);
  });

  it('keeps real bold with a `fonts:` override: X-Regular.ttf brings X-Bold.ttf', async () => {
    const stack = stackFor('ar', ['NotoSansArabic-Regular.ttf']);
    expect(stack[0]).toMatchObject({ regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' });
    const bytes = await renderPdf(udhrEdition('ar'), uiWords('ar'), { creationDate: DATE, fonts: ['NotoSansArabic-Regular.ttf'] });
    const fonts = run('pdffonts', [save(bytes)]);
    expect(fonts).toMatch(/\+NotoSansArabic-Bold\b/);
    expect(fonts).toMatch(/\+NotoSansArabic-Regular\b/);
  });

  it('draws any script Debian’s Noto fonts cover, beyond the language’s own (Tifinagh, Cherokee, Ol Chiki)', async () => {
    // The names of these languages in their own scripts.
    const paragraph = 'The language is called ⵜⴰⵎⴰⵣⵉⵖⵜ in Tifinagh, ᏣᎳᎩ in Cherokee and ᱥᱟᱱᱛᱟᱲᱤ in Ol Chiki.';
    const file = save(await renderPdf(markdownEdition(paragraph), uiWords('en'), { creationDate: DATE }));
    expect(run('pdftotext', [file, '-']).replace(/\s+/g, ' ')).toContain(paragraph);
    const fonts = run('pdffonts', [file]);
    for (const family of ['NotoSansTifinagh', 'NotoSansCherokee', 'NotoSansOlChiki']) expect(fonts).toContain(family);
  });

  it('refuses a node kind the PDF cannot show, at its source line (a reference link that was not expanded)', async () => {
    const edition = markdownEdition('First paragraph.\n\nSecond paragraph.\n');
    const paragraph = edition.tree.children[1] as Paragraph;
    paragraph.children = [{ type: 'linkReference', identifier: 'r', label: 'r', referenceType: 'shortcut', children: [{ type: 'text', value: 'r' }], position: paragraph.position }];
    await expect(renderPdf(edition, uiWords('en'), { creationDate: DATE })).rejects.toMatchObject({ rule: 'unsupported-markdown', place: { file: 'source/test.md', line: paragraph.position!.start.line } });
  });

  it('sets code in Noto Sans Mono, keeping its indentation', async () => {
    const body = 'Run `editions build` first.\n\n```\nif (summit) {\n    condemn(NATO);\n}\n```\n';
    const file = save(await renderPdf(markdownEdition(body), uiWords('en'), { creationDate: DATE }));
    expect(run('pdffonts', [file])).toMatch(/\+NotoSansMono-Regular\b/);
    const words = [...run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    const x = (text: string) => Number(words.find((match) => match[2] === text)![1]);
    // Four monospaced spaces of 9.5 pt type (0.6 em each) push the call right of the `if`.
    expect(x('condemn(NATO);') - x('if')).toBeCloseTo(4 * 0.6 * 9.5, 0);
    expect(run('pdftotext', [file, '-'])).toContain('Run editions build first.');
  });
});
