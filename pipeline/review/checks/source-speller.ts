// The source's spelling, by retext-spell, without loading the whole English dictionary: retext-spell
// is given only the .dic lines the statement's words need (dictionaries.ts neededDictionary), which
// judge those words as the whole dictionary does. Only a word it does not know needs the whole
// dictionary, for suggestions; those are kept in the tool cache folder (verdicts/), so a statement
// checked before on this machine loads it no more. Loading it took a quarter of a second of every
// build and check, on the thread that hands PDFs to the render workers.
//
// retext-spell suggests for the first `max` unknown words it meets, then no more: counted here the
// same way, so every message says what the whole dictionary would have made retext-spell say.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keepCacheFile } from '../../cache-file.js';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { dictionaryIdentity, indexesKeptIn, neededDictionary, SPELLING_VERSION } from './dictionaries.js';

export interface Message {
  line?: number;
  column?: number;
  reason: string;
  ruleId?: string | null;
  source?: string | null;
  actual?: string | null;
  expected?: string[];
}

export interface SourceSpeller {
  process: (text: string) => Promise<{ messages: Message[] }>;
}

/** retext-spell's limit: suggestions for this many unknown words, then none. */
const MAX = 200;

type Dictionary = { aff: Uint8Array; dic: Uint8Array };

/** retext with retext-spell on `dictionary`; `max`: how many unknown words it makes suggestions for. */
async function retextWith(dictionary: Dictionary, personal: string, max = MAX): Promise<SourceSpeller> {
  const [{ retext }, { default: retextEnglish }, { default: retextSpell }, { default: retextRepeatedWords }] = await Promise.all([
    import('retext'),
    import('retext-english'),
    import('retext-spell'),
    import('retext-repeated-words'),
  ]);
  const engine = retext().use(retextEnglish).use(retextSpell, { dictionary: dictionary as never, personal, max }).use(retextRepeatedWords);
  return { process: (text: string) => engine.process(text) as unknown as Promise<{ messages: Message[] }> };
}

/** retext-spell with the whole English dictionary, as the source was spelt before: what sourceSpeller must match (tests). */
export async function wholeDictionarySpeller(words: string[]): Promise<SourceSpeller> {
  return retextWith((await import('dictionary-en')).default, words.join('\n'));
}

interface WordNode {
  type: string;
  value?: string;
  children?: WordNode[];
}
const textOf = (node: WordNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** What retext-spell asks its dictionary about in `texts`: each word as written ( ’ read as '), and each part of a word of several. */
async function askedWords(texts: string[]): Promise<Set<string>> {
  const [{ retext }, { default: retextEnglish }] = await Promise.all([import('retext'), import('retext-english')]);
  const parser = retext().use(retextEnglish);
  const words = new Set<string>();
  for (const text of texts) {
    visit(parser.parse(text) as never, 'WordNode', (node: WordNode) => {
      words.add(textOf(node).replace(/’/g, "'"));
      for (const child of node.children ?? []) if (child.type === 'TextNode' && child.value) words.add(child.value);
    });
  }
  return words;
}

/** Suggestions of the whole English dictionary (with the project's words), kept in the tool cache folder. */
class Suggestions {
  private speller: { suggest(word: string): string[] } | undefined;
  private known: Record<string, string[]> = {};
  private added = false;
  private readonly file: string | undefined;
  private readonly key: string;

  constructor(private readonly personal: string) {
    this.key = `${SPELLING_VERSION} ${dictionaryIdentity('en')} ${createHash('sha256').update(personal).digest('hex')}`;
    const folder = indexesKeptIn();
    this.file = folder && path.join(folder, 'verdicts', `suggestions-en-${createHash('sha256').update(this.key).digest('hex').slice(0, 16)}.json`);
    try {
      const kept = JSON.parse(readFileSync(this.file!, 'utf8')) as { key?: string; words?: Record<string, string[]> };
      if (kept.key === this.key && kept.words && typeof kept.words === 'object') this.known = kept.words;
    } catch {
      // None kept yet, or unreadable: made again as needed.
    }
  }

  async of(word: string): Promise<string[]> {
    const kept = this.known[word];
    if (Array.isArray(kept) && kept.every((item) => typeof item === 'string')) return kept;
    if (!this.speller) {
      sourceSpellerUse.whole++;
      const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
      const speller = nspell(dictionary as never);
      speller.personal(this.personal);
      this.speller = speller;
    }
    const made = this.speller.suggest(word);
    this.known[word] = made;
    this.added = true;
    return made;
  }

  /** Keep what was added for the next run; a cache only saves time. */
  save(): void {
    if (!this.added || !this.file) return;
    keepCacheFile(this.file, JSON.stringify({ key: this.key, words: this.known }));
    this.added = false;
  }
}

const suggestionsFor = new Map<string, Suggestions>();

/** How often the whole English dictionary was loaded for suggestions: for tests and measurements. */
export const sourceSpellerUse = { whole: 0 };

/** Forget this process's suggestions (tests: a new process reads them from the tool cache folder). */
export function forgetSuggestions(): void {
  suggestionsFor.clear();
}

/**
 * The speller for one statement's texts. The project's words (`personal`) go to retext-spell as
 * before; a word list with nspell's own syntax (a model word after a slash, a * for a forbidden
 * word) is read by the whole dictionary, as it was.
 */
export async function sourceSpeller(texts: string[], words: string[]): Promise<SourceSpeller> {
  const personal = words.join('\n');
  if (words.some((word) => word.includes('/') || word.startsWith('*'))) return wholeDictionarySpeller(words);
  const needed = neededDictionary('en', await askedWords(texts));
  if (!needed) return wholeDictionarySpeller(words);
  // No suggestions from the few lines (they would be wrong, and cost 150 ms): they come from below.
  // retext-spell reads a max of 0 as its default (30); -1 turns suggestions off, and its note with them.
  const processor = await retextWith({ aff: Buffer.from(needed.aff), dic: Buffer.from(needed.dic) }, personal, -1);
  if (!suggestionsFor.has(personal)) suggestionsFor.set(personal, new Suggestions(personal));
  const suggestions = suggestionsFor.get(personal)!;
  // retext-spell's own count of suggested words, across this statement's texts (one processor).
  const suggested = new Map<string, string[]>();
  return {
    async process(text) {
      const result = await processor.process(text);
      for (const message of result.messages) {
        if (message.source !== 'retext-spell' || !message.actual) continue;
        let expected = suggested.get(message.actual);
        if (!expected) {
          expected = suggested.size < MAX ? await suggestions.of(message.actual) : [];
          suggested.set(message.actual, expected);
        }
        message.expected = [...expected];
      }
      suggestions.save();
      return result;
    },
  };
}
