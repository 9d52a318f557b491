import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // The GPU-only suite needs a GPU and the NVIDIA container runtime: `pnpm test:gpu` (vitest.gpu.config.ts).
    exclude: [...configDefaults.exclude, '**/*.gpu.test.ts'],
    testTimeout: 60_000,
    // Generous because a beforeAll may compile the Go oracle (test/oracle) on a cold Go build cache.
    hookTimeout: 600_000,
    // Child processes (go, node, bash) are spawned from tests; forks keep each file in its own process.
    pool: 'forks',
    server: {
      deps: {
        // It imports its JSON schema without an import attribute, which Node refuses; vite's
        // transform does not mind.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
