import { defineConfig, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { corpusIndexPlugin } from './src/build/vite-plugin-corpus';

/** Gecko id: stable so that storage survives reinstalls; data_collection_permissions says we collect nothing. */
const GECKO_SETTINGS = {
  gecko: {
    id: 'claim-lens@claim-lens.invalid',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  },
};

/**
 * Firefox has no MV3 service workers: the same module runs as an event page via background.scripts.
 * Everything else in the manifest is shared, so Firefox is derived from the Chrome manifest, not kept apart.
 */
function firefoxManifest(): ManifestV3Export {
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: GECKO_SETTINGS,
  } as ManifestV3Export;
}

/** `vite build` makes dist/ (Chromium); `vite build --mode firefox` makes dist-firefox/. */
export default defineConfig(({ mode }): UserConfig => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest() : (baseManifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
        // The content script runs on every page: one self-contained file, no loader, no module fetches
        // the page could observe through web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/main.ts'] },
      }),
      corpusIndexPlugin({ dir: 'seeds' }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      // Pages the manifest does not name (crxjs builds those it names): "Check a text", opened from the options
      // page and the context menu.
      rolldownOptions: { input: { check: 'src/check/index.html' } },
    },
    server: { port: 5173, strictPort: true },
  };
});
