/**
 * The content script in Chromium with the built extension: which claims get highlighted (read through
 * CSS.highlights in the page), on static pages, split markup, a strict-CSP page, content added later,
 * single-page navigation, and the settings switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import {
  allHighlighted,
  cardDialogs,
  highlighted,
  highlightedIds,
  rangeCenter,
  sendTab,
  settledState,
  storeSettings,
} from './content-helpers';
import type { TabState } from '../../src/shared/messages';
import { TONES } from '../../src/shared/relation-words';
import { appendParagraph, clearEveryTimer, LATE_CLAIM } from './in-page';

const poll = { timeout: 10_000, interval: 100 };

describe('content script highlights', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  const settled = (page: Page): Promise<TabState> => settledState(harness, page);

  it('highlights restated corpus facts on article.html and nothing in the unrelated aside', async () => {
    const page = await harness.openPage('/article.html');
    await expect
      .poll(() => highlightedIds(page), poll)
      .toEqual(expect.arrayContaining(['p-conflict', 'p-quote', 'p-siege']));
    const state = await settled(page);
    const ids = await highlightedIds(page);
    expect(ids).not.toContain('unrelated');
    expect(ids.every((id) => id.startsWith('p-'))).toBe(true);
    const marks = await highlighted(page);
    expect(marks.conflicts).toContain('250,000');
    expect(marks.agrees).toContain('“Russia needs to understand that our patience is not infinite.”');
    // The popup's list is the highlighted claims, in page order, with stable distinct ids.
    expect(state.claims.map((c) => c.claim.text.replace(/\s+/g, ' ')).sort()).toEqual(
      await allHighlighted(page),
    );
    expect(new Set(state.claims.map((c) => c.id)).size).toBe(state.claims.length);
    const order = await page.evaluate(
      (texts) => texts.map((t) => document.body.textContent!.replace(/\s+/g, ' ').indexOf(t)),
      state.claims.map((c) => c.claim.text.replace(/\s+/g, ' ')),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(state.host).toBe('127.0.0.1');
    expect(state.off).toBeNull();
    await page.close();
  });

  it('finds a claim split across inline markup as one claim and one range', async () => {
    const page = await harness.openPage('/content-split.html');
    await expect
      .poll(() => allHighlighted(page), poll)
      .toEqual(
        expect.arrayContaining([
          'Close to 600,000',
          '250,000',
          '“Russia needs to understand that our patience is not infinite.”',
        ]),
      );
    const spans = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((h) => [...h]).map((r) => r.startContainer !== r.endContainer);
    });
    // The paragraph a stylesheet hides states a corpus fact too, but nobody can see it.
    await settled(page);
    expect(await highlightedIds(page)).not.toContain('s-hidden');
    expect(spans.every(Boolean)).toBe(true); // each of these ranges crosses element boundaries
    await page.close();
  });

  it('reads the figures of fact boxes, tables, infographics and lines broken by <br>, and leaves unrelated ones alone', async () => {
    const page = await harness.openPage('/content-tables.html');
    // A paragraph's line before a <br> is read too (its claims were once taken for a stale read's).
    const related = ['br-truce', 'cell-besieged', 'cell-killed', 'cell-truce', 'dd-toll', 'stat-killed'];
    await expect.poll(() => highlightedIds(page), poll).toEqual(related);
    await settled(page);
    expect(await highlightedIds(page)).toEqual(related);
    const marks = await highlighted(page);
    expect(marks.agrees).toEqual(
      expect.arrayContaining(['February 27', 'more than 280,000', 'More than 280,000', '15 of 18']),
    );
    expect(marks.conflicts).toEqual(['250,000']);
    await page.close();
  });

  it('reads figures past footnote marks, grouping spaces, hyphenation points and ruby annotations', async () => {
    const page = await harness.openPage('/content-typography.html');
    const related = ['grouped-killed', 'link-truce', 'ruby-besieged', 'shy-truce', 'sup-besieged'];
    await expect.poll(() => highlightedIds(page), poll).toEqual(related);
    await settled(page);
    const marks = await highlighted(page);
    // "15 of 18<sup>3</sup>" was read as "15 of 183", a figure the sources differ on.
    expect(marks.conflicts).toEqual([]);
    expect(marks.agrees).toEqual(
      expect.arrayContaining(['15 of 18', 'February 27', 'more than 280 000', 'Feb\u00adru\u00adary 27']),
    );
    await page.close();
  });

  it('highlights nothing on an unrelated article full of numbers, dates and quotes', async () => {
    const page = await harness.openPage('/content-unrelated.html');
    const state = await settled(page);
    expect(state.claims).toEqual([]);
    expect(await allHighlighted(page)).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await harness.openPage('/csp/content-csp.html');
    await expect.poll(() => highlightedIds(page), poll).toEqual(['c-quote', 'c-siege']);
    // The ::highlight styles apply (the manifest's stylesheet is not the page's to block): the tint of each
    // relation is computed for the highlighted paragraphs.
    const tints = await page.evaluate(() =>
      ['c-quote', 'c-siege'].map((id) => {
        const element = document.getElementById(id)!;
        return ['agrees', 'conflicts', 'reworded'].map(
          (relation) => getComputedStyle(element, `::highlight(claim-lens-${relation})`).backgroundColor,
        );
      }),
    );
    for (const perRelation of tints) {
      expect(new Set(perRelation).size).toBe(3);
      for (const tint of perRelation) expect(tint).toMatch(/^(rgba|rgb|color)\(/);
      expect(perRelation).not.toContain('rgba(0, 0, 0, 0)');
    }
    await page.close();
  });

  it('follows content added and removed after load', async () => {
    const page = await harness.openPage('/content-unrelated.html');
    await settled(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.append(
        'Later: close to ',
        Object.assign(document.createElement('b'), { textContent: '600,000' }),
        ' Syrians live in besieged areas, the UN says.',
      );
      document.getElementById('story')!.append(p);
    });
    await expect.poll(() => highlightedIds(page), poll).toEqual(['late']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    await page.close();
  });

  it('keeps the highlights of a page that re-renders the same text every few seconds', async () => {
    const page = await harness.openPage('/article.html');
    await expect.poll(async () => (await allHighlighted(page)).length, poll).toBeGreaterThan(2);
    // As a live blog polling its server does: the same entries, new nodes, every 2.5 s.
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const copy = article.cloneNode(true);
      setInterval(() => article.replaceChildren(...copy.cloneNode(true).childNodes), 2_500);
    });
    // Long enough for the watcher to take the page for a restless one (its gap doubles up to 16 s).
    await page.waitForTimeout(10_000);
    let shown = 0;
    for (let sample = 0; sample < 25; sample++) {
      // A range whose nodes the page replaced is still registered, collapsed: it shows nothing.
      if ((await allHighlighted(page)).some((text) => text !== '')) shown++;
      await page.waitForTimeout(200);
    }
    expect(shown).toBeGreaterThanOrEqual(15);
    await page.close();
  });

  it('keeps following the page after the page clears every timer id, its own and the content script’s', async () => {
    const page = await harness.openPage('/content-unrelated.html');
    await settled(page);
    // A change arms the watcher's timer; then the page clears every id it can, as some scripts do to stop others.
    await page.evaluate(() => document.getElementById('story')!.append(' Updated.'));
    await page.evaluate(clearEveryTimer);
    await page.evaluate(appendParagraph, { into: 'story', id: 'late', text: LATE_CLAIM });
    await expect.poll(() => highlightedIds(page), poll).toEqual(['late']);
    await page.close();
  });

  it('rescans after a single-page navigation and after going back', async () => {
    const page = await harness.openPage('/content-spa.html');
    await settled(page);
    expect(await allHighlighted(page)).toEqual([]);
    await page.click('#to-story');
    await expect
      .poll(() => highlightedIds(page), poll)
      .toEqual(expect.arrayContaining(['spa-conflict', 'spa-siege']));
    expect(page.url()).toMatch(/\/spa\/story$/);
    await page.goBack();
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    await page.close();
  });

  it('switches off when paused and back on without a reload', async () => {
    const page = await harness.openPage('/article.html');
    await expect.poll(async () => (await allHighlighted(page)).length, poll).toBeGreaterThan(2);
    const before = await allHighlighted(page);
    await storeSettings(harness, { version: 1, paused: true, defaultMode: 'all-sites', sites: {} });
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    expect((await sendTab<TabState>(harness, page, 'getTabState', {})).off).toBe('paused');
    await storeSettings(harness, { version: 1, paused: false, defaultMode: 'all-sites', sites: {} });
    await expect.poll(() => allHighlighted(page), poll).toEqual(before);
    await storeSettings(harness, {
      version: 1,
      paused: false,
      defaultMode: 'all-sites',
      sites: { '127.0.0.1': false },
    });
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    expect((await sendTab<TabState>(harness, page, 'getTabState', {})).off).toBe('site-off');
    await storeSettings(harness, { version: 1, paused: false, defaultMode: 'all-sites', sites: {} });
    await page.close();
  });

  it('puts its highlights back when the page empties CSS.highlights, and leaves a page’s own names alone', async () => {
    const page = await harness.openPage('/article.html');
    await expect.poll(async () => (await allHighlighted(page)).length, poll).toBeGreaterThan(2);
    const before = await allHighlighted(page);
    // What a page's own find-in-page widget does, in the page's world: the registry is the document's.
    await page.evaluate(() => {
      CSS.highlights.clear();
      CSS.highlights.set('page-own', new Highlight());
    });
    expect(await allHighlighted(page)).toEqual([]);
    await expect.poll(() => allHighlighted(page), poll).toEqual(before);
    expect(await page.evaluate(() => CSS.highlights.has('page-own'))).toBe(true);
    await page.close();
  });

  it('highlights text when a details element opens or a tab panel is shown, and lists it only while shown', async () => {
    const page = await harness.openPage('/content-reveal.html');
    await expect.poll(() => allHighlighted(page), poll).toContain('more than 280,000');
    const listed = async () => (await settled(page)).claims.map((c) => c.claim.text);
    expect(await allHighlighted(page)).toEqual(['more than 280,000']);
    expect(await listed()).toEqual(['more than 280,000']);
    await page.click('summary');
    await expect.poll(() => allHighlighted(page), poll).toContain('February 27');
    // Another tab: one panel's class goes, the other's comes.
    await page.evaluate(() => {
      document.getElementById('tab-a')!.classList.remove('active');
      document.getElementById('tab-b')!.classList.add('active');
    });
    await expect.poll(() => allHighlighted(page), poll).toContain('close to 600,000');
    expect(await listed()).toEqual(['more than 280,000', 'February 27', 'close to 600,000']);
    await page.click('summary');
    await page.evaluate(() => document.getElementById('tab-b')!.classList.remove('active'));
    await expect.poll(listed, poll).toEqual(['more than 280,000']);
    await page.close();
  });

  it('reveals a claim hidden in a box that scrolls on its own, not only scrolling the window, and opens its card when asked', async () => {
    const page = await harness.openPage('/content-scrollbox.html');
    await expect.poll(() => allHighlighted(page), poll).toEqual(['250,000']);
    const [claim] = (await settled(page)).claims;
    // Out of the box's view at first: what is at its place on screen is the box's other paragraphs, or nothing.
    const inBox = () =>
      page.evaluate(() => {
        const box = document.getElementById('box')!.getBoundingClientRect();
        const p = [...document.querySelectorAll('#box p')].at(-1)!.getBoundingClientRect();
        return p.top >= box.top && p.bottom <= box.bottom && p.top >= 0 && p.bottom <= window.innerHeight;
      });
    expect(await inBox()).toBe(false);
    expect(
      (await sendTab<{ found: boolean }>(harness, page, 'revealClaim', { id: claim!.id, open: true })).found,
    ).toBe(true);
    await expect.poll(inBox, poll).toBe(true);
    // "Show on page" opens the card once the scroll has settled, and the card stays: its claim is in view.
    await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
    expect((await cardDialogs(page))[0]!.text).toContain('250,000');
    await page.close();
  });

  it('paints its highlights on screen but not in print', async () => {
    const page = await harness.openPage('/article.html');
    await expect.poll(async () => (await allHighlighted(page)).length, poll).toBeGreaterThan(2);
    const { x, y } = await rangeCenter(page, '250,000');
    const clip = { x: x - 60, y: y - 15, width: 120, height: 30 };
    // Whether the claim's pixels change when the highlights are taken away, under each medium.
    const painted = async (media: 'screen' | 'print') => {
      await page.emulateMedia({ media });
      const withHighlights = await page.screenshot({ clip });
      const saved = await page.evaluate(() => {
        const all = [...CSS.highlights];
        CSS.highlights.clear();
        return all.length;
      });
      const without = await page.screenshot({ clip });
      expect(saved).toBeGreaterThan(0);
      await expect.poll(async () => (await allHighlighted(page)).length, poll).toBeGreaterThan(2);
      return !withHighlights.equals(without);
    };
    expect(await painted('screen')).toBe(true);
    expect(await painted('print')).toBe(false);
    await page.close();
  });

  it('prints none of the highlights it registers, whatever their relation', async () => {
    const page = await harness.openPage('/plain.html');
    const clip = await page.evaluate(() => {
      const r = document.querySelector('p')!.getBoundingClientRect();
      return { x: r.x - 4, y: r.y - 8, width: r.width + 8, height: r.height + 16 };
    });
    // Each name alone over the paragraph (a page with nothing to check: Claim Lens registers none of its own).
    const shot = async (name: string | null) => {
      await page.evaluate((only) => {
        CSS.highlights.clear();
        if (!only) return;
        const range = new Range();
        range.selectNodeContents(document.querySelector('p')!);
        CSS.highlights.set(only, new Highlight(range));
      }, name);
      return page.screenshot({ clip });
    };
    for (const name of [...TONES, 'focus' as const].map((tone) => `claim-lens-${tone}`)) {
      await page.emulateMedia({ media: 'screen' });
      expect((await shot(name)).equals(await shot(null)), `${name} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect((await shot(name)).equals(await shot(null)), `${name} in print`).toBe(true);
    }
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
