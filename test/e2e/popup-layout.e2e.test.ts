/**
 * The popup's list as laid out in Chromium: every entry's words, and the summary under them, start at one
 * edge whatever its kind's label ("DATE" is narrower than "FIGURE"), in the toolbar's layout and the full
 * view's. The harness opens the view with `?tab=`, which is the full view; the toolbar's layout is the same
 * view without the `full` class (a toolbar popup cannot be clicked open headless).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';

describe('popup list layout on article.html', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/article.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ['the toolbar layout', 400, false],
    ['the full view', 400, true],
    ['the full view', 1280, true],
  ])('%s (%i px): claims and summaries start at one edge for every kind', async (_what, width, full) => {
    const popup = await harness.openPopup(page);
    await popup.setViewportSize({ width, height: 800 });
    await popupListed(popup);
    if (!full) await popup.evaluate(() => document.querySelector('.app')?.classList.remove('full'));
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="claim"]')].map((item) => ({
        kind: item.getAttribute('data-kind'),
        text: Math.round(item.querySelector('.claim-text')!.getBoundingClientRect().left),
        summary: Math.round(item.querySelector('.claim-summary')!.getBoundingClientRect().left),
      })),
    );
    // The article has figures, dates and quotes, so the labels' widths differ.
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['quantity', 'date', 'quote']));
    const edge = rows[0]!.text;
    expect(rows.map((r) => [r.kind, r.text, r.summary])).toEqual(rows.map((r) => [r.kind, edge, edge]));
    await popup.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
