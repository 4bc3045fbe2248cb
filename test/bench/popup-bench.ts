/**
 * The popup for a tab with 50 corpus-related claims: from its navigation start to the first painted frame
 * that shows the claim list (`[data-testid="claim-item"]`), read inside the popup page.
 */
import type { Harness } from '../e2e/harness';
import { figure, missing, round, type Figure } from './figures';
import { waitForScan } from './page-probe';
import { median } from './stats';

/**
 * The list item the popup renders per claim: `claim-item` as the issue named it, or `claim` inside the
 * `claim-list`, as the popup names it.
 */
export const CLAIM_ITEM = '[data-testid="claim-item"], [data-testid="claim-list"] [data-testid="claim"]';

/** Init script for the popup: the time of the first frame painted after the first claim item exists. */
const WATCH = `(() => {
  const watch = { seen: null, painted: null, count: 0 };
  window.__popupBench = watch;
  const check = () => {
    if (watch.seen !== null) return;
    const items = document.querySelectorAll(${JSON.stringify(CLAIM_ITEM)});
    if (items.length === 0) return;
    watch.seen = performance.now();
    // An entry may stand for a claim the page repeats (data-count): the figure is claims, not entries.
    watch.count = [...items].reduce((n, e) => n + (Number(e.getAttribute('data-count')) || 1), 0);
    requestAnimationFrame(() => setTimeout(() => { watch.painted = performance.now(); }, 0));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})()`;

const READ = `(() => {
  const watch = window.__popupBench || { seen: null, painted: null, count: 0 };
  return {
    ...watch,
    final: [...document.querySelectorAll(${JSON.stringify(CLAIM_ITEM)})].reduce((n, e) => n + (Number(e.getAttribute('data-count')) || 1), 0),
    testids: [...new Set([...document.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')))],
  };
})()`;

interface Watch {
  seen: number | null;
  painted: number | null;
  count: number;
  final: number;
  testids: string[];
}

/** Options of runPopupBench. */
export interface PopupBenchOptions {
  harness: Harness;
  /** Path of the 50-claim page on the harness's server. */
  path: string;
  reps: number;
}

/** popup_first_render_ms and how many claim items the popup listed. */
export async function runPopupBench(options: PopupBenchOptions): Promise<Figure[]> {
  const { harness } = options;
  const tab = await harness.openPage(options.path);
  try {
    const scan = await waitForScan(tab, { timeoutMs: 15_000, quietMs: 1_000 });
    const tabId = await harness.tabIdOf(tab);
    const times: number[] = [];
    let last: Watch | null = null;
    for (let i = 0; i < options.reps; i++) {
      const popup = await harness.context.newPage();
      try {
        await popup.addInitScript({ content: WATCH });
        await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${tabId}`));
        await popup.waitForSelector(CLAIM_ITEM, { timeout: 10_000 }).catch(() => undefined);
        await popup.waitForTimeout(500);
        last = (await popup.evaluate(READ)) as Watch;
        if (last.painted !== null) times.push(last.painted);
      } finally {
        await popup.close();
      }
    }
    if (times.length === 0) {
      const ids = last?.testids.join(', ') || 'none';
      return [
        missing(
          'popup_first_render_ms',
          'ms',
          `no ${CLAIM_ITEM} within 10 s (tab had ${scan.ranges} highlight ranges; popup test ids: ${ids})`,
        ),
      ];
    }
    return [
      figure('popup_first_render_ms', round(median(times)), 'ms', {
        note: `navigation start → first painted frame with the list, median of ${times.length}; tab had ${scan.ranges} highlight ranges`,
      }),
      figure('popup_claim_items', last?.final ?? 0, '', { note: 'claim items listed for the 50-claim page' }),
    ];
  } finally {
    await tab.close();
  }
}
