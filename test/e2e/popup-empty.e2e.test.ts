/**
 * The popup's empty states in a real browser: a page whose figures, dates and quotes have no context in the
 * corpus, a page with nothing to check, and pages where extensions cannot run (the extension's own pages,
 * browser pages), where sending to the tab fails because there is no content script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/** The bit of the chrome.* API evaluated in the service worker. */
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

describe('popup empty states', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  const popupStatus = async (page: Page): Promise<{ popup: Page; status: () => Promise<string | null> }> => {
    const popup = await harness.openPopup(page);
    return { popup, status: () => popup.getByTestId('status').textContent() };
  };

  it.each(['/popup-no-context.html', '/plain.html'])(
    '%s: no claims with context, and no badge',
    async (path) => {
      const page = await harness.openPage(path);
      const { popup, status } = await popupStatus(page);
      await expect.poll(status, { timeout: 20_000 }).toBe('No claims with context on this page');
      expect(await popup.getByTestId('empty-none').count()).toBe(1);
      expect(
        await popup.getByRole('switch', { name: 'Claim Lens on 127.0.0.1' }).getAttribute('aria-checked'),
      ).toBe('true');
      const tabId = await harness.tabIdOf(page);
      const worker = await harness.serviceWorker();
      expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
      await popup.close();
      await page.close();
    },
  );

  it('says that text inside an embedded frame was not read', async () => {
    const page = await harness.openPage('/popup-frame.html');
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 20_000 }).toBe('No claims with context on this page');
    expect(await popup.getByTestId('unread-frames').textContent()).toBe(
      'Text inside the embedded frame on this page is not read.',
    );
    await popup.close();
    await page.close();
  });

  it("the extension's own page: Claim Lens cannot run there, and no switch is offered", async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('src/options/index.html'));
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 10_000 }).toBe('Claim Lens can’t run on this page');
    expect(await popup.getByTestId('empty-unreachable').count()).toBe(1);
    expect(await popup.getByRole('switch', { name: /Claim Lens on/ }).count()).toBe(0);
    // The corpus is the worker's, so it still shows.
    await expect
      .poll(() => popup.getByTestId('corpus-size').textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ documents/);
    await popup.close();
    await page.close();
  });

  it('a browser page (chrome://version): Claim Lens cannot run there', async () => {
    const page = await harness.context.newPage();
    await page.goto('chrome://version');
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 10_000 }).toBe('Claim Lens can’t run on this page');
    expect(await popup.getByText(/extension store/).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
