import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most e2e files wait on child processes (the CLI, Chromium, stand-in servers): a third fork keeps
    // both cores busy.
    poolOptions: { forks: { maxForks: 3, minForks: 1 } },
  },
});
