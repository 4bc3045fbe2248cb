/**
 * The Firefox build (dist-firefox/) in a real Firefox: the same source as the Chromium build, checked where
 * the two browsers differ (an event page instead of a service worker, moz-extension: pages, Firefox's
 * CSS.highlights). One walk through what a user does: read the highlights, hover a claim, open the full
 * view from its card (which names the keys Firefox bound to step through claims), switch the site off and on,
 * add a document of their own, export it and add it back, check a pasted text, and have the page's selection read
 * for "Check with Claim Lens".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, locationOf, type FirefoxHarness } from './firefox-harness';
import { appendParagraph, clearEveryTimer, highlightPoint, LATE_CLAIM } from './in-page';

const poll = { timeout: 10_000, interval: 100 };

/** Highlighted texts per highlight name (the `claim-lens-` prefix dropped), whitespace collapsed. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-') || highlight.size === 0) continue;
      out[name.slice('claim-lens-'.length)] = [...highlight]
        .map((r) => r.toString().replace(/\s+/g, ' ').trim())
        .sort();
    }
    return out;
  });
}

/** How many ranges Claim Lens highlights on the page. */
async function highlightCount(page: Page): Promise<number> {
  return Object.values(await highlights(page)).flat().length;
}

/** Moves the pointer onto the first highlighted range reading `text`. */
async function hover(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(highlightPoint, text);
  if (!point) throw new Error(`no highlight "${text}"`);
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y);
}

const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

