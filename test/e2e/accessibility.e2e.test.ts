/**
 * An automated accessibility audit (axe-core: WCAG 2.1 A and AA, and its best practices) of every surface a reader
 * uses, light and dark: the popup (claims with matches and variance, every entry open, many claims and their
 * filter, the page's preview before adding it, no claims, the site switched off) in the toolbar's layout and the
 * full view's; the options page with the reader's own documents (wide and narrow), a refused file, a document's
 * details being edited, sites of their own and an entry it cannot read; the check page with a text checked and one
 * with nothing found; and the hover card, opened by the pointer, by the step key, on a quote worded otherwise and
 * on a dark page. Any violation fails the test, listed rule by rule with the failing elements. What axe cannot
 * see (Tab order, focus rings, keys, live regions) is checked in keyboard-reach.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';
import { allHighlighted, cardDialogs, hoverCard, sendTab, storeSettings, waitFor } from './content-helpers';
import { submitTextFile } from './add-document';
import { audit, describeViolations, openCardToAxe, type AxeScope } from './axe';
import { DARK_PAGE, DOCUMENT, manyPage, TEXT } from './accessibility-pages';

const poll = { timeout: 15_000, interval: 100 };
const SCHEMES = ['light', 'dark'] as const;

/** Audits `page` and fails, listing every violation, when there is any. */
async function expectNoViolations(page: Page, what: string, scope?: AxeScope): Promise<void> {
  const lines = describeViolations(await audit(page, scope));
  expect(lines, `${what}:\n${lines.join('\n')}`).toEqual([]);
}

