/**
 * "Show on page" from the full view in Firefox, where the page's tab is hidden while the full view is in front:
 * the page is asked first, scrolls at once while hidden (Firefox drops a smooth scroll asked of a hidden tab) and is
 * brought forward only once it has shown the claim; a claim the page took away is said in the full view, which
 * stays in front. The Chromium side is popup-reveal.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';
import { highlightPoint } from './in-page';

const poll = { timeout: 10_000, interval: 100 };

/** What the popup says of a claim whose text the page took away (REVEAL_NOTE_WORDS.gone). */
const GONE =
  'Claim Lens can’t show this claim: the page has removed or changed its text since this list was made.';

/** Whether the element of `id` lies within the page's viewport, and the page is shown. */
function inSight(page: Page, id: string): Promise<{ visible: boolean; inView: boolean }> {
  return page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    return {
      visible: document.visibilityState === 'visible',
      inView: box.top >= 0 && box.bottom <= innerHeight,
    };
  }, id);
}

/**
 * Opens the entry of the full view listing `text`, and presses its "Show on page" once the open entry shows it.
 * One function for both steps, run until it presses: page functions cannot share a helper of their own.
 */
async function showOnPage(full: Page, text: string): Promise<void> {
  await full.waitForFunction(
    (text) => {
      const entry = [...document.querySelectorAll('[data-testid="claim"]')].find(
        (item) => item.querySelector('[data-testid="claim-text"]')?.textContent === text,
      );
      const button = entry?.querySelector<HTMLElement>('[data-testid="show-on-page"]');
      if (button) button.click();
      else entry?.querySelector<HTMLElement>('.claim-toggle[aria-expanded="false"]')?.click();
      return Boolean(button);
    },
    { timeout: 10_000, polling: 100 },
    text,
  );
}

/** The notes the full view says beside "Show on page", joined. */
const notes = (full: Page): Promise<string> =>
  full.evaluate(() =>
    [...document.querySelectorAll('[data-testid="reveal-note"]')].map((note) => note.textContent).join(''),
  );

describe('Show on page from the full view, in Firefox', () => {
  let harness: FirefoxHarness;
  let page: Page;
  let full: Page;
  // Room for launchFirefox's second start (two of up to 45 s each).
  beforeAll(async () => {
    harness = await launchFirefox();
    page = await harness.openPage('/reveal-far.html');
    const point = await (async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = await page.evaluate(highlightPoint, 'More than 280,000');
        if (found || Date.now() > deadline) return found;
        await new Promise((wake) => setTimeout(wake, 100));
      }
    })();
    if (!point) throw new Error('no highlight "More than 280,000"');
    await page.mouse.move(5, 5);
    await page.mouse.move(point.x, point.y);
    // The card's shadow root is closed: Tab reaches its Close button, then "Open full view".
    full = await harness.extensionPageOpenedBy(async () => {
      await new Promise((wake) => setTimeout(wake, 500));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    });
    await full.waitForFunction(() => document.querySelectorAll('[data-testid="claim"]').length >= 3, {
      timeout: 10_000,
    });
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('scrolls the hidden page to a claim far down and brings it forward, the claim in sight', async () => {
    await full.bringToFront();
    await expect.poll(async () => (await inSight(page, 'truce')).visible, poll).toBe(false);
    expect((await inSight(page, 'truce')).inView).toBe(false);
    await showOnPage(full, 'February 27');
    await expect.poll(() => inSight(page, 'truce'), poll).toEqual({ visible: true, inView: true });
    expect(await notes(full)).toBe('');
  });

  it('keeps the full view in front, saying so, when the page took the claim away', async () => {
    await full.bringToFront();
    await page.evaluate(() => {
      document.getElementById('besieged')!.textContent = 'The report was withdrawn.';
    });
    await showOnPage(full, 'Nearly 600,000');
    await expect.poll(() => notes(full), poll).toBe(GONE);
    expect((await inSight(page, 'story')).visible).toBe(false);
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
