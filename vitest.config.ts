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
    // happy-dom fetches the stylesheets and frames named in HTML it parses (DOMParser, then in the document), where a browser's
    // DOMParser fetches nothing: a test of hostile or saved pages would reach the network, or wait on an address
    // that never answers. Off for every file that uses happy-dom (test/popup/parsed-html-loads-nothing.test.ts). A
    // file's own `@vitest-environment-options` replaces these instead of adding to them, so none should have one.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          enableImageFileLoading: false,
          // Else each resource left unloaded prints a DOMException with its stack in the test's output.
          handleDisabledFileLoadingAsSuccess: true,
          navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      },
    },
  },
});
