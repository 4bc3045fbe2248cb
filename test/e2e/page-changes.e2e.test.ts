/**
 * How the content script notices page changes, in Chromium: a figure rewritten inside a highlighted claim on a
 * restless page, a stylesheet put in the head, a page that replaces its root element or writes a new document, a
 * date changed in place in the page's metadata, and design mode, in which nothing is read or highlighted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import {
  allHighlighted,
  highlightedIds,
  hoverCard,
  sendTab,
  settledState,
  storeSettings,
} from './content-helpers';
import { appendParagraph, LATE_CLAIM } from './in-page';
import type { TabState } from '../../src/shared/messages';

const poll = { timeout: 10_000, interval: 100 };

/** The new page a page writes over itself: one claim the seeds state. */
const NEW_PAGE = `<head><title>New page</title></head><body><p id="late">${LATE_CLAIM}</p></body>`;

describe('page changes', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The tab's claims as the popup lists them: each claim's text and the value it was read as. */
  const claims = async (page: Page): Promise<string[]> =>
    (await sendTab<TabState>(harness, page, 'getTabState', {})).claims.map(
      ({ claim }) => `${claim.text} = ${JSON.stringify(claim.value)}`,
    );

  it('reads a figure rewritten inside a highlighted claim at the first gap, on a page that never stops changing', async () => {
    const page = await harness.openPage('/changes-figure.html');
    await settledState(harness, page);
    expect(await allHighlighted(page)).toContain('More than 280,000');
    // A clock five times a second: the watcher takes the page for a restless one, and its gap between two rescans
    // doubles (1, 2, 4, 8, 16 s).
    await page.evaluate(() => {
      const clock = document.getElementById('clock')!.firstChild as Text;
      let ticks = 0;
      setInterval(() => (clock.data = `Updated ${++ticks} seconds ago.`), 200);
    });
    await page.waitForTimeout(12_000);
    // A claim added now is read at the next rescan; its highlight says that rescan has just run, and the one after
    // it is a whole gap (16 s by now) away unless a change brings it forward.
    await page.evaluate(appendParagraph, { into: 'story', id: 'late', text: LATE_CLAIM });
    await expect.poll(() => highlightedIds(page), { timeout: 30_000, interval: 100 }).toContain('late');
    // The live counter ticks inside the highlighted claim: its figure is read again, not shown as 280,000.
    await page.evaluate(() => void (document.getElementById('toll')!.firstChild!.textContent = '281,000'));
    await expect
      .poll(async () => (await claims(page)).find((claim) => claim.startsWith('More than')), {
        timeout: 8_000,
        interval: 100,
      })
      .toMatch(/^More than 281,000 = .*"nominal":281000/);
    await page.close();
  });

  it('highlights text a stylesheet put in the head shows, and nothing again for a script put there', async () => {
    const page = await harness.openPage('/changes-stylesheet.html');
    await settledState(harness, page);
    expect(await highlightedIds(page)).toEqual(['toll']);
    // An ad's script in the head changes no text: nothing is read again for it (the unit tests count the rescans).
    await page.evaluate(() => document.head.append(document.createElement('script')));
    // The page's own stylesheet, loaded late, shows the block it kept hidden meanwhile.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.pending { display: block; }';
      document.head.append(style);
    });
    await expect.poll(() => highlightedIds(page), poll).toEqual(['later', 'toll']);
    await page.close();
  });

  it('reads the new page of a page that replaces its root element, and lets the old one’s highlights go', async () => {
    const page = await harness.openPage('/changes-root.html');
    await settledState(harness, page);
    expect(await allHighlighted(page)).toContain('More than 280,000');
    await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(
        `<!doctype html><html lang="en">${html}</html>`,
        'text/html',
      );
      document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    }, NEW_PAGE);
    await expect.poll(() => allHighlighted(page), poll).toEqual(['close to 600,000']);
    expect(await highlightedIds(page)).toEqual(['late']);
    // The card opens over the new page's claim: its host follows the new root.
    expect(await hoverCard(page, 'close to 600,000', poll)).toContain('600,000');
    await page.close();
  });

  it('reads the page a script writes over the loaded one with document.open() and write()', async () => {
    const page = await harness.openPage('/changes-root.html');
    await settledState(harness, page);
    expect(await allHighlighted(page)).toContain('More than 280,000');
    await page.evaluate((html) => {
      document.open();
      document.write(`<!doctype html><html lang="en">${html}</html>`);
      document.close();
    }, NEW_PAGE);
    await expect.poll(() => allHighlighted(page), poll).toEqual(['close to 600,000']);
    // document.open() erases the window's event listeners, the content script's among them: the card still opens.
    expect(await hoverCard(page, 'close to 600,000', poll)).toContain('600,000');
    await page.close();
  });

  it('opens a card after a page wrote a new document over itself while the site was switched off', async () => {
    const page = await harness.openPage('/changes-root.html');
    await settledState(harness, page);
    const on = { version: 1, paused: false, defaultMode: 'all-sites', sites: {} };
    try {
      await storeSettings(harness, { ...on, paused: true });
      await expect.poll(() => allHighlighted(page), poll).toEqual([]);
      await page.evaluate((html) => {
        document.open();
        document.write(`<!doctype html><html lang="en">${html}</html>`);
        document.close();
      }, NEW_PAGE);
    } finally {
      await storeSettings(harness, on);
    }
    await expect.poll(() => allHighlighted(page), poll).toEqual(['close to 600,000']);
    expect(await hoverCard(page, 'close to 600,000', poll)).toContain('600,000');
    await page.close();
  });

  it.each([
    ['/changes-date.html', 'meta[property="article:published_time"]', 'content'],
    ['/changes-time.html', '#published', 'datetime'],
  ])(
    '%s: reads the page again against the date a script sets in place (%s %s)',
    async (path, selector, name) => {
      const page = await harness.openPage(path);
      await settledState(harness, page);
      expect(await claims(page)).toEqual([expect.stringMatching(/^February 27 = .*"start":"2016-02-27"/)]);
      // As a single-page app does for its next article, keeping its address and its elements.
      await page.evaluate(
        ([selector, name]) => document.querySelector(selector!)!.setAttribute(name!, '2019-06-01T09:00:00Z'),
        [selector, name],
      );
      // The yearless day is now read in the page's new year.
      await expect
        .poll(() => claims(page), poll)
        .toEqual([expect.stringMatching(/^February 27 = .*"start":"2019-02-27"/)]);
      await page.close();
    },
  );

  it('reads the page again against the date a script writes into JSON-LD in the body', async () => {
    const page = await harness.openPage('/changes-jsonld.html');
    await settledState(harness, page);
    expect(await claims(page)).toEqual([expect.stringMatching(/^February 27 = .*"start":"2016-02-27"/)]);
    await page.evaluate(() => {
      document.querySelector('script[type="application/ld+json"]')!.textContent =
        '{ "@type": "NewsArticle", "datePublished": "2019-06-01T09:00:00Z" }';
    });
    await expect
      .poll(() => claims(page), poll)
      .toEqual([expect.stringMatching(/^February 27 = .*"start":"2019-02-27"/)]);
    await page.close();
  });

  it('neither reads nor highlights a document in design mode, and reads it again once it is off', async () => {
    const page = await harness.openPage('/changes-design.html');
    await settledState(harness, page);
    expect(await highlightedIds(page)).toEqual(['toll-line']);
    await page.evaluate(() => void (document.designMode = 'on'));
    // The reader types a claim the seeds state into the editable document.
    await page.click('#draft');
    await page.keyboard.press('End');
    await page.keyboard.type(` ${LATE_CLAIM}`);
    await expect.poll(() => allHighlighted(page), poll).toEqual([]);
    // Switched off by the page's script (nothing to observe), noticed at the reader's next click.
    await page.evaluate(() => void (document.designMode = 'off'));
    await page.mouse.click(5, 5);
    await expect.poll(() => highlightedIds(page), poll).toEqual(['draft', 'toll-line']);
    await page.close();
  });
});
