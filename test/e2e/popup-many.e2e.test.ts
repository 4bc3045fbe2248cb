/**
 * The popup on a page with many claims, most of them repeats (a live blog that reprints its summary with each
 * update): identical claims are one entry that says how often the page has them, "Show on page" steps through
 * them, and "Only where a source differs from this page" is a keyboard-usable filter whose count follows it.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, ROOT, type Harness } from './harness';

const REPEATS = 5;

/**
 * article.html's story, reprinted REPEATS times, each in a section of its own; only the activists' toll changes
 * from one update to the next (250,000, 240,000 …), so that the page also has claims it states once.
 */
function manyPage(): string {
  const html = readFileSync(join(ROOT, 'test/e2e/pages/article.html'), 'utf8');
  const story = /<article id="story">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  const sections = Array.from(
    { length: REPEATS },
    (_, i) =>
      `<section id="s${i + 1}"><h2>Update ${i + 1}</h2>${story
        .replace(/ id="[^"]*"/g, '')
        .replace('250,000', `${250 - 10 * i},000`)}</section>`,
  );
  return html.replace(/<article id="story">[\s\S]*?<\/article>/, `<article>${sections.join('\n')}</article>`);
}

describe('popup on a page with many repeated claims', () => {
  let harness: Harness;
  let page: Page;
  let popup: Page;
  let total = 0;
  let differ = 0;

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/many.html': manyPage },
    });
    page = await harness.openPage('/many.html');
    popup = await harness.openPopup(page);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popupListed(popup, 30_000);
    const status = (await popup.getByTestId('status').textContent()) ?? '';
    const counts =
      /^(\d+) claims with context on this page \(\d+ different\) · (\d+) where a source differs$/.exec(
        status,
      );
    total = Number(counts?.[1]);
    differ = Number(counts?.[2]);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists each repeated claim once, saying how often the page has it', async () => {
    expect(total).toBeGreaterThan(0);
    const counts = await popup
      .locator('[data-testid="claim"]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts.length).toBeLessThan(total / 2);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(REPEATS);
    const repeats = await popup.getByTestId('claim-repeat').allTextContents();
    expect(repeats).toEqual(counts.filter((n) => n > 1).map(() => `${REPEATS} times on this page`));
  });

  it('"Show on page" steps through the occurrences on the page', async () => {
    const item = popup.locator('[data-testid="claim"]').filter({
      has: popup.locator('[data-testid="claim-text"]', { hasText: '280,000' }),
    });
    await item.locator('.claim-toggle').click();
    const focused = () =>
      page.evaluate(() => {
        const focus = CSS.highlights.get('claim-lens-focus');
        const range = focus ? [...focus][0] : undefined;
        return range ? range.startContainer.parentElement?.closest('section')?.id : undefined;
      });
    await expect.poll(focused).toBe('s1');
    const button = item.getByTestId('show-on-page');
    expect(await button.textContent()).toBe(`Show place 2 of ${REPEATS} on the page`);
    await button.click();
    await expect.poll(focused).toBe('s2');
    expect(await button.textContent()).toBe(`Show place 3 of ${REPEATS} on the page`);
    await item.locator('.claim-toggle').click();
  });

  it('"Only where a source differs from this page" filters from the keyboard, and the count follows', async () => {
    const entries = await popup.locator('[data-testid="claim"]').count();
    const count = popup.getByTestId('list-count');
    expect(await count.textContent()).toBe(`Showing all ${entries} entries`);
    const box = popup.getByRole('checkbox', { name: 'Only where a source differs from this page' });
    // Start the keyboard's walk at the top: a click on the heading moves the focus starting point there.
    await popup.getByRole('heading', { level: 1 }).click();
    let onBox = false;
    for (let i = 0; i < 12 && !onBox; i++) {
      await popup.keyboard.press('Tab');
      onBox = await popup.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'filter-differ',
      );
    }
    expect(onBox).toBe(true);
    await popup.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    const shown = await popup
      .locator('[data-testid="claim"]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
    // The status line counts entries where a source differs, as the filter shows them.
    expect(shown.length).toBe(differ);
    expect(shown.length).toBeLessThan(entries);
    expect(await count.textContent()).toBe(`Showing ${shown.length} of ${entries} entries`);
    const badges = await popup.getByTestId('claim-badge').allTextContents();
    expect(badges.every((b) => /^(Sources? differs?|Wording differs)$/.test(b))).toBe(true);

    const shots = process.env.CLAIM_LENS_SHOTS ?? tmpdir();
    await popup.keyboard.press('Space');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot({ path: join(shots, 'claim-lens-popup-many.png') });
    await popup.screenshot({ path: join(shots, 'claim-lens-popup-many-full.png'), fullPage: true });
    await box.check();
    await popup.screenshot({ path: join(shots, 'claim-lens-popup-many-filtered.png') });
    await box.uncheck();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
