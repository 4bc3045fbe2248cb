/**
 * The hover card over what a page lays above itself, in Chromium: a modal dialog and a fullscreen element
 * (everything outside them is inert) and a popover (a click outside closes it), all in the browser's top layer; and
 * a claim that a box scrolling on its own moves out of sight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { cardBox, type CardBox } from './card-box';
import { allHighlighted, cardDialogs, rangeCenter } from './content-helpers';

const poll = { timeout: 10_000, interval: 100 };

const centre = (box: CardBox) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

/** The tag of the element the page finds at a point (the card's host, for a point on the card). */
function tagAt(page: Page, point: { x: number; y: number }): Promise<string | undefined> {
  // The card's host is named `claim-lens-card-` and a part drawn at each load.
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.tagName.replace(/^CLAIM-LENS-CARD-.*/, 'CLAIM-LENS-CARD'),
    point,
  );
}

describe('hover card over the page’s top layer and in boxes that scroll', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Hovers the page's 250,000 claim and waits for its card to be drawn; returns the card's box. */
  async function openCard(page: Page): Promise<CardBox> {
    await expect.poll(() => allHighlighted(page), poll).toEqual(['250,000']);
    const { x, y } = await rangeCenter(page, '250,000');
    await page.mouse.move(x - 40, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => cardBox(page, 'card'), poll).toBeDefined();
    return (await cardBox(page, 'card'))!;
  }

  /**
   * Checks that the card is what the page has on top, at its centre and at its "Open full view" button, and that a
   * screen reader finds it.
   */
  async function expectOnTop(page: Page, card: CardBox): Promise<void> {
    expect(await tagAt(page, centre(card))).toBe('CLAIM-LENS-CARD');
    expect(await tagAt(page, centre((await cardBox(page, 'open'))!))).toBe('CLAIM-LENS-CARD');
    // Inert, under a modal dialog, the card was left out of the accessibility tree as well.
    expect(await cardDialogs(page)).toHaveLength(1);
  }

  /** Clicks the card's "Open full view" and checks that the full view opened. */
  async function openFullView(page: Page): Promise<void> {
    const button = await cardBox(page, 'open');
    expect(button).toBeDefined();
    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await page.mouse.move(centre(button!).x, centre(button!).y, { steps: 3 });
    await page.mouse.click(centre(button!).x, centre(button!).y);
    const full = await opened;
    expect(full.url()).toContain('src/popup/index.html?tab=');
    await full.close();
    await page.bringToFront();
  }

  it('shows the card of a claim in a modal dialog above the dialog, and its button takes the click', async () => {
    const page = await harness.openPage('/card-modal.html');
    try {
      // The card had opened under the dialog and its backdrop.
      await expectOnTop(page, await openCard(page));
      await openFullView(page);
      expect(await page.evaluate(() => (document.getElementById('story') as HTMLDialogElement).open)).toBe(
        true,
      );
      // Closed, the card leaves the page's dialog as it found it.
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
      expect(
        await page.evaluate(
          () =>
            [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('claim-lens-card-'))
              ?.parentElement?.tagName,
        ),
      ).toBe('HTML');
    } finally {
      await page.close();
    }
  });

  it('shows the card of a claim in a popover above it, and a click in the card leaves the popover open', async () => {
    const page = await harness.openPage('/card-popover.html');
    try {
      await expectOnTop(page, await openCard(page));
      // A click outside the page's popover closes it; the card counts as inside.
      await openFullView(page);
      expect(await page.evaluate(() => document.getElementById('note')?.matches(':popover-open'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('shows the card of a claim in a fullscreen element above it, and its button takes the click', async () => {
    const page = await harness.openPage('/card-fullscreen.html');
    try {
      await page.click('#full'); // fullscreen needs the reader's click
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id), poll).toBe('story');
      // Chromium makes what is outside a fullscreen element inert, as outside a modal dialog.
      await expectOnTop(page, await openCard(page));
      await openFullView(page);
    } finally {
      await page.close();
    }
  });

  it('closes the card when its claim is scrolled out of sight in a box that scrolls on its own', async () => {
    const page = await harness.openPage('/content-scrollbox.html');
    try {
      await expect.poll(() => allHighlighted(page), poll).toEqual(['250,000']);
      await page.evaluate(() => {
        const box = document.getElementById('box')!;
        box.scrollTop = box.scrollHeight;
      });
      const { x, y } = await rangeCenter(page, '250,000');
      await page.mouse.move(x - 40, y + 40);
      await page.mouse.move(x, y, { steps: 4 });
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
      // The wheel over the box scrolls the claim out of its view; the pointer does not move, so only the scroll
      // can tell the card its claim is gone (it had stayed, following the hidden claim).
      await page.mouse.wheel(0, -400);
      await expect
        .poll(() => page.evaluate(() => document.getElementById('box')!.scrollTop), poll)
        .toBeLessThan(50);
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
