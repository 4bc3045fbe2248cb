/**
 * The options page's corpus view with the bundled corpus: every document with its outlet, title and date
 * (unknown metadata said plainly, never invented), and the facts on which the corpus sources disagree.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type Harness } from './harness';

interface SourceMeta {
  outlet: string | null;
  title: string | null;
  date: string | null;
}

describe('options: corpus view', () => {
  let harness: Harness;
  let options: Page;
  let meta: Record<string, SourceMeta>;

  beforeAll(async () => {
    meta = JSON.parse(await readFile(join(ROOT, 'seeds/sources.json'), 'utf8')) as Record<string, SourceMeta>;
    harness = await launchExtension({ dist: process.env.CLAIM_LENS_DIST });
    options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByTestId('documents').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The undated seeds that the events they share with a dated one place in time (see undated-window.ts). */
  const PLACED = new Set(['000_e4e932a64afb5874', '001_b2556f4a5b9ae9bb', '002_f6c15ed2f06924aa']);

  it('lists every corpus document with its outlet, title and date as the corpus metadata has them', async () => {
    const ids = Object.keys(meta).sort();
    expect(await options.getByTestId('corpus-count').textContent()).toBe(`${ids.length} documents`);
    for (const id of ids) {
      const cells = await options.locator(`tr[data-doc="${id}"] td`).allInnerTexts();
      const expected = meta[id]!;
      expect(cells[0]).toBe(expected.outlet ?? 'unknown outlet');
      if (expected.title !== null) expect(cells[1]).toContain(expected.title);
      // An undated seed that reports the truce of 27 February, as the dated 004 does, is placed in the year after it.
      if (expected.date === null)
        expect(cells[2]).toBe(
          PLACED.has(id) ? 'undated, written 27 February 2016 – 26 February 2017' : 'undated',
        );
      else expect(cells[2]).toMatch(/\b\d{4}$/);
    }
  });

  it('lists the facts on which the corpus sources disagree, each with at least two sources', async () => {
    const items = options.locator('[data-testid="disagreements"] > li');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      expect(await items.nth(i).locator('ul > li').count()).toBeGreaterThanOrEqual(2);
      expect(((await items.nth(i).locator('h4').textContent()) ?? '').trim().length).toBeGreaterThan(0);
    }
  });

  it('dates each report of a disagreement whose document has a date, beside its outlet', async () => {
    // A reader weighing "dozens" against "hundreds" needs to see whether one report is older than the other.
    const reports = await options
      .locator('[data-testid="disagreements"] li[data-doc]')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.getAttribute('data-doc'),
          li.querySelector('.report-date time')?.getAttribute('datetime'),
        ]),
      );
    expect(reports.length).toBeGreaterThan(0);
    for (const [doc, shown] of reports) expect(shown ?? null, doc ?? '').toBe(meta[doc ?? '']?.date ?? null);
    expect(reports.some(([, shown]) => shown)).toBe(true);
  });

  // A 720 px window at 200 % zoom, or a phone: each row is a grid, and the longest date once took all but 13 px of
  // it, stacking the outlet's name a letter a line.
  it('keeps each outlet readable in a narrow window, however long the date beside it', async () => {
    await options.setViewportSize({ width: 360, height: 800 });
    try {
      const rows = await options.locator('tr[data-doc]').evaluateAll((trs) =>
        trs.map((tr) => {
          const outlet = tr.querySelector('td')!;
          const range = document.createRange();
          range.selectNodeContents(outlet);
          // The lines the outlet's name is drawn on (the cell itself is as tall as the row's wrapped date).
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          return { width: outlet.getBoundingClientRect().width, lines };
        }),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.width).toBeGreaterThanOrEqual(100);
        expect(row.lines).toBeLessThanOrEqual(3);
      }
    } finally {
      await options.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('has one h1 and labelled sections', async () => {
    expect(await options.getByRole('heading', { level: 1 }).count()).toBe(1);
    for (const name of ['Where Claim Lens runs', 'Sites', 'Corpus']) {
      expect(await options.getByRole('region', { name }).count()).toBe(1);
    }
  });

  it('gives every usable button, and text on a tinted background, at least 4.5:1 contrast, light and dark', async () => {
    // Text in the paste box enables "Add to the corpus"; the page is left as it was afterwards.
    await options.getByText('Or paste a text').click();
    await options.getByTestId('add-text').fill('A text to enable the add button.');
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme });
        const ratios = await options.evaluate(() => {
          const rgba = (css: string): number[] => {
            const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
            return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
          };
          // What the element is painted on: its own background, else the nearest ancestor's, over white.
          const backdrop = (element: Element | null): number[] => {
            for (let e = element; e; e = e.parentElement) {
              const c = rgba(getComputedStyle(e).backgroundColor);
              if (c[3]! > 0) {
                const under = c[3]! < 1 ? backdrop(e.parentElement) : c;
                return c.slice(0, 3).map((v, i) => v * c[3]! + under[i]! * (1 - c[3]!));
              }
            }
            return [255, 255, 255];
          };
          const luminance = (c: number[]) => {
            const [r, g, b] = c.map((v) => {
              const s = v / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          return [...document.querySelectorAll('button:not(:disabled), mark, ins, del')]
            .filter((b) => b.getClientRects().length > 0)
            .map((b) => {
              const [l1, l2] = [luminance(rgba(getComputedStyle(b).color)), luminance(backdrop(b))];
              const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              return `${b.textContent?.trim()}: ${ratio.toFixed(2)}`;
            });
        });
        expect(ratios.length).toBeGreaterThan(1);
        for (const entry of ratios)
          expect(Number(entry.split(': ').pop()), `${colorScheme} ${entry}`).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await options.emulateMedia({ colorScheme: null });
      await options.getByTestId('add-text').fill('');
    }
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
