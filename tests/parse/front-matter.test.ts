// Front matter: every missing or invalid field reported in one run, each at its line; the date must
// be a day (or month, or year) that exists on the calendar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { ProblemList, calendarDate } from '../../pipeline/parse/front-matter.js';
import { problemOf } from '../support/problem.js';
import { SEED } from '../support/workspace.js';

const seed = readFileSync(SEED, 'utf8');
const FILE = 'source/2024-nato-summit.md';
const parse = (text: string) => parseStatement(text, FILE, '2024-nato-summit');
const withFrontMatter = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\nThe body.\n`;
const lines = (error: ProblemList) => error.problems.map((problem) => `${problem.place?.line}: ${problem.message} [${problem.rule}]`);

describe('front matter: all problems at once', () => {
  it('reports a missing role and organization, an empty title, a bad date and an unknown field in one error', () => {
    const error = problemOf(() => parse(withFrontMatter(['title: ""', 'date: 2024-13-45', 'colour: red', 'author: Len Cooper'])));
    expect(error).toBeInstanceOf(ProblemList);
    expect(lines(error as ProblemList)).toEqual([
      '1: the front matter needs a "role" field [front-matter-invalid]',
      '1: the front matter needs a "organization" field [front-matter-invalid]',
      '2: front-matter field "title": is empty; write it [front-matter-invalid]',
      '3: front-matter field "date": write a real date as YYYY-MM-DD or YYYY-MM, such as 2024-07-10 or 2024-07 [front-matter-invalid]',
      '4: unknown front-matter field "colour"; use title, subtitle, summary, date, author, role, organization [front-matter-invalid]',
    ]);
    // The error itself reads as its first problem, so one-problem callers still get a place.
    expect(error.place).toEqual({ file: FILE, line: 1 });
  });

  it('reports one problem as a plain error at its line', () => {
    const error = problemOf(() => parse(seed.replace('date: 2024-07', 'date: next week')));
    expect(error).not.toBeInstanceOf(ProblemList);
    expect(error.place).toEqual({ file: FILE, line: 3 });
    expect(error.message).toContain('"date": write a real date');
  });

  it('accepts the seed unchanged (date 2024-07)', () => {
    expect(parse(seed).meta.date).toBe('2024-07');
  });
});

describe('front matter: dates', () => {
  it.each(['2024', '2024-07', '2024-07-10', '2024-02-29'])('accepts %s', (value) => {
    expect(calendarDate(value)).toBe(value);
    expect(parse(seed.replace('date: 2024-07', `date: ${value}`)).meta.date).toBe(value);
  });

  it.each(['2024-13-45', '2024-13', '2023-02-29', '2024-04-31', 'next week', '10/07/2024', '2024-7-1'])('refuses %s', (value) => {
    expect(calendarDate(value)).toBeUndefined();
    expect(problemOf(() => parse(seed.replace('date: 2024-07', `date: "${value}"`))).rule).toBe('front-matter-invalid');
  });

  it('accepts a YAML timestamp written as a date', () => {
    expect(parse(seed.replace('date: 2024-07', 'date: !!timestamp 2024-07-10')).meta.date).toBe('2024-07-10');
  });
});
