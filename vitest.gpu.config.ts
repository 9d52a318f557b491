// `pnpm test:gpu`: the suite that needs a real NVIDIA GPU and the NVIDIA container runtime in the
// Docker engine (*.gpu.test.ts). The default `pnpm test` (vitest.config.ts) excludes it.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.gpu.test.ts'],
    exclude: [...configDefaults.exclude],
    // Pulling a CUDA base image on a fresh runner takes minutes.
    testTimeout: 20 * 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
