/**
 * Non-text contrast (WCAG 1.4.11), which axe does not measure, light and dark: every text field's edge stands out
 * 3:1 from what lies around it (the options page's add form, the check page's text and date, the popup's preview of
 * a page to add, the site switch's track when Off), and the focus ring does from the background of every control
 * it rings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, popupListed, type Harness } from './harness';

/** The colour, contrast and name of each edge measured, worked out in the page. */
interface Edge {
  what: string;
  ratio: number;
}

/**
 * Contrast of each matching element's `property` colour (a border's or the focus ring's) against the first opaque
 * background behind the element (its parent's and up: a ring and a field's edge lie on that), in the page.
 */
function edgeContrasts([selector, property]: [string, string]): Edge[] {
  const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const linear = [r!, g!, b!].map((c) => {
      const x = c / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  };
  const behind = (element: Element): number[] => {
    for (let e = element.parentElement; e; e = e.parentElement) {
      const colour = rgb(getComputedStyle(e).backgroundColor);
      if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3);
    }
    // The canvas: the page's scheme's own.
    return matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
  };
  return [...document.querySelectorAll(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const [a, b] = [
        luminance(rgb(getComputedStyle(element).getPropertyValue(property))),
        luminance(behind(element)),
      ];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return {
        what: `${element.tagName.toLowerCase()}.${element.className}`,
        ratio: Math.round(ratio * 100) / 100,
      };
    });
}

const FIELDS = 'input[type="text"], input[type="url"], input[type="date"], input[type="search"], textarea';

/** The edges under 3:1 among those matching `selector`, and how many were measured. */
async function lowEdges(
  page: Page,
  selector: string,
  property: string,
): Promise<{ low: Edge[]; count: number }> {
  const edges = await page.evaluate(edgeContrasts, [selector, property] as [string, string]);
  return { low: edges.filter((edge) => edge.ratio < 3), count: edges.length };
}

describe('non-text contrast', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    it.each([
      ['the options page', 'src/options/index.html'],
      ['the check page', 'src/check/index.html'],
    ])('%s: every text field’s edge, and the focus ring', async (_what, path) => {
      const page = await harness.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(harness.extensionUrl(path));
      await page.locator('textarea').first().waitFor({ state: 'attached', timeout: 15_000 });
      // The pasted text's fields are in a closed <details>.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const fields = await lowEdges(page, FIELDS, 'border-top-color');
      expect(fields.count).toBeGreaterThan(1);
      expect(fields.low).toEqual([]);
      await page.keyboard.press('Tab');
      expect((await lowEdges(page, ':focus-visible', 'outline-color')).low).toEqual([]);
      await page.close();
    });

    it('the popup: the preview’s fields, and the focus ring on each control', async () => {
      const article = await harness.openPage('/article.html');
      const popup = await harness.openPopup(article);
      await popup.emulateMedia({ colorScheme: scheme });
      await popupListed(popup);
      await popup.getByTestId('add-page-start').click();
      await popup.getByTestId('add-page-preview').waitFor({ timeout: 15_000 });
      const fields = await lowEdges(popup, FIELDS, 'border-top-color');
      expect(fields.count).toBe(2);
      expect(fields.low).toEqual([]);
      const controls = await popup.locator('button, input').count();
      for (let i = 0; i < controls; i++) {
        await popup.keyboard.press('Tab');
        expect((await lowEdges(popup, ':focus-visible', 'outline-color')).low).toEqual([]);
      }
      await popup.close();
      await article.close();
    });

    it('the popup: the site switch’s track stands out when Off, where no fill shows it', async () => {
      const article = await harness.openPage('/article.html');
      const popup = await harness.openPopup(article);
      await popup.emulateMedia({ colorScheme: scheme });
      await popupListed(popup);
      const button = popup.getByTestId('site-switch');
      await button.click();
      await expect.poll(() => button.getAttribute('aria-checked')).toBe('false');
      try {
        const track = await lowEdges(popup, '.switch-track', 'border-top-color');
        expect(track.count).toBe(1);
        expect(track.low).toEqual([]);
      } finally {
        await button.click();
        await expect.poll(() => button.getAttribute('aria-checked')).toBe('true');
      }
      await popup.close();
      await article.close();
    });
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
