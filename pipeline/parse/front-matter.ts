// Front matter → StatementMeta: the YAML block at the top of a statement, validated, with the line
// of every field kept for messages.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { Yaml } from 'mdast';
import { EditionsError } from '../errors.js';
import type { StatementMeta } from '../edition.js';

const text = z.string().trim().min(1);
const frontMatterSchema = z
  .object({
    title: text,
    subtitle: text.optional(),
    summary: text.optional(),
    date: z.union([text, z.number().int().transform(String), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    author: text,
    role: text,
    organization: text,
  })
  .strict();

/** Read and validate the front matter; every problem names its line. */
export function readFrontMatter(node: Yaml, file: string): { meta: StatementMeta; lines: Record<string, number> } {
  const offsetLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const at = (offset: number) => ({ file, line: offsetLine + lineCounter.linePos(offset).line - 1 });
  if (doc.errors[0]) {
    throw new EditionsError(`cannot read the front matter: ${doc.errors[0].message.split('\n')[0]}`, {
      rule: 'front-matter-syntax',
      place: at(doc.errors[0].pos[0]),
    });
  }
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = at(pair.key.range[0]).line;
    }
  }
  const result = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? '');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter field "${key}"; use title, subtitle, summary, date, author, role, organization`
        : lines[key] === undefined
          ? `the front matter needs a "${key}" field`
          : `front-matter field "${key}": ${issue.message}`;
    throw new EditionsError(message, { rule: 'front-matter-invalid', place: { file, line: lines[key] ?? offsetLine - 1 } });
  }
  return { meta: result.data, lines };
}
