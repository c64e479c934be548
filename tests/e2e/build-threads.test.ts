// A build with render workers runs its checks on a thread of their own: what it reports must be
// exactly what `editions check` finds on the same workspace (the seed statement with its real
// Spanish, French, Russian and German catalogs, which hold known findings).
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runCli } from '../support/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach(removeWorkspace));
const findingLines = (text: string) => text.split('\n').filter((line) => /\[[a-z-]+\]$/.test(line)).sort();

describe('checks on their own thread during a build', () => {
  it('report the same findings as `editions check`, with the render pool in use', async () => {
    const root = makeWorkspace({ languages: ['es', 'fr', 'ru', 'de'], catalogs: ['es', 'fr', 'ru', 'de'], extraConfig: 'formats: [pdf]\nengine: none\n' });
    made.push(root);
    const built = await runCli(['--root', root, 'build'], { EDITIONS_RENDER_WORKERS: '2' }, 300_000);
    expect([0, 1], built.stderr).toContain(built.code);
    const checked = await runCli(['--root', root, 'check']);
    const expected = findingLines(checked.stdout);
    expect(expected.length).toBeGreaterThan(0);
    expect(findingLines(built.stderr)).toEqual(expected);
  }, 360_000);
});
