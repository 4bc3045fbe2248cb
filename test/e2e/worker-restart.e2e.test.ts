/**
 * The browser stops the extension's service worker while a page is being scanned (it stops an idle one after 30 s,
 * and may at any time): the page's requests sent meanwhile find no listener. They are sent again, and the scan
 * ends with every claim highlighted; before, the content script took the failure for the extension's removal
 * and took every highlight away for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, workerStopper, type Harness } from './harness';
import { allHighlighted } from './content-helpers';

const PARAGRAPHS = 3_000;

/** A long page of one corpus fact restated, each paragraph its own text so that no answer is reused. */
function longPage(): string {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p>Report ${i + 1}: more than 280,000 people have been killed since the start of Syria's war, the monitor said in its note number ${i + 1}.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><main>${paragraphs.join('\n')}</main></body></html>`;
}

describe('a service worker stopped mid-scan', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/long.html': longPage },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('keeps the highlights found so far, and the scan finds the rest', async () => {
    const quiet = await harness.context.newPage();
    await quiet.goto(harness.extensionUrl('src/options/index.html'));
    const stopper = await workerStopper(harness, quiet);
    // The scan must have more to do when the worker stops: the test is about requests that met a stopped worker.
    // On a loaded machine the first highlights can show only once the scan is over; then the page is read again.
    let page = await harness.openPage('/long.html');
    const count = async () => (await allHighlighted(page)).length;
    let before = PARAGRAPHS;
    for (let attempt = 0; attempt < 3 && before === PARAGRAPHS; attempt++) {
      if (attempt > 0) {
        await page.close();
        page = await harness.openPage('/long.html');
      }
      await expect.poll(count, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
      before = await count();
    }
    expect(before).toBeLessThan(PARAGRAPHS);
    await stopper.stop();
    await stopper.detach();
    await expect.poll(count, { timeout: 60_000, interval: 200 }).toBe(PARAGRAPHS);
    // And they stay: the content script was not torn down. (The tab is not asked through the worker here: the
    // harness's handle on it is the stopped one.)
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await count()).toBe(PARAGRAPHS);
    await page.close();
    await quiet.close();
  }, 120_000);
});
