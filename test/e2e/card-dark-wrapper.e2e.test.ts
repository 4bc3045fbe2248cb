/**
 * The hover card's theme on a page that paints its dark background on a wrapper, its body and html left
 * transparent (as many site layouts do): the card is dark, read from the claim's own ancestors; beside it, a light
 * box on the same page gets the light card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { inCard } from './card-box';
import { allHighlighted, hoverCard, waitFor } from './content-helpers';

const poll = { timeout: 10_000, interval: 100 };

/** A dark wrapper holding one claim, and a light box inside it holding another. */
function wrapperPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dark wrapper</title></head>
<body style="margin: 0"><div style="background-color: #121212; color: #e8e8e8; min-height: 100vh; padding: 24px">
<p>Some activist groups put the death toll since the start of the war at 250,000 people killed.</p>
<div style="background-color: #fafafa; color: #111; padding: 8px">
<p>The war in Syria has now claimed more than 280,000 lives, according to United Nations estimates.</p>
</div></div></body></html>`;
}

/** The class list of the card's box (its shadow root is closed: through DevTools). */
function cardClasses(page: Page): Promise<string[]> {
  return inCard(page, 'card', async (cdp, nodeId) => {
    const { attributes } = (await cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
    return (attributes[attributes.indexOf('class') + 1] ?? '').split(' ');
  }).then((classes) => classes ?? []);
}

describe('the card on a dark wrapper page', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/dark-wrapper.html': wrapperPage },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is dark over the wrapper’s dark background, light over a light box on it', async () => {
    const page = await harness.openPage('/dark-wrapper.html');
    await waitFor(
      () => allHighlighted(page),
      (list) => list.length >= 2,
    );
    await hoverCard(page, '250,000', poll);
    expect(await cardClasses(page)).toContain('dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardClasses(page), poll).toEqual([]);
    await hoverCard(page, 'more than 280,000', poll);
    expect(await cardClasses(page)).not.toContain('dark');
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
