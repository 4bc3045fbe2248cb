/**
 * The hover card follows the browser's font size (chrome://settings/fonts, set here through DevTools'
 * Page.setFontSizes), as the extension's own pages do: 13 px type on a 380 px card at the default 16 px, half as
 * large again at 24 px, twice at 32 px, still inside a narrow window and clear of its claim. In px, it had stayed
 * 13 px at any setting. A page's root size (html { font-size: 10px }, its rules aimed at the card) changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { setStandardFont } from './font-size';
import { cardBox, inCard, type CardBox } from './card-box';
import { allHighlighted, hoverCard, waitFor } from './content-helpers';

const poll = { timeout: 10_000, interval: 100 };

/** The claim every card here is opened on: article.html and card-font-root.html both hold it. */
const CLAIM = '250,000';

/** The computed font size, in px, of the first box in the card with this class (through DevTools: closed root). */
async function fontSizeIn(page: Page, className: string): Promise<number | undefined> {
  return inCard(page, className, async (cdp, nodeId) => {
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return parseFloat(computedStyle.find((p) => p.name === 'font-size')?.value ?? 'NaN');
  });
}

/** The boxes of the highlighted claim reading `text`, in the viewport. */
function claimRects(page: Page, text: string): Promise<CardBox[]> {
  return page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-')) continue;
      for (const range of highlight)
        if (range.toString().replace(/\s+/g, ' ').trim() === wanted)
          return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({
            left,
            top,
            right,
            bottom,
          }));
    }
    return [];
  }, text);
}

/** What a card opened at one font setting measures. */
interface Measured {
  /** Computed font sizes: the card's text, its badge, its close button, a source's relation word. */
  font: { card?: number; badge?: number; close?: number; rel?: number };
  box: CardBox;
  claim: CardBox[];
  viewport: { width: number; height: number };
}

describe('the card and the browser’s font size', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Opens `path` in a window of `viewport` at the standard font size `standard`, hovers the claim, measures its card. */
  async function measure(
    path: string,
    standard: number,
    viewport = { width: 1280, height: 720 },
  ): Promise<Measured> {
    const page = await harness.openPage(path);
    try {
      await page.setViewportSize(viewport);
      await setStandardFont(page, standard);
      await waitFor(
        () => allHighlighted(page),
        (list) => list.includes(CLAIM),
      );
      // In the window's middle, as a reader would have it: larger type or a narrow window pushes it down.
      await page.evaluate((wanted) => {
        const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(wanted));
        p?.scrollIntoView({ block: 'center' });
      }, CLAIM);
      await hoverCard(page, CLAIM, poll);
      const font = {
        card: await fontSizeIn(page, 'card'),
        badge: await fontSizeIn(page, 'badge'),
        close: await fontSizeIn(page, 'close'),
        rel: await fontSizeIn(page, 'rel'),
      };
      const box = await cardBox(page, 'card');
      expect(box).toBeDefined();
      return { font, box: box!, claim: await claimRects(page, CLAIM), viewport };
    } finally {
      await page.close();
    }
  }

  /** Expects the card inside the window (8 px from its edges at least) and over none of its claim's lines. */
  function expectPlaced({ box, claim, viewport }: Measured): void {
    expect(box.left).toBeGreaterThanOrEqual(8 - 0.5);
    expect(box.top).toBeGreaterThanOrEqual(8 - 0.5);
    expect(box.right).toBeLessThanOrEqual(viewport.width - 8 + 0.5);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height - 8 + 0.5);
    expect(claim.length).toBeGreaterThan(0);
    for (const line of claim) {
      const overlaps =
        Math.min(box.right, line.right) > Math.max(box.left, line.left) &&
        Math.min(box.bottom, line.bottom) > Math.max(box.top, line.top);
      expect(overlaps).toBe(false);
    }
  }

  it('is as it was at the default 16 px: 13 px type on a card 380 px wide', async () => {
    const card = await measure('/article.html', 16);
    expect(card.font).toEqual({ card: 13, badge: 11, close: 18, rel: 12 });
    expect(card.box.right - card.box.left).toBe(380);
    expectPlaced(card);
  });

  it('grows with the reader’s font: half as large again at 24 px, twice at 32 px, clear of its claim', async () => {
    const large = await measure('/article.html', 24);
    expect(large.font).toEqual({ card: 19.5, badge: 16.5, close: 27, rel: 18 });
    expect(large.box.right - large.box.left).toBe(570);
    expectPlaced(large);
    const larger = await measure('/article.html', 32);
    expect(larger.font).toEqual({ card: 26, badge: 22, close: 36, rel: 24 });
    expect(larger.box.right - larger.box.left).toBe(760);
    expectPlaced(larger);
  });

  it('stays inside a narrow window at 32 px, as wide as the window leaves it', async () => {
    const card = await measure('/article.html', 32, { width: 480, height: 720 });
    expect(card.font.card).toBe(26);
    expect(card.box.right - card.box.left).toBe(480 - 16);
    expectPlaced(card);
  });

  it('is the same card on a page whose root is 10 px and whose rules aim at the card', async () => {
    for (const standard of [16, 24]) {
      const [plain, rooted] = [
        await measure('/article.html', standard),
        await measure('/card-font-root.html', standard),
      ];
      expect(rooted.font).toEqual(plain.font);
      expect(rooted.box.right - rooted.box.left).toBe(plain.box.right - plain.box.left);
      expectPlaced(rooted);
    }
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
