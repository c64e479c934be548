// The project glossary, locales/glossary.yaml: terms never to translate (names, acronyms) and, per
// language, the required translation of a term. Engines use it; the checks enforce it.
import { LineCounter, parseDocument } from 'yaml';
import * as z from '../zod.js';
import { EditionsError } from '../errors.js';

export const GLOSSARY_FILE = 'locales/glossary.yaml';

const term = z.string().check(z.trim(), z.minLength(1));
const schema = z.strictObject({
  keep: z.optional(z.array(term)),
  terms: z.optional(z.record(z.string(), z.record(term, term))),
});

export interface Glossary {
  /** Terms that stay as written in every language (ILPS, NATO, people's names). */
  keep: string[];
  /** Per language: source term → required translation. */
  terms: Record<string, Record<string, string>>;
}

export const EMPTY_GLOSSARY: Glossary = { keep: [], terms: {} };

/** Parse the glossary file's text; problems name the file and line. */
export function parseGlossary(text: string): Glossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => ({ file: GLOSSARY_FILE, line: lineCounter.linePos(offset).line });
  if (doc.errors[0]) throw new EditionsError(`cannot read the glossary: ${doc.errors[0].message.split('\n')[0]}`, { rule: 'glossary-invalid', place: at(doc.errors[0].pos[0]) });
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const message = issue.code === 'unrecognized_keys' ? `unknown key "${issue.keys[0]}"; use keep and terms` : `${issue.path.join('.')}: ${issue.message}`;
    throw new EditionsError(message, { rule: 'glossary-invalid', place: at(node?.range?.[0] ?? 0) });
  }
  return { keep: result.data.keep ?? [], terms: result.data.terms ?? {} };
}

/** The glossary entries for one target language: kept terms map to themselves. */
export function entriesFor(glossary: Glossary, language: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const term of glossary.keep) entries[term] = term;
  return { ...entries, ...(glossary.terms[language] ?? {}) };
}

