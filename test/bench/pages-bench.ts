/**
 * The extension on real pages (the saved pages in ../shared/pages/<name>/source.html), each loaded in the
 * browser with and without the extension: time to highlights settled, console errors the extension adds,
 * and element boxes it moves. A page counts as changed only if a difference survives a second load
 * without the extension (pages with timers or random content move by themselves).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { watchInjection } from './browser';
import { figure, missing, round, type Figure } from './figures';
import { waitForScan } from './page-probe';
import { median } from './stats';

/** In-page: the box of every element, keyed by its child-index path from the root. */
const BOXES = `(() => {
  const out = {};
  const visit = (element, key) => {
    const rect = element.getBoundingClientRect();
    out[key] = [element.tagName, rect.left + scrollX, rect.top + scrollY, rect.width, rect.height];
    let index = 0;
    for (const child of element.children) visit(child, key + '/' + index++);
  };
  visit(document.documentElement, 'html');
  return out;
})()`;

type Boxes = Record<string, [string, number, number, number, number]>;

interface Load {
  errors: string[];
  boxes: Boxes;
  /** Start of scan to highlights settled, when it could be told. */
  highlightMs: number | null;
  ranges: number;
  timedOut: boolean;
  /** Wall time from load to reading the boxes. */
  settledMs: number;
}

/** The saved real pages, by folder name; empty when ../shared/pages is absent. */
export function listPages(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'source.html')))
    .sort();
}

/**
 * Loads one page. With `scan`, waits for the highlights to settle; without, waits `waitMs` after load, so
 * that both loads are measured equally long after load (pages move by themselves for a while).
 */
async function load(harness: Harness, name: string, scan: boolean, waitMs = 700): Promise<Load> {
  const page: Page = await harness.context.newPage();
  const injection = scan ? await watchInjection(page) : undefined;
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page
      .goto(harness.server.url(`/${encodeURIComponent(name)}/source.html`), {
        waitUntil: 'load',
        timeout: 5_000,
      })
      .catch(() => undefined);
    const loaded = Date.now();
    let highlightMs: number | null = null;
    let ranges = 0;
    let timedOut = false;
    if (scan) {
      const seen = await waitForScan(page, {
        timeoutMs: 5_000,
        quietMs: 500,
        giveUpWithoutSignMs: 2_500,
        injection,
      });
      if (seen.end !== null) highlightMs = seen.end - seen.start;
      ranges = seen.ranges;
      timedOut = seen.timedOut;
    } else {
      await page.waitForTimeout(waitMs);
    }
    const boxes = (await page.evaluate(BOXES)) as Boxes;
    return { errors, boxes, highlightMs, ranges, timedOut, settledMs: Date.now() - loaded };
  } finally {
    await page.close();
  }
}

/** Keys of elements present in both loads whose box differs by more than half a pixel. */
function moved(a: Boxes, b: Boxes): string[] {
  const out: string[] = [];
  for (const [key, boxA] of Object.entries(a)) {
    const boxB = b[key];
    if (boxB === undefined || boxB[0] !== boxA[0]) continue;
    for (let i = 1; i < 5; i++) {
      if (Math.abs((boxA[i] as number) - (boxB[i] as number)) > 0.5) {
        out.push(key);
        break;
      }
    }
  }
  return out;
}

/**
 * Messages about loading resources: the browser logs them (not a script), and whether a failed favicon or
 * web manifest is logged once or twice depends on timing, not on the extension.
 */
const NETWORK = /^(Failed to load resource|Manifest fetch from)/;

/** Distinct error messages of `extra` that no baseline load showed (resource-loading noise left out). */
function extraErrors(extra: string[], ...bases: string[][]): string[] {
  const known = new Set(bases.flat());
  return [...new Set(extra)].filter((error) => !known.has(error) && !NETWORK.test(error));
}

/** Options of runPagesBench. */
export interface PagesBenchOptions {
  withExtension: Harness;
  without: Harness;
  names: string[];
  /** Called after each page, for progress on stderr. */
  progress?: (done: number, total: number) => void;
}

/** pages_highlight_ms_median/max, pages_console_errors, pages_layout_changes, with examples in the notes. */
export async function runPagesBench(options: PagesBenchOptions): Promise<Figure[]> {
  const times: number[] = [];
  const errorPages: string[] = [];
  const layoutPages: string[] = [];
  let highlighted = 0;
  let timeouts = 0;
  let done = 0;
  for (const name of options.names) {
    try {
      const ours = await load(options.withExtension, name, true);
      const base = await load(options.without, name, false, ours.settledMs);
      if (ours.highlightMs !== null) times.push(ours.highlightMs);
      if (ours.ranges > 0) highlighted++;
      if (ours.timedOut) timeouts++;
      let errors = extraErrors(ours.errors, base.errors);
      let changes = moved(base.boxes, ours.boxes);
      if (errors.length > 0 || changes.length > 0) {
        const again = await load(options.without, name, false, ours.settledMs);
        const unstable = new Set(moved(base.boxes, again.boxes));
        changes = changes.filter((key) => !unstable.has(key));
        errors = extraErrors(ours.errors, base.errors, again.errors);
      }
      if (errors.length > 0) errorPages.push(`${name}: ${errors[0]?.slice(0, 120)}`);
      if (changes.length > 0) layoutPages.push(`${name}: ${changes.length} boxes, e.g. ${changes[0]}`);
    } catch (error) {
      errorPages.push(
        `${name}: bench failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    options.progress?.(++done, options.names.length);
  }
  const total = options.names.length;
  const figures: Figure[] = [
    figure('pages_count', total, '', {
      note: `${highlighted} with highlights, ${timeouts} hit the 5 s wait`,
    }),
  ];
  if (times.length === 0) {
    const why = 'no page showed highlights or a scan-done mark';
    figures.push(
      missing('pages_highlight_ms_median', 'ms', why),
      missing('pages_highlight_ms_max', 'ms', why),
    );
  } else {
    const note = `over ${times.length} pages where the end of the scan could be told`;
    figures.push(figure('pages_highlight_ms_median', round(median(times)), 'ms', { note }));
    figures.push(figure('pages_highlight_ms_max', round(Math.max(...times)), 'ms'));
  }
  figures.push(
    figure('pages_console_errors', errorPages.length, '', {
      target: '0',
      note: errorPages.slice(0, 3).join(' | ') || 'none',
    }),
    figure('pages_layout_changes', layoutPages.length, '', {
      target: '0',
      note: layoutPages.slice(0, 3).join(' | ') || 'none',
    }),
  );
  return figures;
}

/** The figures when the pages cannot be measured. */
export function pagesMissing(reason: string): Figure[] {
  return [
    'pages_highlight_ms_median',
    'pages_highlight_ms_max',
    'pages_console_errors',
    'pages_layout_changes',
  ].map((key) => missing(key, key.endsWith('_ms_median') || key.endsWith('_ms_max') ? 'ms' : '', reason));
}
