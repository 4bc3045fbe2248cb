import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension. One file at a time, since each file runs a
 * browser and these machines have two cores.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
