import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // Generous because a beforeAll may compile the Go oracle (test/oracle) on a cold Go build cache.
    hookTimeout: 600_000,
    // Child processes (go, node, bash) are spawned from tests; forks keep each file in its own process.
    pool: 'forks',
  },
});
