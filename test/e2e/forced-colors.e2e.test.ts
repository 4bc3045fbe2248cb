/**
 * Claim Lens under forced colours (Windows contrast themes), emulated in Chromium: the page's highlights, which
 * Chromium paints in the system's Highlight colours whatever their own, tell apart from a plain highlight (what a
 * selection of the words looks like) and from each other by their lines, at body text's sizes and a headline's;
 * the card's matched words take the system's Mark colours; the popup's switch shows On and Off by its knob.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { allHighlighted, hoverCard, waitFor } from './content-helpers';
import { TONES, type ClaimTone } from '../../src/shared/relation-words';

const poll = { timeout: 10_000, interval: 100 };

/** Type as pages set it: an article's body (article.html's), small print, sans-serif columns, a headline. */
const FONTS = [
  '18px/1.6 Georgia, serif',
  '12px/1.4 serif',
  '11px/1.3 sans-serif',
  '13px/1.5 sans-serif',
  '26px/1.2 serif',
];

/** A page of one paragraph per font, with nothing for Claim Lens to find (no figure, date or quote). */
function linesPage(): string {
  const paragraphs = FONTS.map(
    (font, i) => `<p style="font: ${font}"><span id="words-${i}">Gypsy journeys happen quietly</span></p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lines</title></head>
<body style="margin: 24px">${paragraphs}</body></html>`;
}

/** A name Claim Lens styles nowhere: a highlight in the system's colours alone. */
const PLAIN = 'forced-colors-test-plain';

/** Shows only the highlight `name` over the element of id `id` (the page registers none of its own). */
function highlightOnly([id, name]: [string, string]): void {
  CSS.highlights.clear();
  const range = new Range();
  range.selectNodeContents(document.getElementById(id)!);
  CSS.highlights.set(name, new Highlight(range));
}

/**
 * Draws the line the highlight `name` has under the element of id `id` as the element's own text decoration (and
 * shows no highlight): the line as it is, whole, where nothing of it is lost past the highlight's box.
 */
function drawLineOf([id, name]: [string, string]): void {
  CSS.highlights.clear();
  const element = document.getElementById(id)!;
  const line = getComputedStyle(element, `::highlight(${name})`);
  for (const property of [
    'text-decoration-line',
    'text-decoration-style',
    'text-decoration-thickness',
    'text-underline-offset',
    'text-decoration-skip-ink',
  ])
    element.style.setProperty(property, line.getPropertyValue(property));
}

/**
 * How much two screenshots of one size differ, in pixels wholly changed: each pixel counts by how far its colour
 * moved, against the farthest any moved, so a line's edges count the same in any pair of colours. Decoded in
 * `tool`'s canvas.
 */
function ink(tool: Page, a: Buffer, b: Buffer): Promise<number> {
  return tool.evaluate(
    async ([one, other]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await pixels(one), await pixels(other)];
      let sum = 0;
      let most = 0;
      for (let i = 0; i < x.length; i += 4) {
        const moved =
          Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!);
        sum += moved;
        most = Math.max(most, moved);
      }
      return most === 0 ? 0 : sum / most;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The card's first `<mark>` (its shadow root is closed: through DevTools) and its computed colours. */
async function cardMarkColours(page: Page): Promise<{ background: string; color: string } | undefined> {
  interface DomNode {
    nodeId: number;
    nodeName: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode, inCard: boolean): DomNode | undefined => {
      if (inCard && node.nodeName === 'MARK') return node;
      const card = inCard || node.nodeName.startsWith('CLAIM-LENS-CARD-');
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child, card);
        if (found) return found;
      }
      return undefined;
    };
    const mark = find(root, false);
    if (!mark) return undefined;
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: mark.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    const value = (name: string) => computedStyle.find((p) => p.name === name)?.value ?? '';
    return { background: value('background-color'), color: value('color') };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

describe('forced colours', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: { '/forced-lines.html': linesPage },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(['dark', 'light'] as const)(
    'marks each relation by a whole line of its own, inside the highlight, in a %s contrast theme',
    async (colorScheme) => {
      const page = await harness.openPage('/forced-lines.html');
      const tool = await harness.context.newPage();
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      for (const [i, font] of FONTS.entries()) {
        const id = `words-${i}`;
        const box = await page.evaluate((of) => {
          const r = document.getElementById(of)!.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }, id);
        const clip = { x: box.x - 4, y: box.y - 6, width: box.width + 8, height: box.height + 12 };
        const shot = async (name: string) => {
          await page.evaluate(highlightOnly, [id, name] as [string, string]);
          return page.screenshot({ clip });
        };
        const plain = await shot(PLAIN);
        await page.evaluate(() => CSS.highlights.clear());
        const bare = await page.screenshot({ clip });
        const shots = new Map<ClaimTone, Buffer>();
        for (const tone of TONES) {
          const name = `claim-lens-${tone}`;
          const highlighted = await shot(name);
          shots.set(tone, highlighted);
          // The same line drawn whole, under the words themselves (in CanvasText on Canvas), to measure it by.
          await page.evaluate(drawLineOf, [id, name] as [string, string]);
          const whole = await ink(tool, await page.screenshot({ clip }), bare);
          await page.evaluate((of) => document.getElementById(of)!.removeAttribute('style'), id);
          // A line past the highlight's box is drawn in the selection's text colour on the page's background,
          // where it vanishes: the claim looked selected, a relation like another, or half its line was gone.
          const shown = await ink(tool, highlighted, plain);
          expect(whole, `${tone}, ${font}: its line`).toBeGreaterThan(box.width / 2);
          expect(shown, `${tone}, ${font}: its line in the highlight`).toBeGreaterThan(0.85 * whole);
        }
        // Less and more precise are one family, one line; the others differ from it and from each other.
        const families: ClaimTone[] = ['agrees', 'conflicts', 'vaguer', 'reworded', 'other-count'];
        for (const [a, one] of families.entries())
          for (const other of families.slice(a + 1))
            expect(shots.get(one)!.equals(shots.get(other)!), `${one} vs ${other}, ${font}`).toBe(false);
      }
      await tool.close();
      await page.close();
    },
  );

  it('shows the card’s matched words in the system’s Mark colours', async () => {
    const page = await harness.openPage('/article.html');
    await waitFor(
      () => allHighlighted(page),
      (list) => list.length > 2,
    );
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await hoverCard(page, '250,000', poll);
    const system = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'background-color: Mark; color: MarkText';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const colours = { background: style.backgroundColor, color: style.color };
      probe.remove();
      return colours;
    });
    expect(system.background).not.toBe(system.color);
    expect(await cardMarkColours(page)).toEqual(system);
    await page.close();
  });

  it('shows the site switch’s state by its knob, not only by its word', async () => {
    const page = await harness.openPage('/plain.html');
    const popup = await harness.openPopup(page);
    await popup.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const button = popup.locator('[data-testid="site-switch"]');
    const track = button.locator('.switch-track');
    await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('true');
    const on = await track.screenshot();
    await button.click();
    await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('false');
    const off = await track.screenshot();
    expect(on.equals(off)).toBe(false);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-checked'), poll).toBe('true');
    await popup.close();
    await page.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
