/**
 * What the benchmark watches inside a page, from the page's main world: Claim Lens's highlights (the
 * CSS highlight registry is shared with the content script's isolated world) and long tasks.
 *
 * The in-page code is kept as plain JavaScript strings: functions serialised from this module would carry
 * the TypeScript runner's helpers, which do not exist in the page.
 */
import type { Page } from 'playwright-core';

/** Names of the performance marks the content script may set; both worlds share the performance timeline. */
export const SCAN_START_MARK = 'claim-lens:scan-start';
/** Set after the first scan's last `CSS.highlights.set` (or when it ends with nothing to highlight). */
export const SCAN_DONE_MARK = 'claim-lens:scan-done';

/**
 * Init script: records every change of the total number of `claim-lens*` highlight ranges, with
 * performance.now() timestamps, polling every 10 ms; and buffers long tasks (the API reports tasks of
 * 50 ms or more only).
 */
export const PROBE_SCRIPT = `(() => {
  if (window.__claimLensBench) return;
  const bench = { samples: [], longtasks: [], stop: false };
  Object.defineProperty(window, '__claimLensBench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longtasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = -1;
  const tick = () => {
    const now = performance.now();
    let count = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const [name, highlight] of CSS.highlights) if (String(name).startsWith('claim-lens')) count += highlight.size;
    }
    if (count !== last) { bench.samples.push([now, count]); last = count; }
    if (!bench.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
})();`;

/** Raw state read back from the probe. */
interface ProbeState {
  now: number;
  samples: [number, number][];
  longtasks: [number, number][];
  start: number | null;
  done: number | null;
  dcl: number;
}

const READ_PROBE = `(() => {
  const bench = window.__claimLensBench;
  const mark = (name) => { const entry = performance.getEntriesByName(name)[0]; return entry ? entry.startTime : null; };
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    now: performance.now(),
    samples: bench ? bench.samples : [],
    longtasks: bench ? bench.longtasks : [],
    start: mark('${SCAN_START_MARK}'),
    done: mark('${SCAN_DONE_MARK}'),
    dcl: nav ? nav.domContentLoadedEventEnd : 0,
  };
})()`;

/** One page's scan, as seen from outside. Times are performance.now() of the page. */
export interface ScanObservation {
  /**
   * When the content script started: its start mark; else when its world was created (injection, seen
   * over CDP); else DOMContentLoaded's end (document_idle injects after it).
   */
  start: number;
  startSource: 'mark' | 'injection' | 'dcl';
  /** When all highlights were registered: the later of the last change of the range count and the done mark. */
  end: number | null;
  endSource: 'mark' | 'poll' | 'none';
  /** Ranges in `claim-lens*` highlights when the page settled. */
  ranges: number;
  /** Longest long task (≥ 50 ms) between start and end; null when there was none. */
  longestLongTask: number | null;
  timedOut: boolean;
}

/** Options of waitForScan. */
export interface WaitOptions {
  /** Give up after this long (ms of wall time); the observation then has timedOut. */
  timeoutMs: number;
  /** Highlights unchanged this long count as settled. */
  quietMs: number;
  /**
   * Stop early (not a timeout) when, this long after the first look, there is neither a start mark nor a
   * range: without marks a page with nothing to highlight would otherwise always wait the full timeout.
   */
  giveUpWithoutSignMs?: number;
  /** Reader from watchInjection, for the start when the content script sets no start mark. */
  injection?: () => Promise<number | null>;
}

/**
 * Waits until the page's highlights are settled: the done mark is set and nothing changed for a moment,
 * or ranges exist and did not change for `quietMs`, or the timeout passes.
 */
export async function waitForScan(page: Page, options: WaitOptions): Promise<ScanObservation> {
  const began = Date.now();
  const deadline = began + options.timeoutMs;
  let state = (await page.evaluate(READ_PROBE)) as ProbeState;
  let timedOut = false;
  for (;;) {
    const lastSample = state.samples[state.samples.length - 1];
    const lastChange = lastSample?.[0] ?? 0;
    const ranges = lastSample?.[1] ?? 0;
    const quiet = state.now - lastChange;
    if (state.done !== null && quiet > Math.min(300, options.quietMs)) break;
    if (ranges > 0 && quiet > options.quietMs) break;
    const giveUp = options.giveUpWithoutSignMs;
    if (giveUp !== undefined && state.start === null && ranges === 0 && Date.now() - began > giveUp) break;
    if (Date.now() > deadline) {
      timedOut = true;
      break;
    }
    await page.waitForTimeout(100);
    state = (await page.evaluate(READ_PROBE)) as ProbeState;
  }
  await page.evaluate('window.__claimLensBench && (window.__claimLensBench.stop = true)');
  const injectedAt = options.injection === undefined ? null : await options.injection();
  return observe(state, timedOut, injectedAt);
}

function observe(state: ProbeState, timedOut: boolean, injectedAt: number | null): ScanObservation {
  const start = state.start ?? injectedAt ?? state.dcl;
  const lastSample = state.samples[state.samples.length - 1];
  const ranges = lastSample?.[1] ?? 0;
  const polled = ranges > 0 && lastSample !== undefined ? lastSample[0] : null;
  let end: number | null = polled;
  let endSource: ScanObservation['endSource'] = polled === null ? 'none' : 'poll';
  if (state.done !== null && (end === null || state.done > end)) {
    end = state.done;
    endSource = 'mark';
  }
  const until = end ?? state.now;
  // Tasks that began before the start are the page's own (its parser ends around DOMContentLoaded); the
  // content script's first task begins at most a few ms before its start mark.
  const inWindow = ([at]: [number, number]) => at >= start - 20 && at <= until;
  const tasks = state.longtasks.filter(inWindow).map(([, length]) => length);
  return {
    start,
    startSource: state.start !== null ? 'mark' : injectedAt !== null ? 'injection' : 'dcl',
    end,
    endSource,
    ranges,
    longestLongTask: tasks.length > 0 ? Math.max(...tasks) : null,
    timedOut,
  };
}

/** In-page: reads every text node of the body with a bare TreeWalker, `reps` times; the floor of any reader. */
export function treeWalkerScript(reps: number): string {
  return `(() => {
    const times = [];
    let nodes = 0;
    let chars = 0;
    for (let rep = 0; rep < ${reps}; rep++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      nodes = 0;
      chars = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        chars += node.data.length;
        nodes++;
      }
      times.push(performance.now() - t0);
    }
    return { times, nodes, chars };
  })()`;
}
