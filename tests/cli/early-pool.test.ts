// The render pool a full build starts before reading the workspace (cli/early-pool.ts): its size is
// guessed from the default folders, and it is not started when the build will not want it. Fixtures:
// folders made here (empty files: only names and kinds are read).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlyPoolSize, likelyPdfs } from '../../pipeline/cli/early-pool.js';
import { poolSize } from '../../pipeline/render/pool.js';

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

function workspace(statements: number, languages: string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editions-early-'));
  made.push(root);
  mkdirSync(path.join(root, 'source'));
  for (let at = 0; at < statements; at++) writeFileSync(path.join(root, 'source', `statement-${at}.md`), '');
  writeFileSync(path.join(root, 'source', 'words.txt'), '');
  for (const language of languages) mkdirSync(path.join(root, 'locales', language), { recursive: true });
  mkdirSync(path.join(root, 'locales'), { recursive: true });
  writeFileSync(path.join(root, 'locales', 'glossary.yaml'), '');
  return root;
}

describe('the render pool started before a full build', () => {
  it('guesses the PDFs from the statements and the language folders, besides other files', () => {
    expect(likelyPdfs(workspace(2, ['es', 'de', 'fr']))).toBe(8);
    expect(likelyPdfs(workspace(1, []))).toBe(1);
    expect(likelyPdfs(path.join(os.tmpdir(), 'editions-no-such-workspace'))).toBe(0);
  });

  it('is as large as the build will want: none for a few PDFs, one worker for a statement in sixteen languages', () => {
    const sixteen = ['ar', 'de', 'el', 'es', 'fa', 'fr', 'he', 'hi', 'it', 'ja', 'ko', 'pt-BR', 'ru', 'th', 'uk', 'zh-Hans'];
    expect(earlyPoolSize(workspace(1, ['es', 'fr', 'ru']), undefined, {})).toBe(0);
    expect(earlyPoolSize(workspace(1, sixteen), undefined, {})).toBe(1);
    expect(earlyPoolSize(workspace(4, sixteen), undefined, {})).toBe(poolSize(68));
    expect(poolSize(68)).toBeGreaterThan(1);
  });

  it('is not started for a build without PDFs, nor when EDITIONS_RENDER_WORKERS decides', () => {
    const root = workspace(2, ['ar', 'de', 'el', 'es', 'fa', 'fr', 'he', 'hi']);
    expect(earlyPoolSize(root, undefined, {})).toBe(1);
    expect(earlyPoolSize(root, ['pdf', 'html'], {})).toBe(1);
    expect(earlyPoolSize(root, ['html', 'txt'], {})).toBe(0);
    expect(earlyPoolSize(root, undefined, { EDITIONS_RENDER_WORKERS: '4' })).toBe(0);
  });
});
