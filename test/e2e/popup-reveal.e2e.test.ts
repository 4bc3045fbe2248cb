/**
 * "Show on page" in the popup's full view, in Chromium with the built extension, for a claim the page cannot show:
 * one whose text the page took away after the list was made, and one cut off in a box that does not scroll. The
 * content script answers `found: false` to both, and says which; the popup says so beside the button, in a live
 * region, each in words of its own (it used to say one sentence for both, and before that nothing at all). The
 * full view stays in front when the page cannot show the claim, so that the note is seen; it brought the page's tab
 * forward first, and the note was said in the tab the reader had just left (helper 117).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { cardDialogs } from './content-helpers';
import { launchExtension, popupListed, type Harness } from './harness';

/** The bit of the chrome.* API evaluated inside the service worker: which tab is in front. */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

/** What the popup says of a claim whose text the page took away (REVEAL_NOTE_WORDS.gone in src/popup/use-reveal-note.ts). */
const GONE =
  'Claim Lens can’t show this claim: the page has removed or changed its text since this list was made.';
/** What it says of a claim cut off where no scroll reaches (REVEAL_NOTE_WORDS['cut-off']). */
const CUT_OFF =
  'Claim Lens can’t show this claim: it is on the page, but cut off where scrolling can’t reach it (inside a box, or past the page’s edge).';

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

  it('says the page took the claim’s text away since the list was made', async () => {
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
      expect(await heard).toBe(GONE);
      // The page was read again meanwhile or will be: the claim leaves the list, and its note with it.
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('says the claim is cut off where no scroll reaches it, and keeps saying it', async () => {
    const { page, popup } = await open();
    try {
      const cut = entry(popup, 'February 27');
      await cut.locator('.claim-toggle').click();
      await cut.getByTestId('show-on-page').click();
      const note = cut.getByTestId('reveal-note');
      await expect.poll(() => said(note), { timeout: 10_000 }).toBe(CUT_OFF);
      // A screen reader hears it: the live region is found by its role, with the words.
      expect(await popup.getByRole('status').filter({ hasText: CUT_OFF }).count()).toBe(1);
      // Nothing on the page changed, so the list did not, and the note stays.
      expect(await popup.getByTestId('claim').count()).toBeGreaterThanOrEqual(2);
      expect(await said(note)).toBe(CUT_OFF);

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

  it('keeps the full view in front, with its note, when the page cannot show the claim, and brings the page forward when it can', async () => {
    const { page, popup } = await open();
    const pageTab = await activeTabAfter(() => page.bringToFront());
    const popupTab = await activeTabAfter(() => popup.bringToFront());
    expect(popupTab).not.toBe(pageTab);
    try {
      const cut = entry(popup, 'February 27');
      await cut.locator('.claim-toggle').click();
      expect(await activeTab()).toBe(popupTab); // opening an entry only points at the claim
      await cut.getByTestId('show-on-page').click();
      await expect.poll(() => said(cut.getByTestId('reveal-note')), { timeout: 10_000 }).not.toBe('');
      // Said where the reader is: the full view was not left for a page that shows nothing.
      expect(await activeTab()).toBe(popupTab);
      expect(await said(cut.getByTestId('reveal-note'))).toBe(CUT_OFF);

      const shown = entry(popup, 'More than 280,000');
      await shown.locator('.claim-toggle').click();
      await shown.getByTestId('show-on-page').click();
      await expect.poll(activeTab, { timeout: 10_000 }).toBe(pageTab);
      expect(await said(shown.getByTestId('reveal-note'))).toBe('');
      // The page shows the claim with its card.
      await expect
        .poll(async () => (await cardDialogs(page)).map((card) => card.name), { timeout: 10_000 })
        .toEqual(['Claim Lens: More than 280,000']);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  /** The id of the window's active tab, as the extension sees it. */
  async function activeTab(): Promise<number> {
    const worker = await harness.serviceWorker();
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
  }

  /** Brings a tab forward with `front` and returns its id. */
  async function activeTabAfter(front: () => Promise<void>): Promise<number> {
    await front();
    return activeTab();
  }

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
