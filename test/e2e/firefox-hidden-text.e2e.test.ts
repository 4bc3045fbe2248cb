/**
 * The Firefox build (dist-firefox/) on copies of a claim a reader cannot see: the visibility test of
 * claim-visibility.ts leans on `checkVisibility` options, computed `clip` and `clip-path` strings and
 * `content-visibility: auto`, each of which Firefox implements on its own, so the Chromium test proves nothing here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

const poll = { timeout: 15_000, interval: 100 };

/** The ids of the elements holding the page's Claim Lens highlights, sorted, once per element. */
function highlightedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = new Set<string>();
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-') || name === 'claim-lens-focus') continue;
      for (const range of highlight) {
        const common = range.commonAncestorContainer;
        const element = common instanceof Element ? common : common.parentElement;
        ids.add(element?.closest('[id]')?.id ?? '');
      }
    }
    return [...ids].sort();
  });
}

/** Waits until the highlighted ids have been `ids` for a second (a late scan could add a hidden copy). */
async function settledOn(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => highlightedIds(page), poll).toEqual(ids);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await highlightedIds(page)).toEqual(ids);
}

describe('the Firefox build on text a reader cannot see', () => {
  let harness: FirefoxHarness;
  // Room for launchFirefox's second start (two of up to 45 s each).
  beforeAll(async () => {
    harness = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('highlights only the copies a reader sees', async () => {
    const page = await harness.openPage('/hidden-copies.html');
    await settledOn(page, ['seen-toll', 'seen-truce']);
    await page.close();
  });

  it('highlights aria-hidden text a reader sees, and not its screen readers’ copy', async () => {
    const page = await harness.openPage('/hidden-aria.html');
    await settledOn(page, ['main-truce', 'visual']);
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
