/**
 * The popup's line naming the keys that step through the page's claims, in the built extension. The Chromium the
 * tests start binds none of the manifest's suggested keys (chrome://extensions/shortcuts says "Not set"; seen
 * headless and headed), so the line first says none are set; the keys are then set on that page as a reader would,
 * and the line names them, read with commands.getAll. "Change keys" opens the same page in a tab.
 * The view is the full view (the toolbar popup cannot be opened headless), whose line says the keys work in the
 * page's tab: pressed in the full view, a key reached the full view's own tab, where no content script answers
 * (seen in headed Chromium 150). Screenshots of the view's foot with the line, light and dark (test-results/).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, ROOT, type Harness } from './harness';

/** The bit of the chrome.* API evaluated in the service worker. */
declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

describe('the popup’s step keys on article.html', () => {
  let harness: Harness;
  let page: Page;
  let popup: Page;

  /** The keys Chromium has bound to the two commands now. */
  async function bound(): Promise<string[]> {
    const worker = await harness.serviceWorker();
    const all = await worker.evaluate(() => chrome.commands.getAll());
    return ['next-claim', 'previous-claim'].map((name) => all.find((c) => c.name === name)?.shortcut ?? '');
  }

  /** Sets a command's keys on Chromium's shortcuts page, by keyboard, as a reader does there. */
  async function setKeys(description: string, keys: string): Promise<void> {
    const shortcuts = await harness.context.newPage();
    await shortcuts.goto('chrome://extensions/shortcuts');
    await shortcuts.getByRole('button', { name: `Edit shortcut ${description} for Claim Lens` }).click();
    await shortcuts.keyboard.press(keys);
    await shortcuts.close();
  }

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/article.html');
    popup = await harness.openPopup(page);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popupListed(popup);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('says that no keys are set while none are bound, and offers to set them', async () => {
    expect(await bound()).toEqual(['', '']);
    expect(await popup.getByTestId('claim').count()).toBeGreaterThan(0);
    await expect
      .poll(() => popup.getByTestId('step-keys').textContent())
      .toBe('No keys set for stepping through claims · Set keys');
  });

  it('names the keys the reader set, under the list, once set', async () => {
    await setKeys('Go to the next claim with context and show its card', 'Alt+Shift+N');
    await expect.poll(bound).toEqual(['Alt+Shift+N', '']);
    await popup.reload();
    await popupListed(popup);
    const line = popup.getByTestId('step-keys');
    await expect
      .poll(() => line.textContent())
      .toBe('In the page’s tab: Alt+Shift+N next claim · Change keys');
    await setKeys('Go to the previous claim with context and show its card', 'Alt+Shift+P');
    await expect.poll(bound).toEqual(['Alt+Shift+N', 'Alt+Shift+P']);
    await popup.reload();
    await popupListed(popup);
    await expect
      .poll(() => line.textContent())
      .toBe('In the page’s tab: Alt+Shift+N next claim, Alt+Shift+P previous · Change keys');
  });

  it('takes screenshots of the popup’s foot, light and dark', async () => {
    const shots = join(ROOT, 'test-results');
    await mkdir(shots, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('step-keys').scrollIntoViewIfNeeded();
      await popup.screenshot({ path: join(shots, `popup-step-keys-${scheme}.png`) });
      // The keys' frames are drawn in the theme's line colour, not the browser's black.
      const border = await popup
        .locator('[data-testid="step-keys"] kbd')
        .first()
        .evaluate((kbd) => getComputedStyle(kbd).borderTopColor);
      const line = await popup.evaluate(
        () => getComputedStyle(document.querySelector('.footer')!).borderTopColor,
      );
      expect(border).toBe(line);
      // In the line's own letters, not the browser's monospace for <kbd>.
      const fonts = await popup
        .locator('[data-testid="step-keys"]')
        .evaluate((p) => [p, p.querySelector('kbd')!].map((e) => getComputedStyle(e).fontFamily));
      expect(fonts[1]).toBe(fonts[0]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('opens Chromium’s shortcuts page in a tab from "Change keys"', async () => {
    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await popup.getByRole('button', { name: 'Change keys' }).click();
    const shortcuts = await opened;
    await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
    // The view opened with ?tab= is the full view, a tab of its own: it stays open.
    expect(popup.isClosed()).toBe(false);
    await shortcuts.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
