/**
 * The back/forward cache: a page the popup follows goes into it when its tab moves on, and comes back from it.
 * Chromium closes the popup's port to the page then, with an error the popup must read (it logged "Unchecked
 * runtime.lastError: The page keeping the extension port is moved into back/forward cache" at each entry), and
 * the page, back, is followed again with its claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

const poll = { timeout: 20_000, interval: 100 };

describe('a followed page in the back/forward cache', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST, backForwardCache: true });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('goes and comes back without an error, and the popup lists its claims again', async () => {
    const page = await harness.openPage('/bfcache/article.html');
    const popup = await harness.openPopup(page);
    const claims = () => popup.getByTestId('claim-text').allTextContents();
    await expect.poll(async () => (await claims()).length, poll).toBeGreaterThan(0);
    const before = await claims();
    // Marks this document: only the cache brings the same one back.
    await page.evaluate(() => Object.assign(window, { keptByTest: true }));
    await page.goto(harness.server.url('/bfcache/plain.html'));
    await expect.poll(claims, poll).not.toEqual(before);
    // Restored from the cache, the page fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    expect(await page.evaluate(() => 'keptByTest' in window), 'the page came back from the cache').toBe(true);
    await expect.poll(claims, poll).toEqual(before);
    expect(harness.errors.filter((e) => /lastError|back\/forward/.test(e))).toEqual([]);
  });
});
