// Front matter → StatementMeta: the YAML block at the top of a statement, validated, with the line
// of every field kept for messages. Every problem is reported in one run, each at its line.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import * as z from '../zod.js';
import type { Yaml } from 'mdast';
import { EditionsError } from '../errors.js';
import type { Place, StatementMeta } from '../edition.js';

const FIELDS = ['title', 'subtitle', 'summary', 'date', 'author', 'role', 'organization'];

/** "2024", "2024-07" or "2024-07-10" naming a day that exists; undefined when it is not one. */
export function calendarDate(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  if (month !== undefined && !Number.isNaN(month) && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !Number.isNaN(day)) {
    const real = new Date(Date.UTC(year, month - 1, day));
    if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return undefined;
  }
  return value.trim();
}

const text = z.string({ error: 'write it as text' }).check(z.trim(), z.minLength(1, { error: 'is empty; write it' }));
const date = z
  .union([text, z.pipe(z.number().check(z.int()), z.transform(String)), z.pipe(z.date(), z.transform((d: Date) => d.toISOString().slice(0, 10)))])
  .check(z.refine((value) => calendarDate(value) !== undefined, { message: 'write a real date as YYYY-MM-DD or YYYY-MM, such as 2024-07-10 or 2024-07' }));
const frontMatterSchema = z.strictObject({
  title: text,
  subtitle: z.optional(text),
  summary: z.optional(text),
  date,
  author: text,
  role: text,
  organization: text,
});

/** Several problems in one file, all reported at once; `message`/`place` are the first one's. */
export class ProblemList extends EditionsError {
  readonly problems: EditionsError[];

  constructor(problems: EditionsError[]) {
    super(problems[0].message, { rule: problems[0].rule, place: problems[0].place });
    this.problems = problems;
  }
}

/** Read and validate the front matter; every problem names its line, all of them in one error. */
export function readFrontMatter(node: Yaml, file: string): { meta: StatementMeta; lines: Record<string, number> } {
  const offsetLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const at = (offset: number): Place => ({ file, line: offsetLine + lineCounter.linePos(offset).line - 1 });
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
  if (result.success) return { meta: result.data, lines };
  const problems = result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    return keys.map((key) => {
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown front-matter field "${key}"; use ${FIELDS.join(', ')}`
          : lines[key] === undefined
            ? `the front matter needs a "${key}" field`
            : `front-matter field "${key}": ${issue.message}`;
      // A missing field has no line of its own: point at the opening "---".
      return new EditionsError(message, { rule: 'front-matter-invalid', place: { file, line: lines[key] ?? offsetLine - 1 } });
    });
  });
  problems.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0));
  throw problems.length === 1 ? problems[0] : new ProblemList(problems);
}
