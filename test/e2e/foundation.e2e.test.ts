/**
 * The extension loads in Chromium: the content script runs on a page, the popup talks to the content
 * script and to the service worker, and the options page opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

describe('foundation', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads with an extension id taken from the service worker URL', () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    expect(harness.worker.url()).toContain('service-worker-loader.js');
  });

  it('runs the content script on a page, and the popup reaches it and the worker', async () => {
    const page = await harness.openPage('/plain.html');
    const popup = await harness.openPopup(page);
    // The host is only known to the content script, so seeing it proves popup → content messaging.
    await expect.poll(() => popup.getByTestId('host').textContent(), { timeout: 10_000 }).toBe('127.0.0.1');
    // The corpus size comes from the service worker's index.
    await expect
      .poll(() => popup.getByTestId('corpus-size').textContent(), { timeout: 10_000 })
      .toMatch(/^5 documents/);
    await popup.close();
    await page.close();
  });

  it('opens the options page, which reads settings from the worker', async () => {
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await expect
      .poll(() => options.getByTestId('mode').getAttribute('data-mode'), { timeout: 10_000 })
      .toBe('all-sites');
    await options.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
