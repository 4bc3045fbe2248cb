/**
 * A user's own document, end to end: added as a file on the options page, listed in the corpus view, matched
 * on a page opened afterwards (highlight and popup name the user's outlet) and on one already open, kept across a
 * worker restart, exported to a file, gone from pages once removed (open ones included), and back from the file;
 * and stored entries that cannot be read, removed when the user asks, with every document kept as stored.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, workerStopper, type Harness } from './harness';
import { allHighlighted, settledState } from './content-helpers';
import { submitTextFile } from './add-document';
import type { TabState } from '../../src/shared/messages';

/** The bit of the chrome.* API evaluated in the options page. */
declare const chrome: {
  storage: { onChanged: { addListener(listener: (changes: object, area: string) => void): void } };
};

const poll = { timeout: 15_000, interval: 100 };

/** The bit of storage.local the tests use in the service worker. */
interface WorkerStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
}

const DOCUMENT = `Floods in Riverton

Heavy rain flooded the river town of Riverton on Tuesday.

The floods in Riverton killed 412 people, the regional governor said, and forced 30,000 residents from their homes.
`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverton</title></head><body>
<article><h1>After the flood</h1>
<p id="toll">The Riverton floods displaced 30,000 residents, officials said on Friday.</p>
<p id="other">The city library lent 30,000 books last year.</p>
<p id="control">Some activist groups put the death toll since the start of the war at 250,000 people killed.</p>
</article></body></html>`;

describe('options: the user’s own documents', () => {
  let harness: Harness;
  let options: Page;
  /** A page opened before the document is added, and kept open throughout. */
  let early: Page;
  /** The export file's text, saved before the document is removed and added back after. */
  let exported = '';

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/riverton.html': () => PAGE },
    });
    options = await harness.context.newPage();
    options.on('dialog', (dialog) => void dialog.accept());
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByTestId('documents').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /**
   * The page's highlighted texts and tab state once its scan is over. The control paragraph restates a bundled
   * fact: seeing it highlighted shows the scan ran, so an absent Riverton highlight means no match.
   */
  async function pageClaims(): Promise<{ texts: string[]; state: TabState }> {
    const page = await harness.openPage('/riverton.html');
    await expect.poll(() => allHighlighted(page), poll).toContain('250,000');
    const state = await settledState(harness, page);
    const texts = (await allHighlighted(page)).filter((t) => t !== '250,000');
    await page.close();
    const riverton = state.claims.filter((c) => c.claim.text !== '250,000');
    return { texts, state: { ...state, claims: riverton } };
  }

  it('matches nothing about Riverton before the document is added', async () => {
    const { texts, state } = await pageClaims();
    expect(texts).toEqual([]);
    expect(state.claims).toEqual([]);
    early = await harness.openPage('/riverton.html');
    await expect.poll(() => allHighlighted(early), poll).toEqual(['250,000']);
  });

  it('adds a text file with its outlet, and lists it as the user’s', async () => {
    const before = Number((await options.getByTestId('corpus-count').textContent())?.match(/\d+/)?.[0]);
    await submitTextFile(options, 'riverton.txt', DOCUMENT, { outlet: 'Valley Herald' });
    await expect
      .poll(() => options.getByTestId('add-result').textContent(), poll)
      .toBe('Added 1 document: Floods in Riverton.');
    await expect
      .poll(() => options.getByTestId('corpus-count').textContent(), poll)
      .toBe(`${before + 1} documents (1 added by you)`);
    const cells = await options.locator('tr[data-doc="user-riverton"] td').allInnerTexts();
    expect(cells[0]).toBe('Valley Herald');
    expect(cells[1]).toContain('Floods in Riverton');
  });

  it('refuses the same file again, and a binary file, saying why', async () => {
    await options.getByTestId('add-files').setInputFiles([
      { name: 'riverton.txt', mimeType: 'text/plain', buffer: Buffer.from(DOCUMENT, 'utf8') },
      { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xd8, 0x00, 0x10]) },
    ]);
    await options.getByTestId('add-submit').click();
    await expect
      .poll(() => options.getByTestId('add-errors').locator('li').allInnerTexts(), poll)
      .toEqual([
        'photo.txt: is binary (contains NUL bytes), not a text file',
        'riverton.txt: is already in the corpus',
      ]);
  });

  it('refuses a copy of a bundled article, naming it', async () => {
    const seed = readFileSync(join(ROOT, 'seeds/001_b2556f4a5b9ae9bb.txt'), 'utf8');
    await options.getByTestId('add-files').setInputFiles({
      name: 'copy.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(seed.replace(/\n+/g, '\n\n'), 'utf8'),
    });
    await options.getByTestId('add-submit').click();
    await expect
      .poll(() => options.getByTestId('add-errors').locator('li').allInnerTexts(), poll)
      .toEqual([
        `copy.txt: is already in the corpus, as “Kerry tells Russia US patience on Syria 'limited'”`,
      ]);
  });

  it('highlights the claim on a page that was already open, without a reload', async () => {
    await expect.poll(() => allHighlighted(early), poll).toEqual(['250,000', '30,000']);
    const state = await settledState(harness, early);
    const riverton = state.claims.filter((c) => c.claim.text === '30,000');
    expect(riverton.flatMap((c) => c.result.matches.map((m) => m.doc))).toEqual(['user-riverton']);
  });

  it('highlights the page’s claim against the user’s document, and only that one', async () => {
    const { texts, state } = await pageClaims();
    expect(texts).toEqual(['30,000']);
    const matches = state.claims.flatMap((c) => c.result.matches);
    expect(matches.map((m) => [m.doc, m.source, m.relation])).toEqual([
      ['user-riverton', 'Valley Herald', 'agrees'],
    ]);
  });

  it('tells every open page of an add or a removal with that document alone, not all those stored', async () => {
    // Riverton's document, added above, is stored already: a change must not carry it.
    expect(await options.locator('tr[data-doc="user-riverton"]').count()).toBe(1);
    // The options page hears storage changes as each tab's content script does: what it is sent, they are too.
    await options.evaluate(() => {
      const heard: string[] = [];
      (globalThis as unknown as { heard: string[] }).heard = heard;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'local') heard.push(JSON.stringify(changes));
      });
    });
    const heard = () => options.evaluate(() => (globalThis as unknown as { heard: string[] }).heard);
    const second =
      'Cracks found in the Riverton dam\n\nEngineers inspected the Riverton dam on Monday and found 14 cracks.\n';
    await submitTextFile(options, 'dam.txt', second);
    await expect
      .poll(() => options.getByTestId('add-result').textContent(), poll)
      .toBe('Added 1 document: Cracks found in the Riverton dam.');
    await options.locator('tr[data-doc="user-dam"] button.remove').click();
    await expect.poll(() => options.locator('tr[data-doc="user-dam"]').count(), poll).toBe(0);
    const changes = await heard();
    expect(changes).toHaveLength(2);
    for (const change of changes) {
      expect(change).toContain('found 14 cracks');
      expect(change).not.toContain('Heavy rain flooded');
    }
  });

  it('still has the document after the service worker restarts, from the index kept in session storage', async () => {
    // The worker keeps the extended index in storage.session, so that a restart need not index again.
    const cached = async () =>
      (await harness.serviceWorker()).evaluate(async () => {
        const storage = (
          globalThis as unknown as {
            chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.session;
        const cache = (await storage.get('corpusCache'))['corpusCache'] as { userIds?: string[] } | undefined;
        return cache?.userIds ?? null;
      });
    await expect.poll(cached, poll).toEqual(['user-riverton']);
    const stopper = await workerStopper(harness, options);
    await stopper.stop();
    await stopper.detach();
    expect((await pageClaims()).texts).toEqual(['30,000']);
  });

  it('exports the user’s documents to a file, with their sources', async () => {
    const download = options.waitForEvent('download', { timeout: 15_000 });
    await options.getByTestId('export-submit').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^claim-lens-documents-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile(await file.path(), 'utf8');
    const saved = JSON.parse(exported) as { documents: { id: string; outlet: string; text: string }[] };
    expect(saved.documents.map((d) => [d.id, d.outlet, d.text])).toEqual([
      ['user-riverton', 'Valley Herald', DOCUMENT],
    ]);
    await expect
      .poll(() => options.getByTestId('export-result').textContent(), poll)
      .toMatch(/^Saved 1 document as claim-lens-documents-/);
  });

  it('corrects the document’s outlet and date in place, and the table lists them', async () => {
    await options.reload();
    await options.getByRole('button', { name: 'Edit the details of Floods in Riverton' }).click();
    const form = options.getByTestId('edit-document');
    // The form puts focus in its title once drawn; typed into another box before that, the text went to the title
    // (a loaded CI machine: "Floods in RivertonRiverton Post"). A reader sees the form, then types.
    const titleFocused = () =>
      options.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'edit-title');
    await expect.poll(titleFocused, poll).toBe(true);
    await form.getByTestId('edit-outlet').fill('Riverton Post');
    await form.getByTestId('edit-date').fill('2016-05-02');
    await form.getByTestId('edit-save').click();
    await expect.poll(() => options.getByTestId('edit-document').count(), poll).toBe(0);
    // Focus goes back to the row's Edit button, not to the page's start.
    const focused = () => options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    const edit = 'Edit the details of Floods in Riverton';
    await expect.poll(focused, poll).toBe(edit);
    // The documents table is named by its heading.
    expect(await options.getByRole('table', { name: /^\d+ documents \(1 added by you\)$/ }).count()).toBe(1);
    const cells = await options.locator('tr[data-doc="user-riverton"] td').allInnerTexts();
    expect(cells[0]).toBe('Riverton Post');
    expect(cells[2]).toBe('2 May 2016');
    // An address that is not http(s) is refused with the reason, and the form stays.
    await options.getByRole('button', { name: 'Edit the details of Floods in Riverton' }).click();
    await expect.poll(titleFocused, poll).toBe(true);
    await options.getByTestId('edit-url').fill('ftp://example.org/x');
    await options.getByTestId('edit-save').click();
    await expect
      .poll(() => options.getByTestId('edit-error').textContent(), poll)
      .toMatch(/http\(s\) address/);
    await options.getByTestId('edit-cancel').click();
    await expect.poll(focused, poll).toBe(edit);
    await options.getByRole('button', { name: edit }).click();
    await options.getByTestId('edit-title').press('Escape');
    await expect.poll(() => options.getByTestId('edit-document').count(), poll).toBe(0);
    await expect.poll(focused, poll).toBe(edit);
  });

  it('removes the document, and pages opened afterwards no longer match it', async () => {
    await options.reload();
    await options.locator('tr[data-doc="user-riverton"] button.remove').click();
    await expect.poll(() => options.locator('tr[data-doc="user-riverton"]').count(), poll).toBe(0);
    expect(await options.getByTestId('corpus-count').textContent()).not.toContain('added by you');
    expect((await pageClaims()).texts).toEqual([]);
    // The page open all along lost its highlight too, and kept the bundled one.
    await expect.poll(() => allHighlighted(early), poll).toEqual(['250,000']);
    await early.close();
  });

  it('adds the exported file back: the document returns, with its outlet, and matches again', async () => {
    await options.getByTestId('add-files').setInputFiles({
      name: 'claim-lens-documents.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported, 'utf8'),
    });
    await options.getByTestId('add-submit').click();
    await expect
      .poll(() => options.getByTestId('add-result').textContent(), poll)
      .toBe('Added 1 document: Floods in Riverton.');
    // The outlet comes from the file (the form's field was left blank); the table reloads after the message.
    await expect
      .poll(async () => (await options.locator('tr[data-doc="user-riverton"] td').allInnerTexts())[0], poll)
      .toBe('Valley Herald');
    expect((await pageClaims()).texts).toEqual(['30,000']);
    // Left as the next test expects: without the document.
    await options.locator('tr[data-doc="user-riverton"] button.remove').click();
    await expect.poll(() => options.locator('tr[data-doc="user-riverton"]').count(), poll).toBe(0);
  });

  it('keeps an outlet written as one long word inside the options table and the popup', async () => {
    const outlet = 'ValleyHeraldDailyNewsWire'.repeat(16);
    // A long title too: together they are wider than the table, which then shares out what room there is.
    const title =
      'Floods in Riverton: the governor counts the dead and the displaced as the river falls back and the town ' +
      'begins to rebuild its homes, its bridges and its roads';
    await submitTextFile(options, 'riverton.txt', DOCUMENT.replace('Floods in Riverton', title), { outlet });
    await expect.poll(() => options.locator('tr[data-doc="user-riverton"]').count(), poll).toBe(1);
    const overflow = (page: Page, selector: string) =>
      page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(await overflow(options, '.options')).toBeLessThanOrEqual(0);
    // The long word wraps in its own cell; the short ones keep theirs whole, each on one line.
    const lines = (selector: string) =>
      options.locator(selector).evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
    expect(await lines('tr[data-doc="user-riverton"] td:nth-child(3)')).toBe(1);
    expect(await lines('tr[data-doc="user-riverton"] button.remove')).toBe(1);
    // The label it takes while a removal runs, wider than "Remove", is kept whole too.
    await options
      .locator('tr[data-doc="user-riverton"] button.remove')
      .evaluate((button) => void (button.textContent = 'Removing…'));
    expect(await lines('tr[data-doc="user-riverton"] button.remove')).toBe(1);
    expect(await lines('tr[data-doc="user-riverton"] td:nth-child(1)')).toBeGreaterThan(1);
    // At 320 px (a narrow window, or 400 % zoom) four columns would leave the title a few letters wide: each
    // row is then a block, its title across the whole width, with nothing wider than the page.
    const viewport = options.viewportSize();
    await options.setViewportSize({ width: 320, height: 800 });
    try {
      const share = await options.locator('tr[data-doc="user-riverton"]').evaluate((row) => {
        const title = row.querySelector('td:nth-child(2)')!.getBoundingClientRect().width;
        return title / row.closest('table')!.getBoundingClientRect().width;
      });
      expect(share).toBeGreaterThan(0.9);
      expect(await overflow(options, '.options')).toBeLessThanOrEqual(0);
      expect(await lines('tr[data-doc="user-riverton"] td:nth-child(3)')).toBe(1);
      expect(await lines('tr[data-doc="user-riverton"] button.remove')).toBe(1);
    } finally {
      if (viewport) await options.setViewportSize(viewport);
    }
    const page = await harness.openPage('/riverton.html');
    await expect.poll(() => allHighlighted(page), poll).toContain('30,000');
    const popup = await harness.openPopup(page);
    const toggle = popup.locator('.claim-toggle').first();
    await toggle.waitFor({ timeout: 15_000 });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await popup.getByText(outlet).first().waitFor({ timeout: 15_000 });
    expect(await overflow(popup, '.app')).toBeLessThanOrEqual(0);
    await popup.close();
    await page.close();
  });

  it('removes the stored entries that cannot be read, after asking in the page, and keeps every document', async () => {
    /** Each stored part of the user's documents, as JSON, as storage gives it back in the worker. */
    const parts = async (): Promise<Record<string, string>> =>
      (await harness.serviceWorker()).evaluate(async () => {
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: WorkerStorage } } })
          .chrome;
        return Object.fromEntries(
          Object.entries(await storage.local.get(null))
            .filter(([key]) => key.startsWith('userDocuments'))
            .map(([key, value]) => [key, JSON.stringify(value)]),
        );
      });
    // What the tests before left stored (Riverton's document, run in order): it must not change.
    const before = await parts();
    // Two documents the user can read, one beside three entries that cannot be: in the store's own shape, in parts
    // numbered past the ones written so far.
    const bridge = {
      id: 'user-bridge-report',
      text: 'Bridge reopens\n\nThe Riverton bridge reopened on Friday after 9 days.\n',
      outlet: null,
      title: 'Bridge reopens',
      date: '2026-01-02',
      url: null,
      added: '2026-01-05T09:00:00.000Z',
    };
    const dam = {
      id: 'user-dam-report',
      text: 'Dam report\n\nEngineers found 14 cracks in the Riverton dam.\n',
      outlet: 'Valley Herald',
      title: null,
      date: null,
      url: null,
      added: '2026-01-05T10:00:00.000Z',
    };
    const corrupt = {
      'userDocuments.89': [bridge],
      'userDocuments.90': [
        dam,
        'a bad write',
        { id: 'user-dam-report', text: 'A later entry with a taken id.' },
      ],
      'userDocuments.91': { format: 'from a newer Claim Lens' },
    };
    await (
      await harness.serviceWorker()
    ).evaluate(async (items) => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: WorkerStorage } } }).chrome;
      await storage.local.set(items);
    }, corrupt);
    const written = await parts();
    await options.reload();
    await options.getByTestId('documents').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => options.getByTestId('user-problems').locator('li').allInnerTexts(), poll)
      .toEqual(['Left out of the corpus: 3 stored document(s) could not be read; they are kept as they are']);
    expect(await options.locator('tr[data-doc="user-dam-report"]').count()).toBe(1);

    /** Exports with the button given, and the documents of the file. */
    const exportWith = async (testId: string) => {
      const download = options.waitForEvent('download', { timeout: 15_000 });
      await options.getByTestId(testId).click();
      const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
        documents: { id: string; text: string; outlet: string | null }[];
      };
      return file.documents.map((d) => [d.id, d.text, d.outlet]);
    };
    const exported = await exportWith('export-submit');
    expect(exported.map(([id]) => id)).toEqual(
      expect.arrayContaining(['user-bridge-report', 'user-dam-report']),
    );
    await expect
      .poll(() => options.getByTestId('export-result').textContent(), poll)
      .toMatch(/ 3 stored entries could not be read as a document and are not in it\.$/);

    // The question is the page's own: a browser dialog would be accepted by this file's handler, and counted here.
    let dialogs = 0;
    const counted = () => void dialogs++;
    options.on('dialog', counted);
    try {
      await options.getByRole('button', { name: 'Remove 3 unreadable entries' }).click();
      const question = options.getByRole('group', { name: 'Remove 3 unreadable entries for good?' });
      await question.waitFor({ timeout: 15_000 });
      expect(await question.innerText()).toContain('The export leaves them out');
      // Focus is in the question, on the export it offers first; the export changes nothing stored.
      await expect
        .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null), poll)
        .toBe('remove-unreadable-export');
      expect(await exportWith('remove-unreadable-export')).toEqual(exported);
      expect(Object.keys(await parts())).toEqual(expect.arrayContaining(Object.keys(corrupt)));
      await question.getByRole('button', { name: 'Remove 3 unreadable entries' }).click();
      await expect
        .poll(() => options.getByTestId('remove-unreadable-result').textContent(), poll)
        .toBe('Removed 3 unreadable entries.');
      expect(
        await options.getByRole('status').filter({ hasText: 'Removed 3 unreadable entries.' }).count(),
      ).toBe(1);
      await expect.poll(() => options.getByTestId('user-problems').count(), poll).toBe(0);
      expect(await options.getByTestId('remove-unreadable-open').count()).toBe(0);
      // The button and its question are gone: focus is on the heading of the documents, not lost to the page.
      await expect
        .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null), poll)
        .toBe('corpus-count');
      expect(dialogs).toBe(0);
    } finally {
      options.off('dialog', counted);
    }

    // Every part written before is as it was, byte for byte; of the two added, the document alone is left.
    const [damAsStored] = JSON.parse(written['userDocuments.90'] ?? '[]') as unknown[];
    expect(await parts()).toEqual({
      ...before,
      'userDocuments.89': written['userDocuments.89'],
      'userDocuments.90': JSON.stringify([damAsStored]),
    });
    for (const [id] of exported) expect(await options.locator(`tr[data-doc="${id}"]`).count()).toBe(1);
    expect(await exportWith('export-submit')).toEqual(exported);
    await expect
      .poll(() => options.getByTestId('export-result').textContent(), poll)
      .toMatch(new RegExp(`^Saved ${exported.length} documents as claim-lens-documents-[\\d-]+\\.json\\.$`));
    // After a reload too, nothing says entries could not be read.
    await options.reload();
    await options.getByTestId('documents').waitFor({ timeout: 15_000 });
    expect(await options.getByTestId('user-problems').count()).toBe(0);
    expect(await options.getByTestId('remove-unreadable-open').count()).toBe(0);
  });
});
