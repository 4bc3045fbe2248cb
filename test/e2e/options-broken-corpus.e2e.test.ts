/**
 * The options page of a build whose corpus index cannot be read (corpus-index.json cut off in the middle): a
 * sentence says what that means, not the JSON parser's message, and the documents the user added stay listed,
 * exportable and removable, and more can be added. The popup says the page's claims could not be looked up (not
 * that it has none), in words, with the way to the options page.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type Harness } from './harness';
import { submitTextFile } from './add-document';

const poll = { timeout: 15_000, interval: 100 };

const STORED = {
  id: 'user-riverton',
  name: 'riverton.txt',
  text: 'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the regional governor said.\n',
  outlet: 'Valley Herald',
  title: null,
  date: null,
  url: null,
  added: '2026-01-05T10:00:00.000Z',
};

describe('options: a corpus that cannot be read', () => {
  let harness: Harness;
  let options: Page;
  let dist = '';

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'claim-lens-broken-'));
    await cp(resolve(ROOT, process.env.CLAIM_LENS_DIST ?? 'dist'), dist, { recursive: true });
    const index = await readFile(join(dist, 'corpus-index.json'), 'utf8');
    await writeFile(join(dist, 'corpus-index.json'), index.slice(0, 200));
    harness = await launchExtension({ dist });
    // A document added before the index broke.
    await harness.worker.evaluate(async (doc) => {
      const storage = (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local;
      await storage.set({ userDocuments: [doc] });
    }, STORED);
    options = await harness.context.newPage();
    options.on('dialog', (dialog) => void dialog.accept());
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByTestId('corpus-unavailable').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await harness?.close();
    if (dist !== '') await rm(dist, { recursive: true, force: true });
  });

  it('says in words that the corpus could not be loaded, never the parser’s message', async () => {
    const notice = (await options.getByTestId('corpus-unavailable').innerText()).replace(/\s+/g, ' ');
    expect(notice).toContain('Claim Lens could not load its corpus of news articles');
    expect(notice).toContain('The 1 document you added is still kept in this browser');
    const page = await options.locator('main').innerText();
    expect(page).not.toMatch(/JSON|Unexpected|position \d|claim-lens-index/);
  });

  it('lists the document the user added, with Remove', async () => {
    expect(await options.getByTestId('corpus-count').textContent()).toBe('1 document you added');
    const cells = await options.locator('tr[data-doc="user-riverton"] td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['Valley Herald', expect.stringContaining('Floods in Riverton')]);
    expect(await options.locator('tr[data-doc="user-riverton"] button.remove').isEnabled()).toBe(true);
  });

  it('exports it to a file', async () => {
    const download = options.waitForEvent('download', { timeout: 15_000 });
    await options.getByTestId('export-submit').click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      documents: { id: string; text: string }[];
    };
    expect(saved.documents.map((d) => [d.id, d.text])).toEqual([['user-riverton', STORED.text]]);
  });

  it('adds another document, and lists it', async () => {
    await submitTextFile(
      options,
      'aleppo.txt',
      'Shelling hits Aleppo again\n\nShelling in Aleppo killed 12 people.\n',
    );
    await expect
      .poll(() => options.getByTestId('add-result').textContent(), poll)
      .toBe('Added 1 document: Shelling hits Aleppo again.');
    await expect
      .poll(() => options.getByTestId('corpus-count').textContent(), poll)
      .toBe('2 documents you added');
  });

  it('removes one, and keeps the other', async () => {
    await options.locator('tr[data-doc="user-riverton"] button.remove').click();
    await expect.poll(() => options.locator('tr[data-doc="user-riverton"]').count(), poll).toBe(0);
    expect(await options.locator('tr[data-doc="user-aleppo"]').count()).toBe(1);
    const ids = await harness.worker.evaluate(async () => {
      const storage = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(key: null): Promise<Record<string, { id: string }[]>> } } };
        }
      ).chrome.storage.local;
      // Every part of the stored documents (userDocuments, userDocuments.1 …).
      return Object.entries(await storage.get(null))
        .filter(([key]) => key.startsWith('userDocuments'))
        .flatMap(([, part]) => part.map((d) => d.id));
    });
    expect(ids).toEqual(['user-aleppo']);
  });

  it('the popup on a page with claims: they could not be looked up, in words, and Options is one press away', async () => {
    const page = await harness.openPage('/article.html');
    const tabId = await harness.tabIdOf(page);
    const popup = await harness.context.newPage();
    // Every status the popup shows, from its first render: none may say the page has no claims.
    await popup.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        if (seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await expect
      .poll(() => popup.getByTestId('status').textContent(), poll)
      .toBe('Claims on this page could not be looked up');
    expect(await popup.getByTestId('corpus-unavailable').textContent()).toBe(
      'Claim Lens can’t look up claims for now: its corpus could not be loaded.',
    );
    expect(await popup.locator('body').innerText()).not.toMatch(/JSON|Unexpected|position \d|No claims/);
    const statuses = await popup.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses.filter((text) => /No claims/.test(text))).toEqual([]);
    // Closed first: an open options page would be brought forward instead of a new one.
    await options.close();
    const opened = harness.context.waitForEvent('page', { timeout: 15_000 });
    await popup.getByTestId('corpus-unavailable-options').click();
    const optionsPage = await opened;
    await optionsPage.waitForLoadState();
    expect(optionsPage.url()).toBe(harness.extensionUrl('src/options/index.html'));
    await optionsPage.close();
    await popup.close();
    await page.close();
  });
});
