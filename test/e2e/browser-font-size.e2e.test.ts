/**
 * The extension's pages follow the browser's font size (chrome://settings/fonts, set here through DevTools'
 * Page.setFontSizes): the popup's 14 px and the options and check pages' 15 px are those at the default 16 px,
 * and grow with it, the toolbar popup widening with its type. In px they had stayed 14 and 15 at any setting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { setStandardFont } from './font-size';

/** The computed font size and width, in px, of the first element matching `selector`. */
function sizeOf(page: Page, selector: string): Promise<{ font: number; width: number }> {
  return page.evaluate((query) => {
    const element = document.querySelector(query)!;
    return {
      font: parseFloat(getComputedStyle(element).fontSize),
      width: element.getBoundingClientRect().width,
    };
  }, selector);
}

describe('the browser’s font size', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/plain.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The popup's sizes at the browser's standard font size `standard`: its root, its full view, its toolbar layout. */
  async function popupSizes(standard: number) {
    const popup = await harness.openPopup(page);
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.waitForSelector('[data-testid="status"]');
    await setStandardFont(popup, standard);
    const root = (await sizeOf(popup, 'html')).font;
    const full = (await sizeOf(popup, '.app.full')).font;
    // The toolbar's layout is the view without `full` (see popup-layout.e2e.test.ts).
    await popup.evaluate(() => document.querySelector('.app')?.classList.remove('full'));
    const toolbar = await sizeOf(popup, '.app');
    await popup.close();
    return { root, full, toolbar };
  }

  it('sizes the popup as before at the default 16 px: 14 px, 15 px in the full view, 400 px wide', async () => {
    const sizes = await popupSizes(16);
    expect(sizes).toMatchObject({ root: 14, full: 15 });
    expect(sizes.toolbar.width).toBe(400);
  });

  it('doubles the popup’s type and width at 32 px, the toolbar popup to the 800 px a popup may take', async () => {
    const [normal, large] = [await popupSizes(16), await popupSizes(32)];
    expect(large).toMatchObject({ root: 28, full: 30 });
    expect(large.toolbar.font).toBe(2 * normal.toolbar.font);
    expect(large.toolbar.width).toBe(800);
  });

  it.each([
    ['the options page', 'src/options/index.html', '.options'],
    ['the check page', 'src/check/index.html', '.check'],
  ])('%s: 15 px type at the default 16 px, 30 px at 32 px', async (_what, path, selector) => {
    const view = await harness.context.newPage();
    await view.goto(harness.extensionUrl(path));
    await view.waitForSelector(selector);
    expect((await sizeOf(view, selector)).font).toBe(15);
    await setStandardFont(view, 32);
    expect((await sizeOf(view, selector)).font).toBe(30);
    // Its headings are in rem, the root's: 1.5 × 28 px.
    expect((await sizeOf(view, 'h1')).font).toBe(42);
    await view.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
