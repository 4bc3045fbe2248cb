/**
 * The end-to-end fixture: Chromium with the built extension loaded, a fixture server on 127.0.0.1, and
 * helpers to reach the extension's pages. `close()` tears everything down and is safe to call after a
 * failed test (use it in afterAll/afterEach).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './browser-path';
import { serveFixtures, type FixtureServer, type Generated } from './server';

/** The bit of the chrome.* API that tests evaluate inside the service worker. */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

/** Repository root, for locating dist/ and fixture folders. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A launched browser with the extension. */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-read after a restart with `serviceWorker()`). */
  worker: Worker;
  server: FixtureServer;
  /** Console errors and uncaught page errors seen in any page, each prefixed with the page URL. */
  errors: string[];
  /** chrome-extension:// URL of a file in dist/. */
  extensionUrl(path: string): string;
  /** Opens a fixture page and waits for it to load. */
  openPage(path: string): Promise<Page>;
  /** The extension's tab id for a page (the page is brought to the front to find it). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup view for `page`'s tab in a tab of its own (the toolbar popup cannot be clicked headless). */
  openPopup(page: Page): Promise<Page>;
  /** The current service worker (it may have been restarted). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Options for launchExtension. */
export interface LaunchOptions {
  /** Built extension folder (default dist/). */
  dist?: string;
  /** Folder served at the fixture server's root (default test/e2e/pages). */
  pages?: string;
  /** Extra generated pages: path → body (chunks of a body are sent as they come). */
  generated?: Record<string, Generated>;
  /** Load the extension (default true); false gives the same browser without it, for baselines. */
  withExtension?: boolean;
  /** Let the browser keep pages in its back/forward cache (Playwright turns it off; see server.ts's /bfcache/). */
  backForwardCache?: boolean;
}

/** Launches Chromium with the built extension; throws a clear error when dist/ or Chromium is missing. */
export async function launchExtension(options: LaunchOptions = {}): Promise<Harness> {
  const dist = resolve(ROOT, options.dist ?? 'dist');
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist} has no build: run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  const server = await serveFixtures(resolve(ROOT, options.pages ?? 'test/e2e/pages'), options.generated);
  const profile = await mkdtemp(join(tmpdir(), 'claim-lens-e2e-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args,
      ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    });
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const serviceWorker = async (): Promise<Worker> => {
    const [existing] = context.serviceWorkers();
    return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  let worker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    try {
      worker = await serviceWorker();
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(profile, { recursive: true, force: true });
      throw new Error(`The extension's service worker did not start: ${String(error)}`);
    }
  }
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const current = await serviceWorker();
    const id = await current.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('could not find the tab id of the page');
    return id;
  };

  return {
    context,
    extensionId,
    worker: worker as Worker,
    server,
    errors,
    extensionUrl,
    serviceWorker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    tabIdOf,
    async openPopup(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(extensionUrl(`src/popup/index.html?tab=${tabId}`));
      return popup;
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/**
 * Waits until a popup lists the page's claims and has stopped saying "still scanning", so that every check sees
 * every claim (expect.poll is for tests only, not for setup).
 */
export async function popupListed(popup: Page, timeout = 20_000): Promise<void> {
  await popup.waitForFunction(
    () => {
      const status = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      return /with context on this page/.test(status) && !/still scanning/.test(status);
    },
    null,
    { timeout },
  );
}

/** Stops the extension's service worker on demand, as the browser does when it idles. */
export interface WorkerStopper {
  /** Stops every service worker and resolves once the extension's is reported stopped (fails after 5 s). */
  stop(): Promise<void>;
  detach(): Promise<void>;
}

/**
 * A WorkerStopper driving DevTools' ServiceWorker domain through `page` (any page of the context; an extension
 * page that sends nothing of its own keeps measurements quiet).
 */
export async function workerStopper(harness: Harness, page: Page): Promise<WorkerStopper> {
  const cdp = await harness.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions)
      status.set(`${version.scriptURL}#${version.versionId}`, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      // Asked again halfway: one bench run timed out after a single request (cause not found); asking twice is harmless.
      for (const wait of [2_500, 2_500]) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        const deadline = Date.now() + wait;
        while (Date.now() < deadline) {
          const ours = [...status.entries()].filter(([url]) => url.includes(harness.extensionId));
          if (ours.length > 0 && ours.every(([, state]) => state === 'stopped')) return;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
      throw new Error(
        'the service worker did not report stopped within 5 s after ServiceWorker.stopAllWorkers',
      );
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
