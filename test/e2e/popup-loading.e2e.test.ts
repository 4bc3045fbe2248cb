/**
 * The popup on a page whose HTML is still arriving (a slow server, a huge page): its text is on screen, but its
 * content script, run at document_idle, is not there yet. The full view says the page is loading, offers no reload
 * and never says Claim Lens cannot run there, then lists the page's claims once it has loaded. Checked in Chromium
 * with the built extension: that tabs.get gives the tab's status without the tabs permission is what it relies on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, popupListed, ROOT, type Harness } from './harness';

/** How long the server holds the rest of the page back. */
const HELD_MS = 4_000;

describe('popup on a page still loading', () => {
  let harness: Harness;
  /** When the server sent the rest of the page (0 until then). */
  let sentRestAt = 0;

  beforeAll(async () => {
    const html = await readFile(join(ROOT, 'test/e2e/pages/article.html'), 'utf8');
    // Cut after a whole paragraph, so that the first half shows text as a slow page does.
    const cut = html.indexOf('</p>', html.length / 2) + '</p>'.length;
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: {
        '/slow-article.html': async function* () {
          sentRestAt = 0;
          yield html.slice(0, cut);
          await new Promise((resolve) => setTimeout(resolve, HELD_MS));
          sentRestAt = Date.now();
          yield html.slice(cut);
        },
      },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('says the page is loading while its HTML arrives, without a reload, then lists its claims', async () => {
    const page = await harness.context.newPage();
    const loaded = page.goto(harness.server.url('/slow-article.html'), { waitUntil: 'load' });
    // Awaited below; a failed check closing the browser first must not add an unhandled rejection to its report.
    loaded.catch(() => undefined);
    // The first half is on screen: the state the tester opened the popup in.
    await page.waitForSelector('#p-toll', { state: 'attached' });
    expect(sentRestAt).toBe(0);
    const tabId = await harness.tabIdOf(page);

    const popup = await harness.context.newPage();
    // Every status the view says, from its first: none may be "cannot run here", even for a moment.
    await popup.addInitScript(() => {
      const said: string[] = [];
      Object.assign(window, { said });
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        if (text !== '' && text !== said.at(-1)) said.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    const said = () => popup.evaluate(() => (window as unknown as { said: string[] }).said);

    await expect
      .poll(() => popup.getByTestId('status').textContent(), { timeout: HELD_MS / 2 })
      .toBe('This page is still loading');
    expect(sentRestAt).toBe(0); // seen while the page was still loading, not after
    const box = popup.getByTestId('empty-page-loading');
    expect(await box.getAttribute('aria-busy')).toBe('true');
    expect(await box.textContent()).toBe('Claim Lens reads it once it has loaded.');
    expect(await popup.getByTestId('reload-page').count()).toBe(0);

    await loaded;
    await popupListed(popup);
    expect(sentRestAt).toBeGreaterThan(0);
    expect(await popup.getByTestId('status').textContent()).toMatch(/^\d+ claims with context on this page/);
    const statuses = await said();
    expect(statuses).toContain('This page is still loading');
    expect(statuses.filter((text) => /can’t run/.test(text))).toEqual([]);
    expect(harness.errors).toEqual([]);
  });
});
