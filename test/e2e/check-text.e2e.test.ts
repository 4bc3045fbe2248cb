/**
 * "Check a text" in the built extension: a pasted text's claims listed with their sources and relations as the
 * bundled corpus states them, a text without claims said so, a text the context menu hands over through
 * storage.session filled in and checked, the page's selection read for the menu item (the native menu cannot be
 * clicked headless: the worker's request is sent from the worker by hand), the menu item itself, and the options
 * page's link. Screenshots of the page with results, light (docs/check-text.png, in the README) and dark
 * (test-results/).
 *
 * The expectations come from the seeds: two sources say "more than 280,000" killed, so the text's "more than
 * 250,000" is contradicted by both; Arutz Sheva dates the war's start to March 2011.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CHECK_TEXT_LIMITS } from '../../src/shared/messages';
import { sourceRows } from './claim-list-rows';
import { launchExtension, ROOT, type Harness } from './harness';

/** The bit of the chrome.* API evaluated in the service worker. */
declare const chrome: {
  storage: {
    session: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<object> };
  };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  tabs: { sendMessage(tabId: number, message: object, options: { frameId: number }): Promise<unknown> };
};

/** A page to select in: a heading, paragraphs and a list, and a part longer than the check page takes. */
const SELECTION_PAGE = `<!doctype html><html><head><title>Selection</title></head><body>
<div id="short"><h2>Syria in numbers</h2><p>The war began in March 2011</p><p>More than 280,000 people were killed.</p>
<ul><li>first item</li><li>second item</li></ul></div>
<div id="long">${'<p>In March 2011 the war began, and more than 280,000 people were killed by 2019.</p>'.repeat(3_000)}</div>
</body></html>`;

const MIDDLE_EAST_ONLINE = 'The Middle East Online';
const ARUTZ_SHEVA = 'Arutz Sheva (Israel National News)';
const TEXT = [
  'Memo: the war in numbers',
  '',
  "Syria's war has killed more than 250,000 people since March 2011.",
  'The marathon had 12,000 runners last Sunday.',
].join('\n');

