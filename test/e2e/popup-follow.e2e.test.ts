/**
 * The popup's full view follows its tab: when the tab goes to another page, it shows that page (not the
 * last one's claims), when the page adds a claim with context it lists it, and back in history it shows the
 * first page again. Checked with the built extension in Chromium; the unit tests cover the states between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

describe('popup following its tab', () => {
  let harness: Harness;
  let page: Page;
  let popup: Page;

  const status = () => popup.getByTestId('status').textContent();
  const claimTexts = () => popup.getByTestId('claim-text').allTextContents();

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/article.html');
    popup = await harness.openPopup(page);
    // The first scan done (expect.poll is for tests only).
    await popup.waitForFunction(
      () =>
        /with context on this page · /.test(
          document.querySelector('[data-testid="status"]')?.textContent ?? '',
        ),
      null,
      { timeout: 20_000 },
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the next page when its tab navigates, and a claim that page adds later', async () => {
    await page.goto(new URL('/popup-no-context.html', page.url()).href, { waitUntil: 'load' });
    await expect
      .poll(() => popup.getByTestId('page-title').textContent(), { timeout: 10_000 })
      .toBe('Weekend baking: a lemon cake');
    await expect.poll(() => popup.getByTestId('empty-none').count(), { timeout: 10_000 }).toBe(1);
    expect(await claimTexts()).toEqual([]);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'More than 280,000 people have been killed since the fighting in Syria began in 2011.';
      document.body.append(p);
    });
    await expect.poll(claimTexts, { timeout: 10_000 }).toContain('More than 280,000');
  });

  it('shows the first page again when its tab goes back', async () => {
    // Left on the second page by the test above.
    expect(await popup.getByTestId('page-title').textContent()).toBe('Weekend baking: a lemon cake');
    await page.goBack({ waitUntil: 'load' });
    await expect
      .poll(status, { timeout: 10_000 })
      .toMatch(/^\d+ claims with context on this page · \d+ where a source differs$/);
    expect(await popup.getByTestId('page-title').textContent()).not.toBe('Weekend baking: a lemon cake');
  });
});
