// The source's spelling without the whole English dictionary (review/checks/source-speller.ts): on
// real documents, every message — place, word and suggestions — is what retext-spell says with the
// whole dictionary, also past its 200th unknown word; suggestions kept in the tool cache folder spare
// a later run the whole dictionary (counted, never timed). Documents: the seed statement
// (tests/fixtures/changed-paragraph), The Art of Command Line (2015) and the awesome list
// (tests/fixtures/real-documents, see its README), and a paragraph of our own with hard cases.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { keepIndexesIn } from '../../pipeline/review/checks/dictionaries.js';
import { forgetSuggestions, sourceSpeller, sourceSpellerUse, wholeDictionarySpeller, type SourceSpeller } from '../../pipeline/review/checks/source-speller.js';

const folders: string[] = [];
afterAll(() => {
  keepIndexesIn(undefined);
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});
const textsOf = (markdown: string) => {
  const texts: string[] = [];
  visit(unified().use(remarkParse).parse(markdown) as Root, 'text', (node: Text) => {
    texts.push(node.value);
  });
  return texts;
};
const document = (file: string) => textsOf(readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const HARD = textsOf(
  [
    'NATO’s 75th summit, the 21st century and the 3rd world: all-out war, well-known co-operation, the peoples’ struggle.',
    'It isn’t over. They’ve said it won’t. Defence and honour, colour and favour; organise, recognise.',
    'WASHINGTON — The Secretary-General met at 10:30am on 11 July 2024; e-mail, re-elect, self-determination.',
    'Typos: recieve, goverment, teh, adress, occured, seperate; names: Zelensky, Donbas, Stoltenberg, ILPS.',
    'Capitals: The Alliance, Ukraine, Russia; ALL CAPS: UNITED NATIONS; mixed: iPhone, eBay, McDonald’s.',
  ].join('\n\n'),
);
const WORDS = ['ILPS', 'Zelensky'];
const messagesOf = async (speller: SourceSpeller, texts: string[]) => {
  const all: unknown[] = [];
  for (const [at, text] of texts.entries()) {
    const { messages } = await speller.process(text);
    // What source.ts makes findings of: messages about a word (not retext-spell's note that it stops suggesting).
    all.push(...messages.filter((message) => message.actual).map((message) => [at, message.line, message.column, message.source, message.ruleId, message.actual, message.expected]));
  }
  return all;
};

describe('spelling the source without the whole English dictionary', () => {
  const documents: [string, string[]][] = [
    ['the seed statement (its first revision, with its typos)', document('tests/fixtures/changed-paragraph/source-before.md')],
    ['The Art of Command Line (2015)', document('tests/fixtures/real-documents/the-art-of-command-line-2c9c30a3.md')],
    ['the awesome list', document('tests/fixtures/real-documents/awesome-37506091.md')],
    ['hard cases', HARD],
  ];
  it.each(documents)('says of %s what the whole dictionary says', async (name, texts) => {
    const expected = await messagesOf(await wholeDictionarySpeller(WORDS), texts);
    expect(expected.length).toBeGreaterThan(0);
    // The awesome list has more than 200 unknown words: retext-spell's limit on suggestions is met too.
    if (name === 'the awesome list') expect(new Set(expected.map((message) => (message as unknown[])[5])).size).toBeGreaterThan(200);
    expect(await messagesOf(await sourceSpeller(texts, WORDS), texts)).toEqual(expected);
  }, 180_000);

  it('keeps suggestions in the tool cache folder: the next run loads no whole dictionary', async () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'editions-suggestions-'));
    folders.push(cache);
    keepIndexesIn(cache);
    forgetSuggestions();
    const before = sourceSpellerUse.whole;
    const first = await messagesOf(await sourceSpeller(HARD, WORDS), HARD);
    expect(sourceSpellerUse.whole - before).toBe(1);
    forgetSuggestions();
    expect(await messagesOf(await sourceSpeller(HARD, WORDS), HARD)).toEqual(first);
    expect(sourceSpellerUse.whole - before).toBe(1);
  }, 120_000);
});