describe('check a text', () => {
  let harness: Harness;
  let page: Page;

  /** The list item of the claim whose wording contains `text`. */
  const claim = (text: string): Locator =>
    page.locator('[data-testid="claim"]').filter({
      has: page.locator('[data-testid="claim-text"]', { hasText: text }),
    });

  /** Pastes `text` into the box, presses Check and waits for the answer. */
  async function check(text: string): Promise<string> {
    await page.getByLabel('Text to check').fill(text);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const status = page.getByTestId('check-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/in this text$|this text ·/);
    return (await status.textContent()) ?? '';
  }

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/selection.html': () => SELECTION_PAGE },
    });
    page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('src/check/index.html'));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists the claim the corpus contradicts, with its sources and their relation', async () => {
    expect(await check(TEXT)).toBe('2 claims with context in this text · 1 where a source differs');
    const figure = claim('more than 250,000');
    expect(await figure.getByTestId('claim-badge').textContent()).toBe('Sources differ');
    await figure.locator('.claim-toggle').click();
    expect(await sourceRows(figure)).toEqual(
      expect.arrayContaining([
        [MIDDLE_EAST_ONLINE, 'Differs'],
        [ARUTZ_SHEVA, 'Differs'],
      ]),
    );
    const marks = await figure.locator('.sources [data-testid="passage"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /280,000/.test(m))).toBe(true);
    expect(await figure.getByTestId('page-sentence').textContent()).toContain('In this text');
    // A pasted text has no page to show the claim on.
    expect(await page.getByTestId('show-on-page').count()).toBe(0);
    const date = claim('March 2011');
    await date.locator('.claim-toggle').click();
    expect(await sourceRows(date)).toContainEqual([ARUTZ_SHEVA, 'Agrees']);
    expect(await page.getByTestId('check-unmatched').textContent()).toBe(
      '2 other claims found in the text have no context in the corpus.',
    );
  });

  it('takes the screenshots of the page with results, light and dark', async () => {
    await page.setViewportSize({ width: 900, height: 1100 });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: join(ROOT, 'docs/check-text.png'), fullPage: true });
    await mkdir(join(ROOT, 'test-results'), { recursive: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ROOT, 'test-results/check-text-dark.png'), fullPage: true });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(23, 25, 30)',
    );
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('says so when the text has no claim', async () => {
    expect(await check('The committee met again to talk about the agenda of the next meeting.')).toBe(
      'No claims found in this text',
    );
    expect(await page.getByTestId('check-nothing').textContent()).toContain('found none here');
    expect(await page.getByTestId('claim').count()).toBe(0);
  });

  it('is usable with the keyboard: Tab from the text box reaches the date, then Check', async () => {
    await page.getByLabel('Text to check').fill(TEXT);
    await page.getByLabel('Text to check').focus();
    const seen: string[] = [];
    for (let i = 0; i < 6 && !seen.includes('check-submit'); i++) {
      await page.keyboard.press('Tab');
      seen.push((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ?? '');
    }
    expect(seen).toContain('check-date');
    expect(seen.at(-1)).toBe('check-submit');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('check-status').textContent(), { timeout: 15_000 })
      .toMatch(/^2 claims with context/);
  });

  it('checks from the text box on Ctrl+Enter, and says so by the Check button', async () => {
    expect(await check('The committee met again to talk about the agenda of the next meeting.')).toBe(
      'No claims found in this text',
    );
    const box = page.getByLabel('Text to check');
    await box.fill(TEXT);
    await box.focus();
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByTestId('check-status').textContent(), { timeout: 15_000 })
      .toMatch(/^2 claims with context/);
    expect(await box.inputValue()).toBe(TEXT);
    expect(await page.getByTestId('check-keys').textContent()).toBe('or Ctrl+Enter');
  });

  it('counts no document as a source on its own text: a bundled article pasted whole', async () => {
    const article = readFileSync(join(ROOT, 'seeds/000_e4e932a64afb5874.txt'), 'utf8');
    expect(await check(article)).toMatch(/claims with context in this text/);
    const items = page.locator('[data-testid="claim"]');
    const rows: [string, string][] = [];
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).locator('.claim-toggle').click();
      rows.push(...(await sourceRows(items.nth(i))));
    }
    // Other articles still state its claims; the article itself is none of them.
    expect(rows).toContainEqual([ARUTZ_SHEVA, 'Agrees']);
    expect(rows.map(([outlet]) => outlet)).not.toContain(MIDDLE_EAST_ONLINE);
    expect(await page.getByTestId('check-itself').textContent()).toBe(
      `This text is in the corpus as “Syria Conflict: Kerry tells Russia patience is not “infinite”” (${MIDDLE_EAST_ONLINE}): that document is not counted as a source on it.`,
    );
    // Another text: nothing said.
    await check(TEXT);
    expect(await page.getByTestId('check-itself').count()).toBe(0);
  });

  it('says the results are out of date when "Written on" changes, and not over an emptied box', async () => {
    await check(TEXT);
    const stale = page.getByTestId('check-stale');
    expect(await stale.count()).toBe(0);
    await page.getByLabel('Written on (optional)').fill('2016-06-01');
    expect(await stale.textContent()).toBe(
      '“Written on” has changed since the text was checked: press Check again to update these results.',
    );
    await page.getByLabel('Written on (optional)').fill('');
    expect(await stale.count()).toBe(0);
    await page.getByLabel('Text to check').fill('');
    expect(await page.getByRole('button', { name: 'Check', exact: true }).isDisabled()).toBe(true);
    expect(await stale.count()).toBe(0);
  });

  it('reads a byline’s date as the text’s, not as a claim of it', async () => {
    expect(await check(`By Jane Doe, June 15, 2016\n\n${TEXT}`)).toBe(
      '2 claims with context in this text · 1 where a source differs',
    );
    // The marathon's two claims, as without the byline: its date is none.
    expect(await page.getByTestId('check-unmatched').textContent()).toBe(
      '2 other claims found in the text have no context in the corpus.',
    );
  });

  it('fills in and checks a text handed over in storage.session, read once, its key out of the address', async () => {
    const worker = await harness.serviceWorker();
    const text = "Syria's war has killed more than\n250,000 people since March 2011.";
    await worker.evaluate(
      (value) => chrome.storage.session.set({ 'checkText:e2e-key': { text: value, cut: null } }),
      text,
    );
    const handed = await harness.context.newPage();
    await handed.goto(harness.extensionUrl('src/check/index.html?handoff=e2e-key'));
    await expect
      .poll(() => handed.getByTestId('check-status').textContent(), { timeout: 15_000 })
      .toBe('2 claims with context in this text · 1 where a source differs');
    expect(await handed.getByLabel('Text to check').inputValue()).toBe(text);
    // The hard-wrapped figure was read whole.
    expect(await handed.getByTestId('claim-text').allTextContents()).toContain('more than 250,000');
    expect(new URL(handed.url()).search).toBe('');
    expect(await worker.evaluate(() => chrome.storage.session.get('checkText:e2e-key'))).toEqual({});
    await handed.close();
  });

  it('reads a page’s selection for the menu item with its line breaks, a long one cut with its length', async () => {
    const selected = await harness.openPage('/selection.html');
    const tabId = await harness.tabIdOf(selected);
    const worker = await harness.serviceWorker();
    /** Selects the element's text as a reader would, and asks the tab's content script for it as the worker does. */
    const selectAndAsk = async (id: string): Promise<{ page: string; answer: unknown }> => {
      const page = await selected.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(element)!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      }, id);
      const answer = await worker.evaluate(
        (tab) => chrome.tabs.sendMessage(tab, { type: 'getSelectedText', payload: {} }, { frameId: 0 }),
        tabId,
      );
      return { page, answer };
    };
    const short = await selectAndAsk('short');
    expect(short.page).toContain('March 2011\n\nMore than 280,000');
    expect(short.answer).toEqual({ ok: true, value: { text: short.page, chars: short.page.length } });
    const long = await selectAndAsk('long');
    expect(long.page.length).toBeGreaterThan(CHECK_TEXT_LIMITS.chars);
    expect(long.answer).toEqual({
      ok: true,
      value: { text: long.page.slice(0, CHECK_TEXT_LIMITS.chars), chars: long.page.length },
    });
    await selected.close();
  });

  it('has its context menu item, created on install', async () => {
    const worker = await harness.serviceWorker();
    // update() fails for an id that does not exist.
    await expect(
      worker.evaluate(() =>
        chrome.contextMenus.update('claim-lens-check-selection', {}).then(
          () => 'exists',
          (error: Error) => error.message,
        ),
      ),
    ).resolves.toBe('exists');
  });

  it('is linked from the options page', async () => {
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByRole('link', { name: 'Check a text…' }).click();
    await options.waitForURL(harness.extensionUrl('src/check/index.html'));
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe('Check a text');
    await options.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
