// The render pool (render/pool.ts), compiled (its workers run the compiled worker script): a pool
// whose workers have stopped takes no task and says so at once, so a build that kept it (build
// --watch) never waits for ever; alive() tells the watch to start a new one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/workspace.js';

describe('a render pool whose workers have stopped', () => {
  it('is not alive, and refuses a task at once instead of queueing it', async () => {
    const { startRenderPool } = (await import(pathToFileURL(path.join(REPO, 'dist/render/pool.js')).href)) as typeof import('../../pipeline/render/pool.js');
    const pool = startRenderPool(1)!;
    expect(pool.alive()).toBe(true);
    await pool.close();
    // Give the worker's exit event its turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pool.alive()).toBe(false);
    const task = { format: 'pdf' as const, edition: {} as never, ui: {}, fallback: 'en', options: {} as never };
    await expect(pool.render(task)).rejects.toThrow(/every render worker stopped/);
  });
});
