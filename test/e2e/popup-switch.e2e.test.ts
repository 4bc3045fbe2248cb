/**
 * The per-site switch, the global pause and the default mode, end to end: switching a site off clears its
 * highlights at once in every open tab of that site and blanks the badge, and stays off across a reload;
 * switching it on scans again without a reload. A corrupted stored setting falls back to the defaults and
 * is repaired, never a broken popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/** The bits of the chrome.* API evaluated in the service worker. */
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

const HOST = '127.0.0.1';

/** Number of ranges Claim Lens paints on a page, over all its highlights. */
function painted(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('claim-lens-'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
}

describe('per-site switch, pause and default mode', () => {
  let harness: Harness;
  let first: Page;
  let second: Page;

  const badge = async (page: Page): Promise<string> => {
    const tabId = await harness.tabIdOf(page);
    const worker = await harness.serviceWorker();
    return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  };
  const stored = async (): Promise<unknown> => {
    const worker = await harness.serviceWorker();
    return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  };
  /** Opens the popup for `page` and waits until it has said something about the tab. */
  const popupFor = async (page: Page): Promise<Page> => {
    const popup = await harness.openPopup(page);
    await popup.waitForFunction(() => {
      const status = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      return status !== '' && status !== 'Loading…';
    });
    return popup;
  };

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    first = await harness.openPage('/article.html');
    second = await harness.openPage('/article.html#again');
    for (const page of [first, second])
      await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('starts on: both tabs of the site are highlighted and badged', async () => {
    await expect.poll(() => painted(first), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => painted(second), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => badge(first)).toMatch(/^[1-9]\d*$/);
  });

  it('switching the site off clears highlights and badges in every tab of the site at once', async () => {
    const popup = await popupFor(first);
    const toggle = popup.getByRole('switch', { name: `Claim Lens on ${HOST}` });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    // From the keyboard, as a switch is used without a mouse: focus stays on it once the change is saved.
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await expect.poll(() => popup.getByTestId('empty-site-off').count()).toBe(1);
    expect(await popup.locator('[data-testid="claim"]').count()).toBe(0);
    // "At once": well within a second, in both tabs.
    await expect.poll(() => painted(first), { timeout: 1_500 }).toBe(0);
    await expect.poll(() => painted(second), { timeout: 1_500 }).toBe(0);
    expect(
      await first.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((e) => /^claim-lens-(card-|mark$)/.test(e.localName))
            .length,
      ),
    ).toBe(0);
    await expect.poll(() => badge(first), { timeout: 1_500 }).toBe('');
    await expect.poll(() => badge(second), { timeout: 1_500 }).toBe('');
    expect(await stored()).toMatchObject({ sites: { [HOST]: false } });
    await popup.close();
  });

  it('stays off after a reload: nothing is scanned, the popup says so with the switch right there', async () => {
    await first.reload({ waitUntil: 'load' });
    await first.waitForTimeout(1_500);
    expect(await painted(first)).toBe(0);
    expect(await badge(first)).toBe('');
    const popup = await popupFor(first);
    expect(await popup.getByTestId('empty-site-off').count()).toBe(1);
    expect(
      await popup.getByRole('switch', { name: `Claim Lens on ${HOST}` }).getAttribute('aria-checked'),
    ).toBe('false');
    await popup.close();
  });

  it('the options page lists the site as off', async () => {
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    const row = options.locator(`.site[data-host="${HOST}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await options.close();
  });

  it('switching it on scans the open tabs again without a reload', async () => {
    const popup = await popupFor(first);
    const toggle = popup.getByRole('switch', { name: `Claim Lens on ${HOST}` });
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => painted(first), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => painted(second), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => popup.locator('[data-testid="claim"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Focus stayed on the switch through the save and the list's arrival.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await expect.poll(() => badge(first), { timeout: 5_000 }).toMatch(/^[1-9]\d*$/);
    expect(await stored()).toMatchObject({ sites: {} });
    await popup.close();
  });

  it('the global pause stops every site, and resuming brings the highlights back', async () => {
    const popup = await popupFor(first);
    await popup.getByRole('button', { name: 'Pause Claim Lens everywhere' }).click();
    await expect.poll(() => popup.getByTestId('empty-paused').count()).toBe(1);
    // The site's own switch is kept but not in effect while everything is paused.
    expect(await popup.getByRole('switch', { name: /Claim Lens on/ }).isDisabled()).toBe(true);
    await expect.poll(() => painted(first), { timeout: 1_500 }).toBe(0);
    await expect.poll(() => painted(second), { timeout: 1_500 }).toBe(0);
    await expect.poll(() => badge(first), { timeout: 1_500 }).toBe('');
    await popup.getByRole('button', { name: 'Resume Claim Lens everywhere' }).click();
    await expect.poll(() => painted(first), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => popup.locator('[data-testid="claim"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await popup.close();
  });

  it('"only on sites I switch on" turns unlisted sites off, and the popup switch turns this one on', async () => {
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByRole('radio', { name: /Only on sites I switch on/ }).check();
    await expect.poll(() => options.getByTestId('mode').getAttribute('data-mode')).toBe('only-enabled');
    await expect.poll(() => painted(first), { timeout: 1_500 }).toBe(0);
    const popup = await popupFor(first);
    await expect.poll(() => popup.getByTestId('empty-not-enabled').count()).toBe(1);
    await popup.getByRole('switch', { name: `Claim Lens on ${HOST}` }).click();
    await expect.poll(() => painted(first), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await stored()).toMatchObject({ defaultMode: 'only-enabled', sites: { [HOST]: true } });
    // Forgetting the site in the options page returns it to the default: off.
    await options.reload();
    await options.getByRole('button', { name: `Forget ${HOST}` }).click();
    await expect.poll(() => painted(first), { timeout: 1_500 }).toBe(0);
    await options.getByRole('radio', { name: /On every site/ }).check();
    await expect.poll(() => painted(first), { timeout: 15_000 }).toBeGreaterThan(0);
    await popup.close();
    await options.close();
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a string', 'garbage'],
    ['an array', ['x']],
  ])('a stored setting that is %s falls back to the defaults and is repaired', async (_name, garbage) => {
    const worker = await harness.serviceWorker();
    await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), garbage);
    const popup = await popupFor(first);
    await expect
      .poll(() => popup.locator('[data-testid="claim"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(
      await popup.getByRole('switch', { name: `Claim Lens on ${HOST}` }).getAttribute('aria-checked'),
    ).toBe('true');
    await expect
      .poll(() => stored())
      .toEqual({ version: 1, paused: false, defaultMode: 'all-sites', sites: {} });
    await popup.close();
  });

  it('a partly corrupt record keeps its valid site entries', async () => {
    const worker = await harness.serviceWorker();
    await worker.evaluate(
      (host) =>
        chrome.storage.sync.set({
          settings: {
            version: 1,
            paused: 'no',
            defaultMode: 'all-sites',
            sites: { [host]: false, 'not a host': 3 },
          },
        }),
      HOST,
    );
    await expect.poll(() => painted(first), { timeout: 3_000 }).toBe(0);
    const popup = await popupFor(first);
    await expect.poll(() => popup.getByTestId('empty-site-off').count()).toBe(1);
    await expect
      .poll(() => stored())
      .toEqual({ version: 1, paused: false, defaultMode: 'all-sites', sites: { [HOST]: false } });
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await expect.poll(() => options.getByTestId('mode').getAttribute('data-mode')).toBe('all-sites');
    await options.close();
    await popup.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
