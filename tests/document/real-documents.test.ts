// The identity check on long real documents with a public history (see
// tests/fixtures/real-documents/README.md): an edition whose every translation equals its source
// must equal the source's, and its text edition must keep every link target and image's alt text.
//
// The same check over many revisions, from bare git clones (slow, so only when asked):
//   EDITIONS_REVISIONS=40 EDITIONS_REPO=/path/to/repo.git EDITIONS_FILE=README.md npx vitest run tests/document/real-documents.test.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { renderText } from '../../pipeline/render/text.js';
import { REPO } from '../support/workspace.js';
import { checkIdentity } from './identity.js';

const FIXTURES = path.join(REPO, 'tests/fixtures/real-documents');
const DOCUMENTS = ['the-art-of-command-line-cb3fd615.md', 'the-art-of-command-line-2c9c30a3.md', 'awesome-37506091.md'];
const t = (key: string) => ({ 'notes.title': 'Notes', links: 'Links' })[key] ?? key;

describe('document model: long real documents', () => {
  it.each(DOCUMENTS)('%s: identical HTML; the text edition keeps every link target and alt text', (name) => {
    const outcome = checkIdentity(readFileSync(path.join(FIXTURES, name), 'utf8'));
    expect(outcome.error).toBeUndefined();
    expect(outcome.translated === outcome.source).toBe(true);
    expect(outcome.statement!.segments.length).toBeGreaterThan(100);
    const text = renderText(outcome.edition!, t);
    const wanted: string[] = [];
    visit(outcome.edition!.tree, (node) => {
      if (node.type === 'link' && /^https?:/.test(node.url)) wanted.push(node.url);
      if (node.type === 'image' && node.alt) wanted.push(node.alt);
    });
    expect(wanted.length).toBeGreaterThan(30);
    // Wrapped at 72 columns: compare with line breaks and indents folded.
    const fold = (value: string) => value.replace(/\s+/g, ' ');
    expect(wanted.filter((item) => !fold(text).includes(fold(item)))).toEqual([]);
  });

  it('awesome: its block HTML (a centred logo) is kept, sanitized, in the HTML edition', () => {
    const outcome = checkIdentity(readFileSync(path.join(FIXTURES, 'awesome-37506091.md'), 'utf8'));
    expect(outcome.source).toMatch(/<div align="center">\s*<img width="500" height="350" src="media\/logo.svg" alt="Awesome">/);
  });

  const revisions = Number(process.env.EDITIONS_REVISIONS ?? 0);
  it.runIf(revisions > 0)(`the last ${revisions} sampled revisions of EDITIONS_FILE in EDITIONS_REPO`, async () => {
    const git = (...args: string[]) => execFileSync('git', [`--git-dir=${process.env.EDITIONS_REPO}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const file = process.env.EDITIONS_FILE ?? 'README.md';
    const all = git('log', '--format=%H', '--', file).trim().split('\n');
    const step = Math.max(1, Math.floor(all.length / revisions));
    const sample = all.filter((_, index) => index % step === 0).slice(0, revisions);
    const counts = { identical: 0, differs: 0, refused: 0 };
    for (const revision of sample) {
      let markdown: string;
      try {
        markdown = git('show', `${revision}:${file}`);
      } catch {
        continue;
      }
      counts[checkIdentity(markdown).status]++;
      // Let the test runner's heartbeat through between long documents.
      await new Promise((resolve) => setImmediate(resolve));
    }
    console.log(`${file} in ${process.env.EDITIONS_REPO}: ${sample.length} of ${all.length} revisions: ${JSON.stringify(counts)}`);
    expect(counts.differs + counts.refused).toBe(0);
  }, 3_600_000);
});
