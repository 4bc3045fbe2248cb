/**
 * "Show on page" in the popup's full view, in Chromium with the built extension, for a claim the page cannot show:
 * one whose text the page took away after the list was made, and one cut off in a box that does not scroll. The
 * content script answers `found: false` to both; the popup says so beside the button, in a live region, where it
 * used to do nothing at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';

/** What the popup says (REVEAL_NOTE_WORDS['not-shown'] in src/popup/use-reveal-note.ts). */
const NOT_SHOWN =
  'Claim Lens can’t show this claim: it may no longer be on the page, or be somewhere the page can’t scroll to.';

/** What the notes under `within` say, '' when there is none (a locator's textContent would wait for one). */
const said = async (within: Locator): Promise<string> => (await within.allTextContents()).join('');

/** The popup's entry for the claim reading `text`. */
const entry = (popup: Page, text: string): Locator =>
  popup
    .getByTestId('claim')
    .filter({ has: popup.getByTestId('claim-text').getByText(text, { exact: true }) });

/** What firstNote resolves with when the entry left the list before any note was said. */
const UNSAID = '(the entry left the list without a word)';

/**
 * Starts recording, in the popup, the first words a "Show on page" note says: the page drops a removed claim from
 * its list at its next rescan, and the entry with its note goes then too, so a look after the fact could miss
 * it. Resolves with the words, or UNSAID once the entry of `claimId` is gone with none said.
 */
function firstNote(popup: Page, claimId: string): Promise<string> {
  return popup.evaluate(
    ({ id, unsaid }) =>
      new Promise<string>((resolve) => {
        const observer = new MutationObserver(() => {
          for (const note of document.querySelectorAll('[data-testid="reveal-note"]')) {
            const words = note.textContent ?? '';
            if (words === '') continue;
            observer.disconnect();
            resolve(words);
            return;
          }
          if (document.querySelector(`[data-claim-id="${id}"]`) !== null) return;
          observer.disconnect();
          resolve(unsaid);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    { id: claimId, unsaid: UNSAID },
  );
}

describe('the popup says when "Show on page" cannot show a claim', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The fixture page, and its popup's full view with every claim listed. */
  async function open(): Promise<{ page: Page; popup: Page }> {
    const page = await harness.openPage('/reveal-gone.html');
    const popup = await harness.openPopup(page);
    await popupListed(popup);
    return { page, popup };
  }

  it('says the claim cannot be shown when the page took its text away since the list was made', async () => {
    const { page, popup } = await open();
    try {
      const item = entry(popup, 'More than 280,000');
      await item.locator('.claim-toggle').click();
      const button = item.getByTestId('show-on-page');
      await button.waitFor();
      const heard = firstNote(popup, (await item.getAttribute('data-claim-id'))!);
      // The page's own script rewrites the story; the popup still lists the claim until the page is read again.
      await page.evaluate(() => {
        document.getElementById('story')!.textContent = 'The story was withdrawn.';
      });
      await button.click();
      expect(await heard).toBe(NOT_SHOWN);
      // The page was read again meanwhile or will be: the claim leaves the list, and its note with it.
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says the claim cannot be shown when it is cut off in a box that does not scroll, and keeps saying it', async () => {
    const { page, popup } = await open();
    try {
      const cut = entry(popup, 'February 27');
      await cut.locator('.claim-toggle').click();
      await cut.getByTestId('show-on-page').click();
      const note = cut.getByTestId('reveal-note');
      await expect.poll(() => said(note), { timeout: 10_000 }).toBe(NOT_SHOWN);
      // A screen reader hears it: the live region is found by its role, with the words.
      expect(await popup.getByRole('status').filter({ hasText: NOT_SHOWN }).count()).toBe(1);
      // Nothing on the page changed, so the list did not, and the note stays.
      expect(await popup.getByTestId('claim').count()).toBeGreaterThanOrEqual(2);
      expect(await said(note)).toBe(NOT_SHOWN);

      // Another entry shown, one the page can show: the note goes.
      const shown = entry(popup, 'More than 280,000');
      await shown.locator('.claim-toggle').click();
      await shown.getByTestId('show-on-page').click();
      await expect.poll(() => said(note), { timeout: 10_000 }).toBe('');
      expect(await said(shown.getByTestId('reveal-note'))).toBe('');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
