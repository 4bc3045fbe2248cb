#!/usr/bin/env node
/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a demo article served from
 * 127.0.0.1. Without a display it says so and prints how to load dist/ by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const pages = resolve(root, 'test/e2e/pages');

console.log('Building Claim Lens…');
// Vite's warning about a future config loader (150 lines a build) does not concern this build: silenced.
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const build = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);
spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--mode', 'firefox', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env,
});

const server = createServer(async (request, response) => {
  const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/+/, '') || 'article.html';
  if (!/^[\w.-]+\.html$/.test(name)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(pages, name));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
const port = Number(process.env.PORT ?? 8765);
await new Promise((done) => server.listen(port, '127.0.0.1', done));
const demoUrl = `http://127.0.0.1:${port}/article.html`;

const manual = `
Load it by hand:
  Chrome/Chromium: open chrome://extensions, switch on Developer mode, "Load unpacked", choose
                   ${dist}
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose
                   ${resolve(root, 'dist-firefox/manifest.json')}
Then open the demo article: ${demoUrl}
(The demo server runs until you press Ctrl-C.)`;

const chromium =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !chromium) {
  console.log(
    !hasDisplay
      ? '\nNo display found (DISPLAY/WAYLAND_DISPLAY unset), so no browser window can open.'
      : '\nNo Chromium found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH).',
  );
  console.log(manual);
  if (process.env.CI || process.argv.includes('--no-wait')) server.close();
} else {
  const { chromium: driver } = await import('playwright-core');
  // A fresh profile each run, removed when the window closes: the demo starts as a first install would.
  const profile = mkdtempSync(join(tmpdir(), 'claim-lens-demo-'));
  const context = await driver.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(
    `\nChromium is open on ${demoUrl} with Claim Lens loaded. Close the window or press Ctrl-C to stop.`,
  );
  context.on('close', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
  // Ctrl-C closes the browser first, so the close handler above removes the profile.
  process.once('SIGINT', () => void context.close().catch(() => process.exit(130)));
}
