/**
 * The content script on the large article: time from its start to all highlights registered, against a
 * bare TreeWalker pass over the same page (the floor for any extension that reads the page), the longest
 * main-thread task meanwhile, and the page heap it adds.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { heapUsedBytes, openFresh, watchInjection } from './browser';
import { figure, missing, round, type Figure } from './figures';
import {
  treeWalkerScript,
  waitForScan,
  SCAN_DONE_MARK,
  SCAN_START_MARK,
  type ScanObservation,
} from './page-probe';
import { median } from './stats';

const MB = 1024 * 1024;

const START_SOURCES: Record<ScanObservation['startSource'], string> = {
  mark: SCAN_START_MARK,
  injection: `content script world created (CDP; no ${SCAN_START_MARK} mark)`,
  dcl: `DOMContentLoaded end (no ${SCAN_START_MARK} mark, injection not seen)`,
};

/** The page's own longest task after DOMContentLoaded, read from the probe (0 when none reached 50 ms). */
const OWN_LONGEST = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const from = nav ? nav.domContentLoadedEventEnd - 20 : 0;
  const tasks = (window.__claimLensBench ? window.__claimLensBench.longtasks : []).filter(([at]) => at >= from);
  return tasks.reduce((longest, [, length]) => Math.max(longest, length), 0);
})()`;

/** Options of runScanBench. */
export interface ScanBenchOptions {
  /** Browser with the extension. */
  withExtension: Harness;
  /** The same browser without it, for the heap and long-task baselines. */
  without: Harness;
  /** Path of the large article on both fixture servers. */
  path: string;
  /** Fresh loads with the extension. */
  reps: number;
  /** A browser with the read probe instead of Claim Lens (see read-probe.ts), measured over as many loads. */
  probe?: Harness;
}

interface Rep {
  scan: ScanObservation;
  walkMs: number;
  /** The same pass in a fresh isolated world, where a content script runs (every node needs a new wrapper there). */
  isolatedWalkMs: number | null;
  nodes: number;
  chars: number;
  heap: number;
}

async function measureWith(harness: Harness, path: string): Promise<Rep> {
  const page = await harness.context.newPage();
  try {
    const injection = await watchInjection(page);
    await page.goto(harness.server.url(path), { waitUntil: 'load', timeout: 60_000 });
    const scan = await waitForScan(page, { timeoutMs: 30_000, quietMs: 1_500, injection });
    const walk = (await page.evaluate(treeWalkerScript(5))) as {
      times: number[];
      nodes: number;
      chars: number;
    };
    const heap = await heapUsedBytes(page);
    const isolatedWalkMs = await isolatedWalk(page);
    return { scan, walkMs: median(walk.times), isolatedWalkMs, nodes: walk.nodes, chars: walk.chars, heap };
  } finally {
    await page.close();
  }
}

/** One bare TreeWalker pass in a new isolated world of the page (CDP), as a content script would make it. */
async function isolatedWalk(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `claim-lens-bench-${Date.now()}`,
    });
    const result = await cdp.send('Runtime.evaluate', {
      expression: `(${treeWalkerScript(1)}).times[0]`,
      contextId: executionContextId,
      returnByValue: true,
    });
    return typeof result.result.value === 'number' ? result.result.value : null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The read probe's time from its start to its one highlight, and the floor measured in the same page. */
async function measureProbe(harness: Harness, path: string): Promise<{ ms: number; walkMs: number } | null> {
  const page = await harness.context.newPage();
  try {
    await page.goto(harness.server.url(path), { waitUntil: 'load', timeout: 60_000 });
    const scan = await waitForScan(page, { timeoutMs: 30_000, quietMs: 1_500 });
    if (scan.end === null || scan.startSource !== 'mark') return null;
    const walk = (await page.evaluate(treeWalkerScript(5))) as { times: number[] };
    return { ms: scan.end - scan.start, walkMs: median(walk.times) };
  } finally {
    await page.close();
  }
}

/** read_probe_ratio and read_probe_ms: what reading the page node by node costs any extension. */
async function probeFigures(probe: Harness, path: string, reps: number): Promise<Figure[]> {
  const runs: { ms: number; walkMs: number }[] = [];
  for (let i = 0; i < reps; i++) {
    const run = await measureProbe(probe, path);
    if (run !== null) runs.push(run);
  }
  if (runs.length === 0) {
    const why = 'the read probe set no start and done marks within 30 s';
    return [missing('read_probe_ratio', 'x', why), missing('read_probe_ms', 'ms', why)];
  }
  const ms = median(runs.map((r) => r.ms));
  return [
    figure('read_probe_ratio', round(ms / median(runs.map((r) => r.walkMs))), 'x', {
      note: `scan_ratio of an extension whose content script only reads every text node once and sets one highlight (median of ${runs.length} loads): the least a content script reading node by node pays`,
    }),
    figure('read_probe_ms', round(ms), 'ms'),
  ];
}

async function measureWithout(harness: Harness, path: string): Promise<{ heap: number; ownLongest: number }> {
  const page = await openFresh(harness.context, harness.server.url(path), 60_000);
  try {
    // Same settle time as a scan would get, so the page's own lazy work is in both figures.
    await page.waitForTimeout(1_500);
    const ownLongest = (await page.evaluate(OWN_LONGEST)) as number;
    return { heap: await heapUsedBytes(page), ownLongest };
  } finally {
    await page.close();
  }
}

function scanFigures(timed: Rep[], ownNote: string): Figure[] {
  const scanMs = median(timed.map((r) => (r.scan.end ?? 0) - r.scan.start));
  const walkMs = median(timed.map((r) => r.walkMs));
  const sample = timed[0]?.scan;
  const how =
    `start: ${START_SOURCES[sample?.startSource ?? 'dcl']}; ` +
    `end: ${sample?.endSource === 'mark' ? SCAN_DONE_MARK : 'last change of the highlight range count'}; ` +
    `median of ${timed.length} loads` +
    (timed.some((r) => r.scan.timedOut) ? '; some loads hit the 30 s timeout' : '');
  const tasks = timed.map((r) => r.scan.longestLongTask ?? 0);
  const none = tasks.every((t) => t === 0);
  return [
    figure('scan_ratio', round(scanMs / walkMs), 'x', { target: '≤ 3 (aim 2)', note: how }),
    figure('scan_ms', round(scanMs), 'ms'),
    figure('highlight_ranges', sample?.ranges ?? 0, '', { note: 'claim-lens* ranges on the large page' }),
    figure('longest_task_ms', round(median(tasks)), 'ms', {
      target: '≤ 50',
      note: `${none ? '0 = no task of 50 ms or more (all the long-task API reports) during the scan' : 'longtask observer between start and end, median over loads'}${ownNote}`,
    }),
  ];
}

/** scan_ratio, scan_ms, treewalker_ms, longest_task_ms, heap figures and the large page's size. */
export async function runScanBench(options: ScanBenchOptions): Promise<Figure[]> {
  const reps: Rep[] = [];
  for (let i = 0; i < options.reps; i++) reps.push(await measureWith(options.withExtension, options.path));
  const baseline: { heap: number; ownLongest: number }[] = [];
  for (let i = 0; i < Math.min(options.reps, 2); i++)
    baseline.push(await measureWithout(options.without, options.path));
  const first = reps[0];
  if (first === undefined) return [];
  const figures: Figure[] = [
    figure('large_page_text_mb', round(first.chars / MB), 'MB', { note: `${first.nodes} text nodes` }),
    figure('treewalker_ms', round(median(reps.map((r) => r.walkMs))), 'ms', {
      note: 'bare TreeWalker reading every text node, same page after the scan, median of 5 passes',
    }),
  ];
  const isolated = reps.map((r) => r.isolatedWalkMs).filter((ms): ms is number => ms !== null);
  if (isolated.length > 0) {
    const ms = median(isolated);
    figures.push(
      figure('treewalker_isolated_ms', round(ms), 'ms', {
        note: `the same pass as a content script makes it: first pass in a fresh isolated world (${round(ms / median(reps.map((r) => r.walkMs)))}× the page's own)`,
      }),
    );
  }
  const ownLongest = round(median(baseline.map((b) => b.ownLongest)));
  const ownNote = `; without the extension the page's own longest task after DOMContentLoaded: ${ownLongest} ms`;
  const timed = reps.filter((r) => r.scan.end !== null);
  if (timed.length === 0) {
    const why = `no claim-lens* highlight range and no ${SCAN_DONE_MARK} mark within 30 s (content script not scanning yet?)`;
    figures.push(missing('scan_ratio', 'x', why, { target: '≤ 3' }), missing('scan_ms', 'ms', why));
    figures.push(missing('longest_task_ms', 'ms', why, { target: '≤ 50' }));
  } else {
    figures.push(...scanFigures(timed, ownNote));
  }
  if (options.probe !== undefined)
    figures.push(...(await probeFigures(options.probe, options.path, options.reps)));
  const withHeap = median(reps.map((r) => r.heap));
  const withoutHeap = median(baseline.map((b) => b.heap));
  figures.push(
    figure('heap_delta_mb', round((withHeap - withoutHeap) / MB), 'MB', {
      note: `page isolate's used heap after GC, which includes the content script's world: ${round(withHeap / MB)} with, ${round(withoutHeap / MB)} without`,
    }),
  );
  return figures;
}
