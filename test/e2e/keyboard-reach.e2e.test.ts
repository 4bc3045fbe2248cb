/**
 * What an automated audit cannot see, checked by keyboard in Chromium: the popup's Tab order is its reading order
 * and reaches every control, each control shows a focus ring when reached by Tab, Enter and Space work on the site
 * switch and the entries, "Show on page" opens the page's card, and the status line is one live region that says
 * each change; the card opened by the step key takes focus, Tab goes through its controls to its scrolling list,
 * the arrow keys scroll that list, and Space on Close closes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';
import { allHighlighted, cardDialogs, sendTab, waitFor } from './content-helpers';
import { exposeCardRoot } from './axe';

const poll = { timeout: 15_000, interval: 100 };

/** A short name for the focused element: its test id, else its tag and class, and its words. */
function focusedName(): string {
  const describe = (element: Element | null): string => {
    if (!element || element === document.body) return 'body';
    const id = element.getAttribute('data-testid');
    const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `${id ?? `${element.tagName.toLowerCase()}.${element.className}`} ${words}`;
  };
  return describe(document.activeElement);
}

/** Every control a reader can Tab to, in document order (no positive tabindex is used anywhere). */
function tabbableNames(): string[] {
  const selector = 'button, a[href], input, select, textarea, summary, [tabindex]';
  return [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.tabIndex >= 0 && !element.matches(':disabled'))
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const id = element.getAttribute('data-testid');
      const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
      return `${id ?? `${element.tagName.toLowerCase()}.${element.className}`} ${words}`;
    });
}

/** The focused element's box grown by its ring's room (3 px outline, 2 px offset, and a pixel to spare). */
function focusedBox(): { x: number; y: number; width: number; height: number } {
  const r = document.activeElement!.getBoundingClientRect();
  return { x: Math.max(0, r.x - 6), y: Math.max(0, r.y - 6), width: r.width + 12, height: r.height + 12 };
}

describe('keyboard reach', () => {
  let harness: Harness;
  let article: Page;

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    article = await harness.openPage('/article.html');
    await waitFor(
      () => allHighlighted(article),
      (list) => list.length > 2,
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The popup for the article in the toolbar's layout, listed, with nothing focused. */
  async function toolbarPopup(): Promise<Page> {
    const popup = await harness.openPopup(article);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popupListed(popup);
    await popup.evaluate(() => document.querySelector('.app')?.classList.remove('full'));
    return popup;
  }

  it('Tab goes through every popup control in reading order, each showing a focus ring', async () => {
    const popup = await toolbarPopup();
    const expected = await popup.evaluate(tabbableNames);
    expect(expected.length).toBeGreaterThan(8);
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(focusedName));
      // The ring is seen, not only styled: the same box differs with the control focused and without.
      const clip = await popup.evaluate(focusedBox);
      const focused = await popup.screenshot({ clip });
      const handle = await popup.evaluateHandle(() => document.activeElement as HTMLElement);
      await handle.evaluate((element) => element.blur());
      const blurred = await popup.screenshot({ clip });
      await handle.evaluate((element) => element.focus({ focusVisible: true } as FocusOptions));
      expect(focused.equals(blurred), `no visible focus on ${reached.at(-1)}`).toBe(false);
    }
    expect(reached).toEqual(expected);
    await popup.close();
  });

  it('switches the site with Space and Enter, the status line saying each change in one live region', async () => {
    const popup = await toolbarPopup();
    const status = popup.getByTestId('status');
    expect(await status.getAttribute('role')).toBe('status');
    // A live region says changes to itself: one re-created with the new words would be silent.
    await status.evaluate((element) => element.setAttribute('data-kept', 'yes'));
    const button = popup.getByTestId('site-switch');
    await button.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('false');
    await expect.poll(() => status.textContent(), poll).not.toMatch(/with context on this page/);
    expect(await status.getAttribute('data-kept')).toBe('yes');
    expect(await popup.evaluate(focusedName)).toMatch(/^site-switch/);
    await popup.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('true');
    await expect.poll(() => status.textContent(), poll).toMatch(/with context on this page/);
    expect(await status.getAttribute('data-kept')).toBe('yes');
    await popup.close();
  });

  it('opens and closes an entry with Enter and Space, and shows its claim on the page from the keyboard', async () => {
    const popup = await toolbarPopup();
    const toggle = popup.locator('.claim-toggle').first();
    await toggle.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), poll).toBe('true');
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), poll).toBe('false');
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), poll).toBe('true');
    // The next stop is the entry's "Show on page", with its note's live region already there to speak.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(focusedName)).toMatch(/^show-on-page/);
    expect(await popup.getByTestId('reveal-note').first().getAttribute('role')).toBe('status');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(1);
    await popup.close();
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(0);
  });

  it('steps to a claim, Tabs through the card to its list, scrolls it by arrow key, and closes it by Space', async () => {
    await article.setViewportSize({ width: 1280, height: 720 });
    expect((await sendTab<{ found: boolean }>(harness, article, 'stepClaim', { direction: 1 })).found).toBe(
      true,
    );
    await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(1);
    const host = await exposeCardRoot(article);
    /** The focused element inside the card, with its ring's style and its scroll. */
    const inCard = () =>
      article.evaluate((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        const element = root.activeElement as HTMLElement | null;
        if (!element) return null;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName.toLowerCase()}.${element.className}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          scrolls: element.scrollHeight > element.clientHeight,
          top: element.scrollTop,
        };
      }, host);
    expect((await inCard())?.name).toMatch(/^div\.card/);
    await article.keyboard.press('Tab');
    expect(await inCard()).toMatchObject({ name: 'button.close', ring: true });
    await article.keyboard.press('Tab');
    expect(await inCard()).toMatchObject({ name: 'button.open', ring: true });
    // The list of sources (or, in a card cut to fit, its body) scrolls: Chromium makes it the next stop itself.
    await article.keyboard.press('Tab');
    const list = await inCard();
    expect(list).toMatchObject({ scrolls: true, ring: true, top: 0 });
    expect(list?.name).toMatch(/^(ul\.sources|div\.body)$/);
    await article.keyboard.press('ArrowDown');
    await expect.poll(async () => (await inCard())?.top ?? 0, poll).toBeGreaterThan(0);
    await article.keyboard.press('Shift+Tab');
    await article.keyboard.press('Shift+Tab');
    expect((await inCard())?.name).toBe('button.close');
    await article.keyboard.press('Space');
    await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(0);
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
