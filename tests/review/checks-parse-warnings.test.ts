// What the parser drops on purpose reaches the user as a check warning at its line (issue 10).
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../pipeline/parse/statement.js';
import { checkSource } from '../../pipeline/review/checks/source.js';

const statement = (body: string) => parseStatement(`---\ntitle: T\ndate: 2024-07\nauthor: A\nrole: R\norganization: O\n---\n\n${body}\n`, 'source/x.md', 'x');

describe('checks: warnings from parsing', () => {
  it('reports a dropped <script> and an unused footnote at their lines, as warnings', async () => {
    const findings = await checkSource(statement('Peace now.\n\n<script>alert(1)</script>\n\nText.\n\n[^unused]: Nobody refers to me.'), { words: [] });
    const parsed = findings.filter((finding) => finding.rule === 'html-dropped' || finding.rule === 'footnote-unused');
    expect(parsed.map((finding) => [finding.rule, finding.place.line, finding.severity]).sort()).toEqual([
      ['footnote-unused', 15, 'warning'],
      ['html-dropped', 11, 'warning'],
    ]);
  });

  it('reports nothing for a statement the parser kept whole', async () => {
    const findings = await checkSource(statement('Peace now, says the [report](https://example.org).'), { words: [] });
    expect(findings.filter((finding) => finding.rule === 'html-dropped' || finding.rule === 'footnote-unused')).toEqual([]);
  });
});
