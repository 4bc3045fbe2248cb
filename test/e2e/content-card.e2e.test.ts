/**
 * The hover card and the tab requests in Chromium: the card shows the right sources and relations, stays
 * while the pointer is in it, closes on leave and Escape; keyboard stepping and reveal; the page's layout
 * and event handlers are untouched; an orphaned content script cleans up after itself.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type Harness } from './harness';
import { cardBox, inCard } from './card-box';
import { allHighlighted, cardDialogs, rangeCenter, sendTab, waitFor } from './content-helpers';
import type { TabState } from '../../src/shared/messages';
import { claimStatus, SOURCE_WORDS } from '../../src/shared/relation-words';

const poll = { timeout: 10_000, interval: 100 };

/** Positions of every element on the page, the card host excluded. */
function layoutOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => !e.tagName.startsWith('CLAIM-LENS-CARD-'))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName}#${e.id} ${r.x},${r.y},${r.width},${r.height}`;
      }),
  );
}

/** The computed direction of the card's box. */
function cardDirection(page: Page): Promise<string | undefined> {
  return inCard(page, 'card', async (cdp, nodeId) => {
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return computedStyle.find((p) => p.name === 'direction')?.value;
  });
}

/** The height in CSS pixels of the first box in the card with this class. */
function cardBoxHeight(page: Page, className: string): Promise<number | undefined> {
  return inCard(page, className, async (cdp, nodeId) => {
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { height: number } };
    return model.height;
  });
}

