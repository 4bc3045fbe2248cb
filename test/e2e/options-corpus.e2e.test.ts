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

  it('lists every corpus document with its outlet, title and date as the corpus metadata has them', async () => {
    const ids = Object.keys(meta).sort();
    expect(await options.getByTestId('corpus-count').textContent()).toBe(`${ids.length} documents`);
    for (const id of ids) {
      const cells = await options.locator(`tr[data-doc="${id}"] td`).allInnerTexts();
      const expected = meta[id]!;
      expect(cells[0]).toBe(expected.outlet ?? 'unknown outlet');
      if (expected.title !== null) expect(cells[1]).toContain(expected.title);
      if (expected.date === null) expect(cells[2]).toBe('undated');
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

  it('has one h1 and labelled sections', async () => {
    expect(await options.getByRole('heading', { level: 1 }).count()).toBe(1);
    for (const name of ['Where Claim Lens runs', 'Sites', 'Corpus']) {
      expect(await options.getByRole('region', { name }).count()).toBe(1);
    }
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
