/**
 * The Firefox end-to-end fixture: Firefox with dist-firefox/ installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core, and the fixture server on 127.0.0.1.
 *
 * Why not Playwright: its Firefox is a patched build it downloads, which these machines cannot do; a stock
 * Firefox (Debian's firefox-esr) speaks WebDriver BiDi, which puppeteer-core drives without a download.
 * BiDi may not navigate a tab to a moz-extension: page, so tests reach the extension's pages the way a user
 * does (the card's "Open full view") and move within them by script.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './browser-path';
import { ROOT } from './harness';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The moz-extension host the add-on gets. Firefox picks a random one per profile unless this preference
 * names it; fixing it lets tests tell the extension's pages from others.
 */
export const EXTENSION_UUID = '4c6f6e73-0000-4000-8000-636c61696d73';

/** How long one start of Firefox may take to open its WebDriver BiDi endpoint. */
const LAUNCH_TIMEOUT_MS = 45_000;

/** A launched Firefox with the extension. */
export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  /** The folder Firefox saves downloads in, without asking (removed by `close()`). */
  downloads: string;
  /** Console errors and uncaught errors of the pages the harness opened or found, prefixed with the URL. */
  errors: string[];
  /** Opens a fixture page in a new tab (1280×900) and waits for its load event. */
  openPage(path: string): Promise<Page>;
  /** Runs `action` and resolves with the extension page it opened in a new tab (fails after 10 s). */
  extensionPageOpenedBy(action: () => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

/** The add-on id Firefox installs the build under, read from the built manifest. */
function geckoId(dist: string): string {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dist}/manifest.json names no gecko id; run \`npm run build\``);
  return id;
}

/** Location of a page as its own document reports it (BiDi reports extension pages as about:blank). */
export function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Starts Firefox with the Firefox build installed and a fixture server; `close()` is safe after a failure. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  // CLAIM_LENS_FIREFOX_DIST: another build to test (one of an older commit, to see a test fail without a fix).
  const dist = resolve(ROOT, process.env.CLAIM_LENS_FIREFOX_DIST ?? 'dist-firefox');
  const id = geckoId(dist);
  const server = await serveFixtures(resolve(ROOT, 'test/e2e/pages'));
  const downloads = await mkdtemp(join(tmpdir(), 'claim-lens-firefox-downloads-'));
  // Our own profile folder: puppeteer removes the one it makes only when the browser closes, so a launch that
  // failed used to leave one in the temporary folder.
  const profile = await mkdtemp(join(tmpdir(), 'claim-lens-firefox-profile-'));
  const cleanUp = async () => {
    await server.close().catch(() => undefined);
    await rm(downloads, { recursive: true, force: true }).catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  const launch = () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      userDataDir: profile,
      timeout: LAUNCH_TIMEOUT_MS,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        // Files the extension saves go to `downloads`, without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
  let browser: Browser;
  try {
    // Once more after a start that never answered: on a loaded two-core machine Firefox ESR's start once
    // outlasted puppeteer's 30 s wait for its endpoint, and the same file passed when run again right after.
    browser = await launch().catch(() => launch());
  } catch (error) {
    await cleanUp();
    throw error;
  }
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await cleanUp();
    throw new Error(`Firefox did not install ${dist}: ${String(error)}`);
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
  };
  const isExtensionPage = async (page: Page) =>
    (await locationOf(page).catch(() => '')).startsWith(`moz-extension://${EXTENSION_UUID}/`);
  return {
    browser,
    server,
    errors,
    async openPage(path) {
      const page = await browser.newPage();
      watch(page);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    async extensionPageOpenedBy(action) {
      const before = new Set(await browser.pages());
      await action();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          if (!before.has(page) && (await isExtensionPage(page))) {
            watch(page);
            return page;
          }
        }
        await new Promise((wake) => setTimeout(wake, 100));
      }
      throw new Error('no extension page opened within 10 s');
    },
    downloads,
    async close() {
      await browser.close().catch(() => undefined);
      await cleanUp();
    },
  };
}
