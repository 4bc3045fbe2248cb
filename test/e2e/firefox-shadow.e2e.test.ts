/**
 * The Firefox build (dist-firefox/) on a page whose claims are in open shadow roots. Firefox differs from Chromium
 * twice there: it styles no highlight in a shadow tree by the document's `::highlight()` rules (Chromium does), so
 * they are painted only once the shadow root adopted ours; and its caret stops at a shadow root's host unless it is
 * told to look inside, so hovering a claim there opened no card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, locationOf, type FirefoxHarness } from './firefox-harness';
import { highlightPoint } from './in-page';

const poll = { timeout: 15_000, interval: 100 };

/** Every Claim Lens highlighted text on the page, whitespace collapsed, sorted. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry)
      if (name.startsWith('claim-lens-'))
        for (const range of highlight) out.push(range.toString().replace(/\s+/g, ' ').trim());
    return out.sort();
  });
}

/** Whether the pixels around the highlighted `text` change when the page's highlights are taken away a moment. */
async function painted(page: Page, text: string): Promise<boolean> {
  const point = await page.evaluate(highlightPoint, text);
  if (!point) throw new Error(`no highlight "${text}"`);
  const clip = { x: Math.max(0, point.x - 60), y: Math.max(0, point.y - 15), width: 120, height: 30 };
  const withHighlights = Buffer.from(await page.screenshot({ clip }));
  await page.evaluate(() => {
    const saved = [...CSS.highlights];
    CSS.highlights.clear();
    (window as unknown as { savedHighlights: typeof saved }).savedHighlights = saved;
  });
  const without = Buffer.from(await page.screenshot({ clip }));
  await page.evaluate(() => {
    const saved = (window as unknown as { savedHighlights: [string, Highlight][] }).savedHighlights;
    for (const [name, highlight] of saved) CSS.highlights.set(name, highlight);
  });
  return !withHighlights.equals(without);
}

describe('the Firefox build on open shadow roots', () => {
  let harness: FirefoxHarness;
  let page: Page;
  // Room for launchFirefox's second start (two of up to 45 s each).
  beforeAll(async () => {
    harness = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('paints the claims highlighted inside shadow roots', async () => {
    page = await harness.openPage('/content-shadow.html?upgrade=manual');
    await expect
      .poll(() => highlightedTexts(page), poll)
      .toEqual([
        '250,000',
        'more than 280,000',
        '“Russia needs to understand that our patience is not infinite.”',
      ]);
    const tint = await page.evaluate(() => {
      const p = document.getElementById('scripted')!.shadowRoot!.getElementById('in-scripted')!;
      return getComputedStyle(p, '::highlight(claim-lens-conflicts)').backgroundColor;
    });
    expect(tint).not.toBe('rgba(0, 0, 0, 0)');
    expect(await painted(page, '250,000')).toBe(true);
    expect(await painted(page, 'more than 280,000')).toBe(true);
  });

  it('opens the card of a claim inside a shadow root on hover', async () => {
    const point = await page.evaluate(highlightPoint, '250,000');
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x, point!.y);
    // The card's shadow root is closed; Tab reaches its Close button, then "Open full view" (the page has no
    // focusable element of its own), so a full view opening proves the card is up.
    const full = await harness.extensionPageOpenedBy(async () => {
      await new Promise((wake) => setTimeout(wake, 700));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    });
    expect(await locationOf(full)).toMatch(/\/src\/popup\/index\.html\?tab=\d+#claim=/);
    await expect.poll(() => full.evaluate(() => document.body.innerText), poll).toContain('250,000');
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
