import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/** Unit and component tests. End-to-end tests live in test/e2e and run under their own config. */
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