describe('hover card and tab requests', () => {
  let harness: Harness;
  let page: Page;
  let state: TabState;

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/article.html');
    await waitFor(allHighlighted.bind(null, page), (list) => list.length > 2);
    state = await waitFor(
      () => sendTab<TabState>(harness, page, 'getTabState', {}),
      (s) => !s.scanning,
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function hover(text: string) {
    const { x, y } = await rangeCenter(page, text);
    await page.mouse.move(x - 40, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
  }

  it('opens a card on hover naming each source with its relation and the variance summary', async () => {
    const claim = state.claims.find((c) => c.claim.text === '250,000');
    expect(claim).toBeDefined();
    await hover('250,000');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    const [card] = await cardDialogs(page);
    expect(card!.name).toBe('Claim Lens: 250,000');
    expect(card!.text).toContain(claim!.result.variance.summary);
    // The badge reads about the claim, the same words as the popup's; each source row names the source's relation.
    // (The badge is drawn in capitals, and the card's text is read as shown.)
    expect(card!.text).toContain(claimStatus(claim!.result)!.label.toUpperCase());
    for (const match of claim!.result.matches.slice(0, 4)) {
      expect(card!.text).toContain(SOURCE_WORDS[match.relation]);
    }
    expect(card!.text).toMatch(/The Middle East Online|Arutz Sheva/); // outlets from the corpus metadata
    expect(card!.text).toContain('Open full view');
    // Nothing of the card is reachable from page script: the shadow root is closed.
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('claim-lens-card-'))
            ?.shadowRoot ?? null,
      ),
    ).toBeNull();
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs/hover-card.png') });
  });

  it('stays open while the pointer is in the card, and closes when it leaves or on Escape', async () => {
    // The host is zero-sized; find the card by looking for a point the host covers.
    const inside = await page.evaluate(() => {
      for (let y = 10; y < innerHeight; y += 20) {
        for (let x = 10; x < innerWidth; x += 20) {
          if (document.elementFromPoint(x, y)?.tagName.startsWith('CLAIM-LENS-CARD-')) return { x, y };
        }
      }
      return null;
    });
    expect(inside).not.toBeNull();
    await page.mouse.move(inside!.x, inside!.y, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await cardDialogs(page)).toHaveLength(1);
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    await hover('250,000');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    await page.mouse.move(5, 5);
  });

  it('stays open while text beside its claim keeps changing (a "1 minute ago" ticking in its paragraph)', async () => {
    await page.evaluate(() => {
      // Inside the claim's sentence, right after its figure: each tick changes the sentence, so the claim's id.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && !node.data.includes('250,000')) node = walker.nextNode() as Text | null;
      const rest = node?.splitText(node.data.indexOf('250,000') + 7);
      const time = document.createElement('time');
      time.id = 'ticking';
      rest?.before(time);
      let n = 0;
      (window as unknown as { ticking: number }).ticking = window.setInterval(() => {
        time.textContent = ` (${++n} minutes ago)`;
      }, 600);
    });
    await hover('250,000');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    // Each tick reads the paragraph again (its claims are gone until the worker answers): the card waits for it.
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(700);
      expect(await cardDialogs(page)).toHaveLength(1);
    }
    await page.evaluate(() => {
      window.clearInterval((window as unknown as { ticking: number }).ticking);
      document.getElementById('ticking')?.remove();
    });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    await page.mouse.move(5, 5);
  });

  it('opens its first card on a page with no layout shift (its outlets come before it opens)', async () => {
    const fresh = await harness.openPage('/article.html');
    await fresh.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift' });
    });
    await waitFor(allHighlighted.bind(null, fresh), (list) => list.length > 2);
    const { x, y } = await rangeCenter(fresh, '250,000');
    await fresh.mouse.move(x - 40, y + 40);
    await fresh.mouse.move(x, y, { steps: 4 });
    await expect.poll(async () => (await cardDialogs(fresh)).length, poll).toBe(1);
    await fresh.waitForTimeout(1000);
    expect(await fresh.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await fresh.close();
  });

  it('keeps an open card out of Select All and copy, and out of print', async () => {
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await hover('250,000');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lastWords = await page.evaluate(() =>
      document.body.innerText.trim().split(/\s+/).slice(-3).join(' '),
    );
    expect(copied.replace(/\s+/g, ' ')).toContain(lastWords);
    expect(copied).not.toContain('Open full view');
    expect(copied).not.toMatch(/sources? (agree|differ)/);
    const cardShown = () =>
      page.evaluate(() => {
        for (let y = 5; y < innerHeight; y += 10)
          for (let x = 5; x < innerWidth; x += 10)
            if (document.elementFromPoint(x, y)?.tagName.startsWith('CLAIM-LENS-CARD-')) return true;
        return false;
      });
    expect(await cardShown()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await cardShown()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    await page.mouse.move(5, 5);
  });

  it('lays the card out left to right on a right-to-left page', async () => {
    const rtl = await harness.openPage('/content-rtl.html');
    try {
      await waitFor(allHighlighted.bind(null, rtl), (list) => list.length > 0);
      const { x, y } = await rangeCenter(rtl, 'more than 280,000');
      await rtl.mouse.move(x - 40, y + 40);
      await rtl.mouse.move(x, y, { steps: 4 });
      await expect.poll(async () => (await cardDialogs(rtl)).length, poll).toBe(1);
      expect(await cardDirection(rtl)).toBe('ltr');
    } finally {
      await rtl.close();
    }
  });

  it('opens the card right next to its claim on a page drawn with CSS zoom', async () => {
    const zoomed = await harness.openPage('/content-zoom.html');
    try {
      await waitFor(allHighlighted.bind(null, zoomed), (list) => list.length > 0);
      const { x, y } = await rangeCenter(zoomed, '250,000');
      await zoomed.mouse.move(x - 40, y + 40);
      await zoomed.mouse.move(x, y, { steps: 4 });
      await expect.poll(async () => (await cardDialogs(zoomed)).length, poll).toBe(1);
      // Zoomed twice over, the card had opened about 250 px below the claim.
      const edges = await cardBox(zoomed, 'card');
      const gap = edges ? Math.min(Math.abs(edges.top - y), Math.abs(y - edges.bottom)) : Infinity;
      expect(gap).toBeLessThan(60);
    } finally {
      await zoomed.close();
    }
  });

  /**
   * In a window of `size`, opens a card with `open` (by default the "250,000" claim's, the claim in the window's
   * middle), runs `check` on what `open` gave, closes the card with Escape and gives the window, scroll and
   * pointer back as they were.
   */
  async function cardInWindow<T>(
    size: { width: number; height: number },
    check: (opened: T | undefined) => Promise<void>,
    open?: () => Promise<T>,
  ) {
    const viewport = page.viewportSize();
    await page.setViewportSize(size);
    try {
      let opened: T | undefined;
      if (open) opened = await open();
      else {
        await page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('250,000'));
          p?.scrollIntoView({ block: 'center' });
        });
        await page.mouse.move(5, 5);
        await hover('250,000');
      }
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
      await check(opened);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    } finally {
      if (viewport) await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(5, 5);
    }
  }

  it('opens the card in a window too short for it, cut to fit beside the claim rather than over it', async () => {
    await cardInWindow({ width: 1280, height: 480 }, async () => {
      // Held still on the claim: the card must come up and stay.
      await page.waitForTimeout(700);
      expect(await cardDialogs(page)).toHaveLength(1);
      const center = await rangeCenter(page, '250,000');
      const atClaim = await page.evaluate(
        ({ x, y }) =>
          document.elementFromPoint(x, y)?.tagName.replace(/^CLAIM-LENS-CARD-.*/, 'CLAIM-LENS-CARD'),
        center,
      );
      expect(atClaim).not.toBe('CLAIM-LENS-CARD');
    });
  });

  it('opens the card clear of every line of a claim wrapped over several', async () => {
    // Kerry's quote, in a window narrow enough to wrap it, hovered on its second line.
    const wrappedQuote = async () => {
      const lines = await page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        for (const [name, highlight] of registry) {
          if (!name.startsWith('claim-lens-')) continue;
          for (const range of highlight) {
            if (!range.toString().includes('patience')) continue;
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            return [...range.getClientRects()].map((r) => ({
              x: r.left,
              y: r.top,
              bottom: r.bottom,
              w: r.width,
            }));
          }
        }
        return [];
      });
      expect(lines.length).toBeGreaterThan(1);
      const second = lines[1]!;
      await page.mouse.move(5, 5);
      await page.mouse.move(second.x + Math.min(second.w / 2, 20), (second.y + second.bottom) / 2, {
        steps: 4,
      });
      return lines;
    };
    await cardInWindow(
      { width: 420, height: 800 },
      async (lines) => {
        const edges = await cardBox(page, 'card');
        expect(edges).toBeDefined();
        for (const line of lines ?? [])
          expect(line.bottom <= edges!.top || line.y >= edges!.bottom).toBe(true);
      },
      wrappedQuote,
    );
  });

  it('keeps a source in view in a small window, where the card’s fixed lines would fill it', async () => {
    await cardInWindow({ width: 420, height: 340 }, async () => {
      // The source list had been squeezed to nothing: badge, claim, summary and button took all the height.
      expect(await cardBoxHeight(page, 'sources')).toBeGreaterThan(40);
    });
  });

  it('keeps a source’s relation word whole, on its outlet’s first line, in a 320 px card beside a long date', async () => {
    // The last item of a wrapping row, "Agrees" had gone to a line of its own under the date "undated, written 27
    // Feb 2016 – 26 Feb 2017" in a narrow card (and in Firefox, whose fonts run wider, in a card of full width).
    await cardInWindow({ width: 336, height: 800 }, async () => {
      const [card, rel, outlet] = await Promise.all(
        ['card', 'rel', 'outlet'].map((part) => cardBox(page, part)),
      );
      expect(card && rel && outlet).toBeTruthy();
      expect(card!.right - card!.left).toBeLessThanOrEqual(320);
      // One line high: the word is not broken (12 px type on a 19 px line).
      expect(rel!.bottom - rel!.top).toBeLessThan(24);
      // Level with the outlet's first line, and inside the card.
      expect(rel!.top).toBeLessThan(outlet!.top + 8);
      expect(rel!.bottom).toBeGreaterThan(outlet!.top);
      expect(rel!.right).toBeLessThanOrEqual(card!.right);
    });
  });

  it('keeps the card’s head and its "Open full view" in sight in a zoomed-in window, wherever the claim is', async () => {
    // 683×384 CSS pixels: a 1366×768 screen at 200 %. Cut to the room above or below its claim, the card had
    // scrolled as a whole, and its button was half or wholly cut off, out of reach of that scrolling too.
    const size = { width: 683, height: 384 };
    for (const at of [0.3, 0.5, 0.7]) {
      await cardInWindow(
        size,
        async () => {
          const card = await cardBox(page, 'card');
          expect(card).toBeDefined();
          for (const part of ['head', 'open']) {
            const box = await cardBox(page, part);
            const where = `${part}, the claim at ${at} of the window's height`;
            expect(box, where).toBeDefined();
            expect(box!.top, where).toBeGreaterThanOrEqual(Math.max(card!.top, 0));
            expect(box!.bottom, where).toBeLessThanOrEqual(Math.min(card!.bottom, size.height));
          }
        },
        async () => {
          await page.evaluate((at) => {
            const p = document.getElementById('p-conflict')!;
            window.scrollBy(0, p.getBoundingClientRect().top - at * window.innerHeight);
          }, at);
          await page.mouse.move(5, 5);
          await hover('250,000');
        },
      );
    }
  });

  it('steps to the next claim from the keyboard command, opening its card with focus, and opens the full view', async () => {
    const reply = await sendTab<{ found: boolean }>(harness, page, 'stepClaim', { direction: 1 });
    expect(reply.found).toBe(true);
    const first = state.claims[0]!;
    await expect
      .poll(async () => (await cardDialogs(page)).map((c) => c.name), poll)
      .toEqual([`Claim Lens: ${first.claim.text.replace(/\s+/g, ' ').slice(0, 80)}`]);
    expect(
      await page.evaluate(() =>
        document.activeElement?.tagName.replace(/^CLAIM-LENS-CARD-.*/, 'CLAIM-LENS-CARD'),
      ),
    ).toBe('CLAIM-LENS-CARD');
    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await page.keyboard.press('Tab'); // close button
    await page.keyboard.press('Tab'); // Open full view
    await page.keyboard.press('Enter');
    const full = await opened;
    expect(full.url()).toContain(`src/popup/index.html?tab=`);
    expect(decodeURIComponent(full.url())).toContain(`#claim=${first.id}`);
    await full.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(0);
    expect(
      await page.evaluate(() =>
        document.activeElement?.tagName.replace(/^CLAIM-LENS-CARD-.*/, 'CLAIM-LENS-CARD'),
      ),
    ).not.toBe('CLAIM-LENS-CARD');
  });

  it('reveals a claim by id with a brief focus highlight', async () => {
    const target = state.claims[state.claims.length - 1]!;
    expect((await sendTab<{ found: boolean }>(harness, page, 'revealClaim', { id: target.id })).found).toBe(
      true,
    );
    const focused = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'claim-lens-focus',
        );
        return h ? [...h].map((r) => r.toString()) : [];
      });
    expect(await focused()).toEqual([target.claim.text]);
    await expect.poll(focused, { timeout: 4_000 }).toEqual([]);
    expect((await sendTab<{ found: boolean }>(harness, page, 'revealClaim', { id: 'c-missing' })).found).toBe(
      false,
    );
  });

  it('leaves element positions and page event handlers as they are without the extension', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const baseline = await launchExtension({ withExtension: false });
    try {
      const plain = await baseline.openPage('/article.html');
      const expected = await layoutOf(plain);
      await plain.close();
      await hover('250,000');
      await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await layoutOf(page)).toEqual(expected);
      await page.keyboard.press('Escape');
    } finally {
      await baseline.close();
    }
    await page.evaluate(() => {
      const w = window as unknown as { clicks: string[] };
      w.clicks = [];
      document.addEventListener('click', (e) => w.clicks.push((e.target as Element).id));
    });
    const { x, y } = await rangeCenter(page, '250,000');
    await page.mouse.click(x, y);
    expect(await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks)).toEqual([
      'p-conflict',
    ]);
  });

  it('removes every trace when the extension is reloaded under the page', async () => {
    await hover('250,000');
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    const worker = await harness.serviceWorker();
    await worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('claim-lens-card-')) ??
              null,
          ),
        poll,
      )
      .toBeNull();
    const leftovers = await page.evaluate(() => ({
      sheets: document.adoptedStyleSheets.length,
      names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
    }));
    expect(leftovers).toEqual({ sheets: 0, names: [] });
    await page.mouse.move(10, 10, { steps: 3 }); // listeners are gone: moving the pointer throws nothing
    await page.waitForTimeout(300);
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