describe('accessibility audit (axe-core)', () => {
  let harness: Harness;
  let article: Page;

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/dark-page.html': () => DARK_PAGE, '/many.html': manyPage },
    });
    article = await harness.openPage('/article.html');
    await waitFor(
      () => allHighlighted(article),
      (list) => list.length > 2,
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The popup for `page` in a scheme, in the toolbar's layout (400 px, no `full`) or the full view's. */
  async function popupFor(page: Page, scheme: 'light' | 'dark', full: boolean): Promise<Page> {
    const popup = await harness.openPopup(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize(full ? { width: 1280, height: 800 } : { width: 400, height: 600 });
    await popup.getByTestId('status').waitFor({ timeout: 15_000 });
    if (!full) await popup.evaluate(() => document.querySelector('.app')?.classList.remove('full'));
    return popup;
  }

  describe.each(SCHEMES)('popup, %s', (scheme) => {
    it.each([
      ['the toolbar layout', false],
      ['the full view', true],
    ])('%s: claims with matches and variance', async (what, full) => {
      const popup = await popupFor(article, scheme, full);
      await popupListed(popup);
      await expectNoViolations(popup, `popup ${scheme}, ${what}, listed`);
      await popup.close();
    });

    it('every entry open: a figure sources differ on, a quote worded otherwise, a date said less precisely', async () => {
      const popup = await popupFor(article, scheme, false);
      await popupListed(popup);
      const toggles = popup.locator('.claim-toggle');
      for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
      await expect.poll(() => popup.locator('.claim-toggle[aria-expanded="false"]').count(), poll).toBe(0);
      await expect.poll(() => popup.locator('.quote-diff').count(), poll).toBeGreaterThan(0);
      await expectNoViolations(popup, `popup ${scheme}, every entry open`);
      await popup.close();
    });

    it('the page’s preview before adding it to the reader’s documents', async () => {
      const popup = await popupFor(article, scheme, false);
      await popupListed(popup);
      const start = popup.getByTestId('add-page-start');
      await expect.poll(() => start.isEnabled(), poll).toBe(true);
      await start.click();
      await popup.getByTestId('add-page-preview').waitFor({ timeout: 15_000 });
      await expectNoViolations(popup, `popup ${scheme}, add-page preview`);
      await popup.close();
    });

    it('many claims: the filter, its count and "Show all"', async () => {
      const page = await harness.openPage('/many.html');
      const popup = await popupFor(page, scheme, false);
      await popupListed(popup, 30_000);
      await popup.getByTestId('filter-differ').waitFor({ timeout: 15_000 });
      await expectNoViolations(popup, `popup ${scheme}, many claims`);
      await popup.getByTestId('filter-differ').check();
      await expectNoViolations(popup, `popup ${scheme}, many claims filtered`);
      await popup.close();
      await page.close();
    });

    it('no claims with context on the page', async () => {
      const page = await harness.openPage('/popup-no-context.html');
      const popup = await popupFor(page, scheme, false);
      await expect
        .poll(() => popup.getByTestId('status').textContent(), poll)
        .toBe('No claims with context on this page');
      await expectNoViolations(popup, `popup ${scheme}, no claims`);
      await popup.close();
      await page.close();
    });

    it('the site switched off', async () => {
      const popup = await popupFor(article, scheme, false);
      await popupListed(popup);
      const button = popup.getByTestId('site-switch');
      await button.click();
      await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('false');
      await expectNoViolations(popup, `popup ${scheme}, site off`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('true');
      await popup.close();
    });
  });

  describe.each(SCHEMES)('options page, %s', (scheme) => {
    let options: Page;
    beforeAll(async () => {
      options = await harness.context.newPage();
      options.on('dialog', (dialog) => void dialog.accept());
      await options.goto(harness.extensionUrl('src/options/index.html'));
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByTestId('documents').waitFor({ timeout: 15_000 });
      if ((await options.locator('tr[data-doc="user-riverton"]').count()) === 0) {
        await submitTextFile(options, 'riverton.txt', DOCUMENT, { outlet: 'Valley Herald' });
        await waitFor(
          () => options.getByTestId('add-result').textContent(),
          (text) => text === 'Added 1 document: Floods in Riverton.',
        );
      }
      await options.locator('tr[data-doc="user-riverton"]').waitFor({ timeout: 15_000 });
    });
    afterAll(async () => {
      await options?.close();
    });

    it.each([
      ['wide', 1280],
      ['narrow', 320],
    ])('with the reader’s own documents (%s, %i px)', async (what, width) => {
      await options.setViewportSize({ width, height: 800 });
      await expectNoViolations(options, `options ${scheme}, ${what}`);
    });

    it('with a file refused, a document’s details being edited, and sites with settings of their own', async () => {
      await options.setViewportSize({ width: 1280, height: 800 });
      await storeSettings(harness, {
        version: 1,
        paused: false,
        defaultMode: 'all-sites',
        sites: { 'example.org': false, 'news.example': true },
      });
      await options.getByTestId('sites').waitFor({ timeout: 15_000 });
      await options.getByTestId('add-files').setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0xff, 0xd8, 0x00, 0x10]),
      });
      await options.getByTestId('add-submit').click();
      await options.getByTestId('add-errors').waitFor({ timeout: 15_000 });
      await options.locator('tr[data-doc="user-riverton"] .edit').click();
      await options.getByTestId('edit-document').waitFor({ timeout: 15_000 });
      try {
        await expectNoViolations(options, `options ${scheme}, refusal, edit, sites`);
      } finally {
        await options.getByTestId('edit-cancel').click();
        await storeSettings(harness, { version: 1, paused: false, defaultMode: 'all-sites', sites: {} });
      }
    });

    it('with a stored entry it cannot read, and the offer to remove it', async () => {
      const storage = (items: object | null) =>
        harness.serviceWorker().then((worker) =>
          worker.evaluate(async (set) => {
            const local = (
              globalThis as unknown as {
                chrome: {
                  storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
                };
              }
            ).chrome.storage.local;
            await (set ? local.set(set) : local.remove('userDocuments.91'));
          }, items),
        );
      await storage({ 'userDocuments.91': { format: 'from a newer Claim Lens' } });
      await options.reload();
      await options.getByTestId('user-problems').waitFor({ timeout: 15_000 });
      try {
        await expectNoViolations(options, `options ${scheme}, unreadable`);
      } finally {
        await storage(null);
        await options.reload();
        await options.getByTestId('documents').waitFor({ timeout: 15_000 });
      }
    });
  });

  describe.each(SCHEMES)('check page, %s', (scheme) => {
    it('with a text checked', async () => {
      const page = await harness.context.newPage();
      await page.goto(harness.extensionUrl('src/check/index.html'));
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByLabel('Text to check').fill(TEXT);
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('check-status').textContent(), poll)
        .toMatch(/in this text$|this text ·/);
      await expectNoViolations(page, `check ${scheme}`);
      await page.close();
    });

    it('with a text in which nothing was found', async () => {
      const page = await harness.context.newPage();
      await page.goto(harness.extensionUrl('src/check/index.html'));
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByLabel('Text to check').fill('The weather was fine and everyone went home happy.');
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.getByTestId('check-nothing').waitFor({ timeout: 15_000 });
      await expectNoViolations(page, `check ${scheme}, nothing`);
      await page.close();
    });
  });

  describe('the hover card', () => {
    /**
     * Audits the open card on `page` (see openCardToAxe). Its source list (or, in a card cut to fit, its body)
     * scrolls with no control inside, which axe's scrollable-region-focusable wants given a tabindex. Chromium
     * (since 130) and Firefox, the browsers Claim Lens runs in, make such a scroller a tab stop themselves, and
     * only while it scrolls; keyboard-reach.e2e.test.ts checks that Tab reaches it and an arrow key scrolls it. A
     * tabindex of its own would add a stop on a list too short to scroll.
     */
    async function auditCard(page: Page, what: string): Promise<void> {
      const card = await openCardToAxe(page);
      try {
        await expectNoViolations(page, what, {
          include: card.host,
          exceptions: [{ rule: 'scrollable-region-focusable', targets: ['ul', '.body'] }],
        });
      } finally {
        await card.restore();
      }
    }

    it('opened by the pointer on a claim', async () => {
      await hoverCard(article, '250,000', poll);
      await auditCard(article, 'card, hover');
      await article.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(0);
    });

    it('opened by the keyboard step, with focus in it', async () => {
      expect((await sendTab<{ found: boolean }>(harness, article, 'stepClaim', { direction: 1 })).found).toBe(
        true,
      );
      await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(1);
      await auditCard(article, 'card, keyboard');
      await article.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(0);
    });

    it('on a quote its sources word otherwise, with the wording differences', async () => {
      const quote = (await allHighlighted(article)).find((text) => text.includes('We are also ready'));
      expect(quote).toBeDefined();
      // A screen reader says nothing of <ins> and <del>: the card says each change in words of its own.
      const text = await hoverCard(article, quote!, poll);
      expect(text).toMatch(/only on this page: ready/);
      expect(text).toMatch(/only in the source: (are )?prepared/);
      await auditCard(article, 'card, quote');
      await article.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(article)).length, poll).toBe(0);
    });

    it('dark, on a dark page', async () => {
      const page = await harness.openPage('/dark-page.html');
      await waitFor(
        () => allHighlighted(page),
        (list) => list.length >= 1,
      );
      await hoverCard(page, '250,000', poll);
      await auditCard(page, 'card, dark');
      await page.close();
    });
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
