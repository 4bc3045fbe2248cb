/**
 * The content script in open shadow roots (Chromium with the built extension): claims inside a declarative root, a
 * root a script attached, and the page's own text drawn through a slot are highlighted and painted, hovering one
 * opens its card beside it, a component whose root comes after the page was read is read then, and switching the
 * site off takes the highlight rules adopted into the shadow roots away again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import {
  allHighlighted,
  highlighted,
  highlightedIds,
  hoverCard,
  rangeCenter,
  settledState,
  storeSettings,
} from './content-helpers';
import { cardBox } from './card-box';

const poll = { timeout: 10_000, interval: 100 };

const TOLL = 'more than 280,000';
const CONFLICT = '250,000';
const QUOTE = '“Russia needs to understand that our patience is not infinite.”';
const SIEGE = 'Close to 600,000';

/** The number of sheets adopted into the shadow root of each host, by id (-1: no open root). */
function adoptedSheets(page: Page, ids: readonly string[]): Promise<number[]> {
  return page.evaluate(
    (hosts) => hosts.map((id) => document.getElementById(id)?.shadowRoot?.adoptedStyleSheets.length ?? -1),
    [...ids],
  );
}

/** Whether the pixels around the highlighted `text` change when the page's highlights are taken away. */
async function painted(page: Page, text: string): Promise<boolean> {
  const { x, y } = await rangeCenter(page, text);
  const clip = { x: Math.max(0, x - 60), y: Math.max(0, y - 15), width: 120, height: 30 };
  const withHighlights = await page.screenshot({ clip });
  const taken = await page.evaluate(() => {
    const count = CSS.highlights.size;
    CSS.highlights.clear();
    return count;
  });
  const without = await page.screenshot({ clip });
  expect(taken).toBeGreaterThan(0);
  // The content script puts them back (see the highlighter's restore).
  await expect.poll(() => allHighlighted(page), poll).toContain(text);
  return !withHighlights.equals(without);
}

describe('content script in shadow roots', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('highlights and paints the claims of a declarative root, a scripted root and slotted text', async () => {
    const page = await harness.openPage('/content-shadow.html?upgrade=manual');
    await expect
      .poll(() => allHighlighted(page), poll)
      .toEqual(expect.arrayContaining([TOLL, CONFLICT, QUOTE]));
    const state = await settledState(harness, page);
    expect(state.claims.map((c) => c.claim.text.replace(/\s+/g, ' ')).sort()).toEqual(
      [TOLL, CONFLICT, QUOTE].sort(),
    );
    // Each claim once, in its own element (ids inside a shadow tree are its elements').
    expect(await highlightedIds(page)).toEqual(['in-declarative', 'in-scripted', 'quote-text']);
    const marks = await highlighted(page);
    expect(marks.conflicts).toEqual([CONFLICT]);
    // Each root holding a claim adopted the highlight rules (the slotted text is the page's own, styled by the
    // document's rules). Chromium styles highlights in a shadow tree by the document's ::highlight() rules anyway;
    // Firefox does not, and paints them only with the adopted rules (see firefox-shadow.e2e.test.ts).
    expect(await adoptedSheets(page, ['declarative', 'scripted', 'slotted'])).toEqual([1, 1, 0]);
    const tint = await page.evaluate(() => {
      const p = document.getElementById('scripted')!.shadowRoot!.getElementById('in-scripted')!;
      return getComputedStyle(p, '::highlight(claim-lens-conflicts)').backgroundColor;
    });
    expect(tint).not.toBe('rgba(0, 0, 0, 0)');
    for (const text of [TOLL, CONFLICT, QUOTE]) expect(await painted(page, text)).toBe(true);
    await page.close();
  });

  it('opens the card of a claim inside a shadow root on hover, beside the claim', async () => {
    const page = await harness.openPage('/content-shadow.html?upgrade=manual');
    await expect.poll(() => allHighlighted(page), poll).toContain(CONFLICT);
    expect(await hoverCard(page, CONFLICT, poll)).toContain('250,000');
    const line = await page.evaluate(() => {
      const p = document.getElementById('scripted')!.shadowRoot!.getElementById('in-scripted')!;
      const { top, bottom } = p.getBoundingClientRect();
      return { top, bottom };
    });
    const card = await cardBox(page, 'card');
    expect(card).toBeDefined();
    // Below the claim's paragraph, or above it, and not far off.
    const gap = card!.top >= line.bottom ? card!.top - line.bottom : line.top - card!.bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(60);
    await page.close();
  });

  it('reads a component whose shadow root is attached after the page was read', async () => {
    const page = await harness.openPage('/content-shadow.html?upgrade=manual');
    await settledState(harness, page);
    expect(await allHighlighted(page)).not.toContain(SIEGE);
    expect(await page.evaluate(() => document.getElementById('late')!.shadowRoot)).toBeNull();
    await page.evaluate(() => (window as unknown as { upgradeLateCard(): void }).upgradeLateCard());
    await expect.poll(() => allHighlighted(page), poll).toContain(SIEGE);
    // The rescan of the late card's container read the other roots in it again: their claims are not doubled.
    const claimTexts = async () =>
      (await settledState(harness, page)).claims.map((c) => c.claim.text.replace(/\s+/g, ' ')).sort();
    expect(await claimTexts()).toEqual([SIEGE, TOLL, CONFLICT, QUOTE].sort());
    // Its tree is watched from then on: text replaced inside it is read again.
    await page.evaluate(() => {
      const p = document.getElementById('late')!.shadowRoot!.getElementById('in-late')!;
      p.textContent =
        'Some activist groups put the death toll since the start of the war at 250,000 people killed.';
    });
    await expect.poll(claimTexts, poll).toEqual([TOLL, CONFLICT, CONFLICT, QUOTE].sort());
    expect(await allHighlighted(page)).toEqual([TOLL, CONFLICT, CONFLICT, QUOTE].sort());
    await page.close();
  });

  it('takes the adopted rules away when the site is switched off, and adopts them again when on', async () => {
    const page = await harness.openPage('/content-shadow.html?upgrade=manual');
    await expect.poll(() => adoptedSheets(page, ['declarative', 'scripted']), poll).toEqual([1, 1]);
    await storeSettings(harness, {
      version: 1,
      paused: false,
      defaultMode: 'all-sites',
      sites: { '127.0.0.1': false },
    });
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    expect(await adoptedSheets(page, ['declarative', 'scripted'])).toEqual([0, 0]);
    await storeSettings(harness, { version: 1, paused: false, defaultMode: 'all-sites', sites: {} });
    await expect.poll(() => adoptedSheets(page, ['declarative', 'scripted']), poll).toEqual([1, 1]);
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