describe('the Firefox build in Firefox', () => {
  let harness: FirefoxHarness;
  let article: Page;
  let full: Page;
  /** The tab id of article.html, as the full view's address names it. */
  let articleTab = -1;
  // Room for launchFirefox's second start (two of up to 45 s each).
  beforeAll(async () => {
    harness = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('highlights the restated corpus facts on article.html, with their relations, and nothing in the aside', async () => {
    article = await harness.openPage('/article.html');
    await expect.poll(async () => (await highlights(article)).conflicts ?? [], poll).toContain('250,000');
    const marks = await highlights(article);
    expect(marks.agrees).toEqual(
      expect.arrayContaining([
        'more than 280,000',
        '“Russia needs to understand that our patience is not infinite.”',
      ]),
    );
    const inAside = await article.evaluate(() => {
      const aside = document.getElementById('unrelated')!;
      let n = 0;
      for (const highlight of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())
        for (const range of highlight) if (aside.contains(range.startContainer)) n++;
      return n;
    });
    expect(inAside).toBe(0);
  });

  it('opens the card on hover, and from it, by keyboard, the full view listing the claim and its sources', async () => {
    await hover(article, '250,000');
    // The card's shadow root is closed; Tab reaches its Close button, then "Open full view" (the page has no
    // focusable element of its own), so a full view opening proves the card is up and works.
    full = await harness.extensionPageOpenedBy(async () => {
      await new Promise((wake) => setTimeout(wake, 500));
      await article.keyboard.press('Tab');
      await article.keyboard.press('Tab');
      await article.keyboard.press('Enter');
    });
    expect(await locationOf(full)).toMatch(/\/src\/popup\/index\.html\?tab=\d+#claim=/);
    articleTab = Number(new URL(await locationOf(full)).searchParams.get('tab'));
    await expect.poll(() => bodyText(full), poll).toContain('Sources that state it'.toUpperCase());
    const text = await bodyText(full);
    expect(text).toContain('Claim Lens on 127.0.0.1');
    expect(text).toContain('250,000');
    expect(text).toMatch(/The Middle East Online|Arutz Sheva/);
  });

  it('names the keys Firefox bound to step through the claims, and offers its own settings to change them', async () => {
    const line = () =>
      full.evaluate(() => document.querySelector('[data-testid="step-keys"]')?.textContent ?? null);
    await expect
      .poll(line, poll)
      .toBe('In the page’s tab: Alt+Shift+N next claim, Alt+Shift+P previous · Change keys');
  });

  it("switches the site off from the full view, which clears the page's highlights until switched on", async () => {
    const before = await highlightCount(article);
    expect(before).toBeGreaterThan(0);
    await full.click('[role="switch"]');
    await expect.poll(() => highlightCount(article), poll).toBe(0);
    await article.reload({ waitUntil: 'load' });
    await new Promise((wake) => setTimeout(wake, 1500));
    expect(await highlightCount(article)).toBe(0);
    await full.click('[role="switch"]');
    await expect.poll(() => highlightCount(article), poll).toBe(before);
  });

  it('keeps following a page that clears every timer id, its own and the content script’s', async () => {
    const page = await harness.openPage('/content-unrelated.html');
    await new Promise((wake) => setTimeout(wake, 1500));
    // A change arms the watcher's timer; then the page clears every id it can, as some scripts do to stop others.
    await page.evaluate(() => void document.getElementById('story')!.append(' Updated.'));
    await page.evaluate(clearEveryTimer);
    await page.evaluate(appendParagraph, { into: 'story', id: 'late', text: LATE_CLAIM });
    await expect
      .poll(async () => Object.values(await highlights(page)).flat(), poll)
      .toContain('close to 600,000');
    await page.close();
  });

  it('matches a document pasted on the options page against a page', async () => {
    await full.evaluate(() => {
      location.href = '/src/options/index.html';
    });
    await expect.poll(() => full.evaluate(() => document.title), poll).toBe('Claim Lens options');
    await full.waitForSelector('summary');
    await full.click('summary');
    await full.type('details input[type=text]', 'Bridge report');
    await full.type(
      'details textarea',
      'The Zorblax bridge collapse killed 47 people, the regional governor said on Monday.\n\n' +
        'Rescue teams searched the river for survivors through the night.',
    );
    await full.type('[data-testid="add-outlet"]', 'Zorblax Courier');
    await full.click('button[type=submit]');
    await expect.poll(() => bodyText(full), poll).toContain('Added 1 document: Bridge report.');
    const page = await harness.openPage('/plain.html');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Officials said the Zorblax bridge collapse killed 52 people this week.';
      document.body.append(p);
    });
    await expect.poll(() => highlights(page), poll).toEqual({ conflicts: ['52'] });
  });

  it('exports the document to a file, and the file adds it back after it was removed', async () => {
    await full.click('[data-testid="export-submit"]');
    const saved = async () => (await readdir(harness.downloads)).filter((f) => f.endsWith('.json'));
    await expect.poll(saved, poll).toEqual([expect.stringMatching(/^claim-lens-documents-.*\.json$/)]);
    const file = join(harness.downloads, (await saved())[0]!);
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('Zorblax'), poll).toBe(true);
    full.on('dialog', (dialog) => void dialog.accept());
    await full.click('tr[data-doc="user-bridge-report"] button.remove');
    await expect.poll(() => full.$('tr[data-doc="user-bridge-report"]'), poll).toBeNull();
    const input = await full.$('[data-testid="add-files"]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await full.click('button[type=submit]');
    // The row, gone since the removal, is back: the file was read (the message of the first add reads the same).
    const outlet = await full.waitForSelector('tr[data-doc="user-bridge-report"] td', { timeout: 10_000 });
    // The outlet comes from the file: the form's fields were left blank.
    expect(await outlet?.evaluate((td) => td.textContent)).toBe('Zorblax Courier');
    expect(await bodyText(full)).toContain('Added 1 document: Bridge report.');
    expect(harness.errors).toEqual([]);
  });

  it('checks a pasted text on the check page, reached from the options page, and a text handed over', async () => {
    await full.click('[data-testid="check-text-link"]');
    await expect.poll(() => full.evaluate(() => document.title), poll).toBe('Claim Lens — Check a text');
    await full.waitForSelector('[data-testid="check-input"]');
    await full.type(
      '[data-testid="check-input"]',
      "Syria's war has killed more than 250,000 people since March 2011.",
    );
    await full.click('[data-testid="check-submit"]');
    const status = () =>
      full.evaluate(() => document.querySelector('[data-testid="check-status"]')?.textContent);
    await expect.poll(status, poll).toBe('2 claims with context in this text · 1 where a source differs');
    // The context menu's way in: the text in storage.session under a one-time key (written here by the page, as the
    // event page writes it on a click), read once.
    await full.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { storage: { session: { set(v: object): Promise<void> } } } }
      ).browser;
      await api.storage.session.set({
        'checkText:firefox-key': { text: 'The committee met again to talk about the agenda.', cut: null },
      });
      location.href = '/src/check/index.html?handoff=firefox-key';
    });
    await expect.poll(status, poll).toBe('No claims found in this text');
    expect(await full.evaluate(() => location.search)).toBe('');
    // The menu item exists: update() fails for an id that does not.
    const menu = await full.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { contextMenus: { update(id: string, p: object): Promise<void> } };
        }
      ).browser.contextMenus
        .update('claim-lens-check-selection', {})
        .then(
          () => 'exists',
          (error: Error) => error.message,
        ),
    );
    expect(menu).toBe('exists');
    expect(harness.errors).toEqual([]);
  });

  it('reads the page’s selection for the menu item, line breaks kept, with the day the page was published', async () => {
    const selected = await article.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.body);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toContain('\n');
    const answer = await full.evaluate(
      (tab) =>
        (
          globalThis as unknown as {
            browser: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } };
          }
        ).browser.tabs.sendMessage(tab, { type: 'getSelectedText', payload: {} }, { frameId: 0 }),
      articleTab,
    );
    // Blank lines at either end are left out; article.html states its date in its metadata.
    const text = selected.trim();
    expect(answer).toEqual({ ok: true, value: { text, chars: text.length, writtenOn: '2016-06-16' } });
  });
});
