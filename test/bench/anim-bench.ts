/**
 * What the content script costs a page that animates: an article of 50 corpus-related claims beside 300
 * elements whose inline style (position, opacity) a script changes every frame and whose parent's class it
 * toggles every tenth frame, as carousels, parallax and tickers do. The page's main-thread script time over a
 * window after the first scan, with the extension and without it, in the same run.
 */
import type { Harness } from '../e2e/harness';
import { figure, round, type Figure } from './figures';
import { claimArticle } from './large-page';
import { median } from './stats';

/** Elements the page animates. */
const BOXES = 300;

const ANIMATION = `<div id="boxes"></div><script>
const host = document.getElementById('boxes');
const boxes = [];
for (let i = 0; i < ${BOXES}; i++) {
  const d = document.createElement('div');
  d.textContent = 'box ' + i;
  d.style.position = 'relative';
  host.append(d);
  boxes.push(d);
}
let t = 0;
function frame() {
  t++;
  boxes.forEach((d, i) => {
    d.style.left = ((t + i) % 50) + 'px';
    d.style.opacity = String(0.5 + ((t + i) % 10) / 20);
  });
  if (t % 10 === 0) host.classList.toggle('tick');
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
</script>`;

/** The article of claimArticle(50) with the animation at its end. */
export function animatedArticle(): string {
  return claimArticle(50).replace('</body>', `${ANIMATION}</body>`);
}

/** A claim-bearing paragraph whose text the page rewrites every 20 ms, as live tickers and scores do. */
const CHURN = `<p id="churn"></p><script>
const churn = document.getElementById('churn');
let n = 0;
setInterval(() => {
  n++;
  churn.textContent = 'Close to ' + (600 + (n % 9)) + ',000 Syrians live in besieged areas, the UN says (update ' + n + ').';
}, 20);
</script>`;

/** The article of claimArticle(50) with a paragraph rewritten 50 times a second at its end. */
export function churningArticle(): string {
  return claimArticle(50).replace('</body>', `${CHURN}</body>`);
}

/** Options of runAnimBench. */
export interface AnimBenchOptions {
  withExtension: Harness;
  without: Harness;
  /** Path of animatedArticle() on both harnesses' servers. */
  path: string;
  /** Measured window, after `settleMs` for the first scan. */
  windowMs: number;
  settleMs: number;
  reps: number;
}

/** Main-thread script time (ms) of one page load over the window, from DevTools' Performance metrics. */
async function scriptMs(harness: Harness, path: string, settleMs: number, windowMs: number): Promise<number> {
  const page = await harness.context.newPage();
  try {
    await page.goto(harness.server.url(path), { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
    };
    const before = await read();
    await page.waitForTimeout(windowMs);
    return ((await read()) - before) * 1000;
  } finally {
    await page.close();
  }
}

/** Script time per second of the window on `path`, with and without the extension (medians, alternating). */
async function withAndWithout(
  options: AnimBenchOptions,
  path: string,
): Promise<{ withMs: number; withoutMs: number }> {
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  for (let rep = 0; rep < options.reps; rep++) {
    withoutTimes.push(await scriptMs(options.without, path, options.settleMs, options.windowMs));
    withTimes.push(await scriptMs(options.withExtension, path, options.settleMs, options.windowMs));
  }
  const perSecond = (ms: number) => (ms * 1000) / options.windowMs;
  return { withMs: perSecond(median(withTimes)), withoutMs: perSecond(median(withoutTimes)) };
}

/**
 * `anim_script_ms_per_s`: the page's script time per second of animation with the extension, and
 * `anim_script_ratio`: that over the same page's without it (medians of `reps` loads each, alternating). With
 * `churnPath` (churningArticle), the same for a paragraph rewritten 50 times a second: `churn_script_ms_per_s`
 * and `churn_script_ratio`, which an end-to-end test once asserted and a test must not (times are noisy).
 */
export async function runAnimBench(options: AnimBenchOptions & { churnPath?: string }): Promise<Figure[]> {
  const anim = await withAndWithout(options, options.path);
  const note = `${BOXES} elements restyled a frame; without the extension ${anim.withoutMs.toFixed(0)} ms/s`;
  const figures = [
    figure('anim_script_ms_per_s', round(anim.withMs), 'ms', { note }),
    figure('anim_script_ratio', round(anim.withMs / anim.withoutMs), 'x', {
      note: 'with / without, same run',
    }),
  ];
  if (options.churnPath) {
    const churn = await withAndWithout(options, options.churnPath);
    figures.push(
      figure('churn_script_ms_per_s', round(churn.withMs), 'ms', {
        note: `a claim's paragraph rewritten every 20 ms; without the extension ${churn.withoutMs.toFixed(0)} ms/s`,
      }),
      figure('churn_script_ratio', round(churn.withMs / churn.withoutMs), 'x', {
        note: 'with / without, same run',
      }),
    );
  }
  return figures;
}
