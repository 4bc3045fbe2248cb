/**
 * The content script stays out of the page's way: no long task (> 50 ms) while it scans a megabyte of
 * text in tens of thousands of text nodes, and a page that rewrites its text many times a second does not
 * make it eat the CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { sendTab, waitFor } from './content-helpers';
import type { TabState } from '../../src/shared/messages';
import { SCAN_DONE_MARK, SCAN_START_MARK } from '../../src/content/scan-marks';

/** About 1 MB of prose with inline markup; every paragraph differs so no cache hides the work. */
function bigPage(): string {
  const paragraphs: string[] = [];
  const words = [
    'harbour',
    'council',
    'river',
    'market',
    'school',
    'bridge',
    'garden',
    'station',
    'library',
    'square',
  ];
  for (let i = 0; i < 5000; i++) {
    const w = (k: number) => words[(i + k) % words.length];
    paragraphs.push(
      `<p>In the ${w(1)} quarter, <b>close to ${600 + (i % 7)},000</b> residents live near the <a href="#d${i}">${w(2)} ` +
        `and the ${w(3)}</a>, the UN says; the <i>${w(4)} committee</i> met again this week to discuss the ${w(5)}, ` +
        `the ${w(6)} and the ${w(7)}, and <em>neighbours</em> of the ${w(8)} asked for a <span>${w(9)}</span> of their own ` +
        `before the <u>winter</u> (note ${i}).</p>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Big</title><link rel="icon" href="data:,">
<script>window.longTasks=[];new PerformanceObserver(function(l){for(const e of l.getEntries())window.longTasks.push([e.startTime,e.duration]);}).observe({type:'longtask'});
window.ticks=[];(function tick(){window.ticks.push(performance.now());if(window.ticks.length<100000)setTimeout(tick,4);})();</script>
</head><body><main>${paragraphs.join('\n')}</main></body></html>`;
}

const generated = { '/content-perf-big.html': bigPage };

async function settle(page: Page, harness: Harness | null): Promise<void> {
  if (harness) {
    await waitFor(
      () => sendTab<TabState>(harness, page, 'getTabState', {}),
      (s) => !s.scanning,
      120_000,
    );
  }
}

/**
 * How many of the page's own timer callbacks ran while the first scan was under way (between its start and done
 * marks): an unsliced scan is one task, in which no page timer runs.
 */
async function pageTurnsDuringScan(page: Page): Promise<number> {
  return page.evaluate(
    ({ startName, doneName }) => {
      const start = performance.getEntriesByName(startName)[0]?.startTime ?? Infinity;
      const done = performance.getEntriesByName(doneName)[0]?.startTime ?? -Infinity;
      return (window as unknown as { ticks: number[] }).ticks.filter((t) => t > start && t < done).length;
    },
    { startName: SCAN_START_MARK, doneName: SCAN_DONE_MARK },
  );
}

/** Long tasks that began after the page finished its own loading work. */
async function longTasksAfterLoad(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][]; loadedAt: number };
    return w.longTasks.filter(([start]) => start > w.loadedAt).map(([, duration]) => Math.round(duration));
  });
}

/** Main-thread busy time (ms) while the page rewrites a claim-bearing paragraph every 20 ms for `ms`. */
async function busyWhileRewriting(page: Page, ms: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) *
    1000;
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'churn';
    document.body.append(p);
    let n = 0;
    (window as unknown as { churn: number }).churn = window.setInterval(() => {
      n++;
      p.textContent = `Close to ${600 + (n % 9)},000 Syrians live in besieged areas, the UN says (update ${n}).`;
    }, 20);
  });
  const start = await taskTime();
  await page.waitForTimeout(ms);
  const busy = (await taskTime()) - start;
  await page.evaluate(() => clearInterval((window as unknown as { churn: number }).churn));
  await cdp.detach();
  return busy;
}

describe('content script performance', () => {
  let harness: Harness;
  let baseline: Harness;
  beforeAll(async () => {
    harness = await launchExtension({ generated });
    baseline = await launchExtension({ generated, withExtension: false });
  });
  afterAll(async () => {
    await harness?.close();
    await baseline?.close();
  });

  async function open(h: Harness): Promise<Page> {
    const page = await h.context.newPage();
    await page.goto(h.server.url('/content-perf-big.html'), { waitUntil: 'load' });
    // The page's own parse and first layout are its business; measure from here on.
    await page.evaluate(() => {
      document.body.getBoundingClientRect();
      (window as unknown as { loadedAt: number }).loadedAt = performance.now();
    });
    return page;
  }

  it('scans a megabyte page in slices, without blocking the page', async () => {
    const page = await open(harness);
    const stats = await page.evaluate(() => ({
      chars: document.body.textContent!.length,
      textNodes: document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null)
        .numberValue,
    }));
    expect(stats.chars).toBeGreaterThan(1_000_000);
    expect(stats.textNodes).toBeGreaterThan(40_000);
    const started = Date.now();
    await settle(page, harness);
    const took = Date.now() - started;
    const found = (await sendTab<TabState>(harness, page, 'getTabState', {})).claims.length;
    const tasks = await longTasksAfterLoad(page);
    const plain = await open(baseline);
    await plain.waitForTimeout(Math.min(took, 10_000));
    const baselineTasks = await longTasksAfterLoad(plain);
    const turns = await pageTurnsDuringScan(page);
    console.log(
      `scan of ${stats.chars} chars / ${stats.textNodes} text nodes: ${took} ms, ${found} claims with context, ${turns} page timer turns during it; long tasks with extension ${JSON.stringify(tasks)}, without ${JSON.stringify(baselineTasks)}`,
    );
    // Durations are the benchmark's (longest_task_ms, scan_ratio): a test asserts no time. What it asserts is that
    // the page gets its turns while a megabyte is read: an unsliced scan is one task, and no page timer runs in it.
    expect(found).toBeGreaterThan(0);
    expect(turns).toBeGreaterThanOrEqual(3);
    await page.close();
    await plain.close();
  }, 150_000);

  it('keeps up with a page that rewrites its text 50 times a second, and shows its last text', async () => {
    const page = await harness.openPage('/content-split.html');
    const plain = await baseline.openPage('/content-split.html');
    await settle(page, harness);
    const withExtension = await busyWhileRewriting(page, 5_000);
    const without = await busyWhileRewriting(plain, 5_000);
    // The CPU it costs is the benchmark's figure (churn_script_ms_per_s); printed here for whoever looks.
    console.log(
      `busy over 5 s: ${Math.round(withExtension)} ms with the extension, ${Math.round(without)} ms without`,
    );
    const last = await page.evaluate(() => document.getElementById('churn')?.textContent ?? '');
    const figure = /Close to \d+,000/.exec(last)?.[0] ?? '';
    await waitFor(
      () => sendTab<TabState>(harness, page, 'getTabState', {}),
      (s) => !s.scanning && s.claims.some((c) => c.claim.text === figure),
      20_000,
    );
    await page.close();
    await plain.close();
  });

  it('reached no console error', () => {
    expect(harness.errors).toEqual([]);
  });
});
