/**
 * What a sighted reader sees, in Chromium with the built extension: copies of a claim that styles hide (clipped to
 * nothing, off the page's edge, transparent, of no size, the page's own colour, hidden by a class) are neither
 * highlighted nor listed; text marked aria-hidden, which a reader sees, is; the copy a CSS breakpoint shows is the
 * one highlighted after a resize; and text faded in later by a class still comes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';
import { highlightedIds, settledState } from './content-helpers';

const poll = { timeout: 10_000, interval: 100 };

/** Every Claim Lens highlight range: the id around it, its text, and its first box on the page (null when none). */
function rangesOf(page: Page): Promise<{ id: string; text: string; box: number[] | null }[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: { id: string; text: string; box: number[] | null }[] = [];
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-') || name === 'claim-lens-focus') continue;
      for (const range of highlight) {
        const common = range.commonAncestorContainer;
        const element = (common instanceof Element ? common : common.parentElement)?.closest('[id]');
        const rect = range.getClientRects()[0];
        out.push({
          id: element?.id ?? '',
          text: range.toString().replace(/\s+/g, ' ').trim(),
          box: rect ? [rect.left + scrollX, rect.top + scrollY, rect.width, rect.height] : null,
        });
      }
    }
    return out;
  });
}

/** Waits until the highlighted ids are `ids` and the tab's scan is done; returns the tab's claim texts. */
async function settledOn(harness: Harness, page: Page, ids: string[]): Promise<string[]> {
  await expect.poll(() => highlightedIds(page), poll).toEqual(ids);
  const state = await settledState(harness, page);
  expect(await highlightedIds(page)).toEqual(ids);
  return state.claims.map((c) => c.claim.text.replace(/\s+/g, ' '));
}

describe('text a reader can and cannot see', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('neither highlights nor lists copies that styles hide, and lists each seen claim once', async () => {
    const page = await harness.openPage('/hidden-copies.html');
    const listed = await settledOn(harness, page, ['seen-toll', 'seen-truce']);
    const ranges = await rangesOf(page);
    // One list entry per highlight, each drawn where the reader is: no box of no size, none off the page's edge.
    expect(listed.slice().sort()).toEqual(ranges.map((r) => r.text).sort());
    for (const { box } of ranges) {
      expect(box).not.toBeNull();
      const [x, y, width, height] = box!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(width).toBeGreaterThan(1);
      expect(height).toBeGreaterThan(1);
    }
    expect(listed.join(' | ')).not.toMatch(/600,000/);
    const popup = await harness.openPopup(page);
    await popupListed(popup);
    const status = (await popup.getByTestId('status').textContent()) ?? '';
    expect(status).toMatch(new RegExp(`^${listed.length} claims? with context on this page`));
    expect(await popup.locator('body').textContent()).not.toMatch(/600,000|times on this page/);
    await popup.close();
    await page.close();
  });

  it('highlights the copy a reader sees even when it is aria-hidden, and not its screen readers’ copy', async () => {
    const page = await harness.openPage('/hidden-aria.html');
    await settledOn(harness, page, ['main-truce', 'visual']);
    for (const { box } of await rangesOf(page)) expect(box?.[2] ?? 0).toBeGreaterThan(1);
    await page.close();
  });

  it('moves its highlights to the copy a CSS breakpoint shows when the window is resized, either way', async () => {
    const desktop = ['desk-block', 'desk-inline'];
    const mobile = ['mob-block', 'mob-inline'];
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(harness.server.url('/hidden-breakpoint.html'), { waitUntil: 'load' });
    const wide = await settledOn(harness, page, desktop);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await settledOn(harness, page, mobile)).toEqual(wide);
    await page.setViewportSize({ width: 1000, height: 800 });
    expect(await settledOn(harness, page, desktop)).toEqual(wide);
    await page.close();

    const narrow = await harness.context.newPage();
    await narrow.setViewportSize({ width: 360, height: 800 });
    await narrow.goto(harness.server.url('/hidden-breakpoint.html'), { waitUntil: 'load' });
    expect(await settledOn(harness, narrow, mobile)).toEqual(wide);
    await narrow.setViewportSize({ width: 1000, height: 800 });
    expect(await settledOn(harness, narrow, desktop)).toEqual(wide);
    await narrow.close();
  });

  it('highlights text faded in by a class once it shows, even after a delay', async () => {
    const page = await harness.openPage('/hidden-fade.html');
    await settledOn(harness, page, ['shown']);
    await page.evaluate(() => document.getElementById('fade')!.classList.add('in'));
    await expect.poll(() => highlightedIds(page), poll).toEqual(['faded', 'shown']);
    await page.close();
  });

  it('measures text in a section the browser lays out only near the view, before and after it is drawn', async () => {
    const page = await harness.openPage('/hidden-far.html');
    await settledOn(harness, page, ['far', 'near']);
    await page.evaluate(() => document.getElementById('far')!.scrollIntoView({ block: 'center' }));
    await settledOn(harness, page, ['far', 'near']);
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
