/**
 * The popup for a real article (test/e2e/pages/article.html) with the real engine and content script: the
 * claims with context, their sources and relations as the bundled corpus states them, quote differences,
 * revealing a claim on the page, `#claim=`, the toolbar badge, and the README screenshot.
 *
 * The expectations come from what the corpus says (seeds/*.txt), not from the engine's output: the page's
 * "more than 280,000" is what two corpus documents say; its "250,000" contradicts them; the unrelated
 * sidebar (marathon, phone sales, a coach's quote, a recipe) has no context in a corpus about Syria.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sourceRows } from './claim-list-rows';
import { launchExtension, popupListed, ROOT, type Harness } from './harness';

/** The bit of the chrome.* API evaluated in the service worker. */
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

const MIDDLE_EAST_ONLINE = 'The Middle East Online';
const ARUTZ_SHEVA = 'Arutz Sheva (Israel National News)';

describe('popup on article.html', () => {
  let harness: Harness;
  let page: Page;
  let popup: Page;

  /** The list item of the claim whose wording contains `text`. */
  const claim = (text: string): Locator =>
    popup.locator('[data-testid="claim"]').filter({
      has: popup.locator('[data-testid="claim-text"]', { hasText: text }),
    });

  /** Expands a claim (once) and returns its item. */
  async function expand(text: string): Promise<Locator> {
    const item = claim(text);
    await expect.poll(() => item.count(), { timeout: 5_000 }).toBe(1);
    const toggle = item.locator('.claim-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return item;
  }

  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    page = await harness.openPage('/article.html');
    popup = await harness.openPopup(page);
    await popupListed(popup);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the page, its host switch and a summary line', async () => {
    expect(await popup.getByTestId('host').textContent()).toBe('127.0.0.1');
    expect(
      await popup.getByRole('switch', { name: 'Claim Lens on 127.0.0.1' }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(await popup.getByTestId('status').textContent()).toMatch(
      /^\d+ claims with context on this page · \d+ where a source differs$/,
    );
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Claim Lens');
  });

  it('lists nothing from the unrelated sidebar', async () => {
    const texts = await popup.getByTestId('claim-text').allTextContents();
    for (const unrelated of [
      '12,000',
      '2 hours',
      '3 million',
      'March 3',
      'best season',
      '180',
      '25 minutes',
    ]) {
      expect(texts.join(' | ')).not.toContain(unrelated);
    }
  });

  it('lists the claims in page order', async () => {
    const texts = await popup.getByTestId('claim-text').allTextContents();
    const order = ['600,000', 'Russia needs to understand', 'We are also ready', '250,000'].map((t) =>
      texts.findIndex((x) => x.includes(t)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('"more than 280,000" lives: two corpus sources agree', async () => {
    const item = await expand('280,000');
    const rows = await sourceRows(item);
    expect(rows).toEqual(
      expect.arrayContaining([
        [MIDDLE_EAST_ONLINE, 'Agrees'],
        [ARUTZ_SHEVA, 'Agrees'],
      ]),
    );
  });

  it('"250,000" killed: the corpus sources give a different figure', async () => {
    const item = await expand('250,000');
    expect(await item.getByTestId('claim-badge').textContent()).toBe('Sources differ');
    const rows = await sourceRows(item);
    expect(rows).toEqual(
      expect.arrayContaining([
        [MIDDLE_EAST_ONLINE, 'Differs'],
        [ARUTZ_SHEVA, 'Differs'],
      ]),
    );
    const marks = await item.locator('.sources [data-testid="passage"] mark').allTextContents();
    expect(marks.every((m) => m.includes('280,000'))).toBe(true);
    expect(await item.locator('.relation-sentence').first().textContent()).toContain('280,000');
  });

  it('"close to 600,000" in besieged areas: Arutz Sheva agrees, with its passage and emphasis', async () => {
    const item = await expand('600,000');
    expect(await sourceRows(item)).toEqual([[ARUTZ_SHEVA, 'Agrees']]);
    expect(await item.getByTestId('source-title').textContent()).toBe(
      "Kerry tells Russia US patience on Syria 'limited'",
    );
    // Undated, but placed in time by the truce it reports, as the dated 004 does.
    expect(await item.getByTestId('source-date').textContent()).toBe(
      'undated, written 27 February 2016 – 26 February 2017',
    );
    expect(await item.locator('.sources [data-testid="passage"] mark').textContent()).toBe('nearly 600,000');
  });

  it('aid access to "15 of the 18" besieged areas is not shown as contradicted', async () => {
    const badges = await popup
      .locator('[data-testid="claim"]')
      .filter({ has: popup.locator('[data-testid="claim-text"]', { hasText: /^(15|18)\b/ }) })
      .getByTestId('claim-badge')
      .allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((b) => /differ/i.test(b))).toEqual([]);
  });

  it('the truce date, February 27, is stated by Arutz Sheva', async () => {
    const item = await expand('February 27');
    expect((await sourceRows(item)).map(([outlet]) => outlet)).toContain(ARUTZ_SHEVA);
  });

  it("Kerry's quote: three sources have the same words", async () => {
    const item = await expand('Russia needs to understand');
    // Sources that differ among themselves only editorially ("[Bashar] Al-Assad" / "Assad") would be a note,
    // never the page's quote contradicted.
    expect(await item.getByTestId('claim-badge').textContent()).toBe('Sources agree');
    expect(await item.getByTestId('corpus-disagrees').count()).toBe(0);
    const rows = await sourceRows(item);
    expect(rows.map(([outlet]) => outlet)).toEqual(
      expect.arrayContaining([MIDDLE_EAST_ONLINE, ARUTZ_SHEVA, 'unknown outlet']),
    );
    expect(rows.every(([, relation]) => relation === 'Agrees')).toBe(true);
    const marks = await item.locator('.sources [data-testid="passage"] mark').allTextContents();
    for (const mark of marks)
      expect(mark).toContain('Russia needs to understand that our patience is not infinite');
    expect(await item.locator('ins, del').count()).toBe(0);
  });

  it('the reworded quote shows its word differences against the page and between sources', async () => {
    const item = await expand('We are also ready');
    expect(await item.getByTestId('claim-badge').textContent()).toBe('Wording differs');
    const rows = await sourceRows(item);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every(([, relation]) => relation === 'Reworded')).toBe(true);
    const first = item.getByTestId('source').first();
    const againstPage = first.getByTestId('quote-diff').filter({ hasText: 'Against the page' });
    expect((await againstPage.locator('.diff-text del').allTextContents()).join(' ')).toContain('ready');
    expect((await againstPage.locator('.diff-text ins').allTextContents()).join(' ')).toContain('prepared');
    // "We are also prepared" against "We also are prepared": the sources' own wordings differ too.
    const betweenSources = item.getByTestId('quote-diff').filter({ hasText: /^Against (?!the page)/ });
    expect(await betweenSources.count()).toBeGreaterThan(0);
    expect(await betweenSources.first().locator('.diff-text ins, .diff-text del').count()).toBeGreaterThan(0);
    expect(await item.getByTestId('corpus-disagrees').count()).toBe(1);
  });

  it('clicking a claim scrolls the page to it and marks it briefly', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const item = claim('250,000');
    const toggle = item.locator('.claim-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await toggle.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focus = CSS.highlights.get('claim-lens-focus');
          return focus ? [...focus].map((range) => range.toString()) : [];
        }),
      )
      .toEqual([expect.stringContaining('250,000')]);
  });

  it('is usable with the keyboard alone: Tab reaches the claims, Enter expands one', async () => {
    const keyboard = await harness.openPopup(page);
    await expect
      .poll(() => keyboard.locator('.claim-toggle').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    let focused = '';
    for (let i = 0; i < 6 && !focused.includes('claim-toggle'); i++) {
      await keyboard.keyboard.press('Tab');
      focused = await keyboard.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('claim-toggle');
    await keyboard.keyboard.press('Enter');
    expect(await keyboard.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await keyboard.close();
  });

  it('#claim= opens the full view at that claim, expanded', async () => {
    const id = await claim('250,000').getAttribute('data-claim-id');
    const tabId = await harness.tabIdOf(page);
    const full = await harness.context.newPage();
    await full.goto(
      harness.extensionUrl(`src/popup/index.html?tab=${tabId}#claim=${encodeURIComponent(id ?? '')}`),
    );
    const item = full.locator(`[data-claim-id="${id}"]`);
    await expect
      .poll(() => item.locator('.claim-toggle').getAttribute('aria-expanded'), { timeout: 15_000 })
      .toBe('true');
    await expect
      .poll(() =>
        full.evaluate(() =>
          document.activeElement?.closest('[data-testid="claim"]')?.getAttribute('data-claim-id'),
        ),
      )
      .toBe(id);
    await full.close();
  });

  it('the toolbar popup offers "Open full view", which opens the full view of the tab it shows', async () => {
    // The toolbar popup has no ?tab=; opened as a page, the active tab it shows is its own.
    const toolbar = await harness.context.newPage();
    await toolbar.goto(harness.extensionUrl('src/popup/index.html'));
    const shownTab = await harness.tabIdOf(toolbar);
    await expect.poll(() => toolbar.getByTestId('open-full-view').count(), { timeout: 15_000 }).toBe(1);
    const [opened] = await Promise.all([
      harness.context.waitForEvent('page'),
      toolbar.getByTestId('open-full-view').click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(harness.extensionUrl(`src/popup/index.html?tab=${shownTab}`));
    await opened.close();
    if (!toolbar.isClosed()) await toolbar.close();
  });

  it('the toolbar badge shows the number of claims with context', async () => {
    // A claim the page repeats is one entry that counts its occurrences.
    const counts = await popup
      .locator('[data-testid="claim"]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
    const count = counts.reduce((a, b) => a + b, 0);
    const tabId = await harness.tabIdOf(page);
    const worker = await harness.serviceWorker();
    await expect
      .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe(String(count));
  });

  it('takes the README screenshot (400×600)', async () => {
    const shot = await harness.openPopup(page);
    await shot.setViewportSize({ width: 400, height: 600 });
    await expect
      .poll(() => shot.locator('[data-testid="claim"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await shot.locator('.claim-toggle').first().click();
    await shot.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    await shot.screenshot({ path: join(ROOT, 'docs/popup.png') });
    await shot.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
