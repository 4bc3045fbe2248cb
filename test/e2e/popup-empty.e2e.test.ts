/**
 * The popup's empty states in a real browser: a page whose figures, dates and quotes have no context in the
 * corpus, a page with nothing to check, and pages where extensions cannot run (the extension's own pages,
 * browser pages), where sending to the tab fails because there is no content script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

/** The bit of the chrome.* API evaluated in the service worker. */
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

/** A French report of the seeds' facts: the engine reads English, so it finds nothing here to match. */
const FRENCH_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Syrie</title></head><body><article>
<h1>Syrie : la trêve fragilisée</h1>
<p>Selon l’Observatoire syrien des droits de l’homme, plus de 280 000 personnes ont été tuées depuis le début du conflit en mars 2011.</p>
<p>La trêve conclue le 27 février entre les forces du régime et les rebelles reste fragile, selon les diplomates réunis à Genève, qui ont appelé les deux camps à respecter leurs engagements.</p>
</article></body></html>`;

describe('popup empty states', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/french.html': () => FRENCH_PAGE },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  const popupStatus = async (page: Page): Promise<{ popup: Page; status: () => Promise<string | null> }> => {
    const popup = await harness.openPopup(page);
    return { popup, status: () => popup.getByTestId('status').textContent() };
  };

  it.each(['/popup-no-context.html', '/plain.html'])(
    '%s: no claims with context, and no badge',
    async (path) => {
      const page = await harness.openPage(path);
      const { popup, status } = await popupStatus(page);
      await expect.poll(status, { timeout: 20_000 }).toBe('No claims with context on this page');
      expect(await popup.getByTestId('empty-none').count()).toBe(1);
      expect(
        await popup.getByRole('switch', { name: 'Claim Lens on 127.0.0.1' }).getAttribute('aria-checked'),
      ).toBe('true');
      const tabId = await harness.tabIdOf(page);
      const worker = await harness.serviceWorker();
      expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
      await popup.close();
      await page.close();
    },
  );

  it('says that a page in French found nothing because Claim Lens reads English, and an English page does not', async () => {
    const french = await harness.openPage('/french.html');
    const { popup, status } = await popupStatus(french);
    await expect.poll(status, { timeout: 20_000 }).toBe('No claims with context on this page');
    expect(await popup.getByTestId('empty-none').textContent()).toContain(
      'This page seems to be in French, and Claim Lens reads English only',
    );
    await popup.close();
    await french.close();
    const english = await harness.openPage('/popup-no-context.html');
    const other = await popupStatus(english);
    await expect.poll(other.status, { timeout: 20_000 }).toBe('No claims with context on this page');
    expect(await other.popup.getByTestId('empty-none').textContent()).toContain(
      'No figure, date or quote on this page matches',
    );
    await other.popup.close();
    await english.close();
  });

  it('says that text inside an embedded frame was not read', async () => {
    const page = await harness.openPage('/popup-frame.html');
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 20_000 }).toBe('No claims with context on this page');
    expect(await popup.getByTestId('unread-frames').textContent()).toBe(
      'Text inside the embedded frame on this page is not read.',
    );
    await popup.close();
    await page.close();
  });

  it("the extension's own page: Claim Lens cannot run there, and no switch is offered", async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('src/options/index.html'));
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 10_000 }).toBe('Claim Lens can’t run on this page');
    expect(await popup.getByTestId('empty-unreachable').count()).toBe(1);
    expect(await popup.getByRole('switch', { name: /Claim Lens on/ }).count()).toBe(0);
    // The corpus is the worker's, so it still shows.
    await expect
      .poll(() => popup.getByTestId('corpus-size').textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ documents/);
    await popup.close();
    await page.close();
  });

  it('a browser page (chrome://version): Claim Lens cannot run there', async () => {
    const page = await harness.context.newPage();
    await page.goto('chrome://version');
    const { popup, status } = await popupStatus(page);
    await expect.poll(status, { timeout: 10_000 }).toBe('Claim Lens can’t run on this page');
    expect(await popup.getByText(/extension store/).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
