/**
 * Our way of showing claims (Range objects in a CSS highlight) against the usual tool (mark.js wrapping
 * the same character ranges in <mark>), on the large article, in fresh loads of the same page, in the
 * browser without the extension so nothing else touches the page.
 *
 * Each cost is the synchronous work plus forced style and layout (reading offsetHeight), plus the next
 * frame's rendering (from its requestAnimationFrame callback to a task posted from it, which runs after
 * the frame's paint): both approaches pay the same kinds of cost.
 */
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { openFresh } from './browser';
import { figure, missing, round, type Figure } from './figures';
import { median } from './stats';

const require = createRequire(import.meta.url);

/**
 * In-page: picks `count` claim-like spans (figures with up to two following words, quotations), evenly
 * spread over the body's concatenated text. Offsets are in the text of the body's text nodes in document
 * order, the coordinates mark.js's markRanges uses on a page without script or style in the body.
 */
function pickSpansScript(count: number): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    const starts = [];
    let text = '';
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    }
    const all = [];
    for (const m of text.matchAll(/(?:more than |at least |nearly )?\\d[\\d,.]*(?: [a-z]+){0,2}|“[^”]{1,200}”/g)) {
      all.push([m.index, m.index + m[0].length]);
    }
    const step = Math.max(1, Math.floor(all.length / ${count}));
    const spans = [];
    for (let i = 0; i < all.length && spans.length < ${count}; i += step) spans.push(all[i]);
    window.__benchText = { nodes, starts, spans, text };
    return { spans: spans.length, candidates: all.length };
  })()`;
}

/** After the work: force style and layout, then time the next frame's rendering. */
const FRAME = `
  void document.body.offsetHeight;
  const t1 = performance.now();
  const frame = await new Promise((resolve) => requestAnimationFrame(() => {
    const t2 = performance.now();
    setTimeout(() => resolve(performance.now() - t2), 0);
  }));`;

/** Waits for a quiet frame boundary so that neither method starts in the middle of the page's own work. */
const SETTLE = `await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));`;

const OURS = `(async () => {
  const { nodes, starts, spans } = window.__benchText;
  const locate = (offset) => {
    let low = 0, high = starts.length - 1;
    while (low < high) { const mid = (low + high + 1) >> 1; if (starts[mid] <= offset) low = mid; else high = mid - 1; }
    return [nodes[low], offset - starts[low]];
  };
  ${SETTLE}
  const t0 = performance.now();
  const ranges = spans.map(([start, end]) => {
    const range = new Range();
    const [startNode, startOffset] = locate(start);
    const [endNode, endOffset] = locate(end - 1);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    return range;
  });
  CSS.highlights.set('claim-lens-bench', new Highlight(...ranges));
  ${FRAME}
  return { work: t1 - t0, frame, marked: ranges.map((range) => range.toString()).join('|') };
})()`;

const MARKJS = `(async () => {
  const { spans } = window.__benchText;
  const ranges = spans.map(([start, end]) => ({ start, length: end - start }));
  const instance = new Mark(document.body);
  ${SETTLE}
  const t0 = performance.now();
  const owner = new Map();
  await new Promise((resolve) => instance.markRanges(ranges, { done: resolve, each: (element, range) => owner.set(element, range.start) }));
  ${FRAME}
  const marked = [];
  let current = null;
  for (const element of document.querySelectorAll('mark[data-markjs]')) {
    const index = owner.get(element);
    if (current !== null && current[0] === index) current[1] += element.textContent;
    else { current = [index, element.textContent]; marked.push(current); }
  }
  return { work: t1 - t0, frame, marked: marked.map((entry) => entry[1]).join('|') };
})()`;

interface Run {
  work: number;
  frame: number;
  marked: string;
}

/** Options of runMarkjsBench. */
export interface MarkjsBenchOptions {
  context: BrowserContext;
  url: string;
  /** Claim ranges to mark. */
  ranges: number;
  /** Fresh loads per method. */
  reps: number;
}

/** markjs_ratio: our highlighting's cost over mark.js's on the same ranges of the same page. */
export async function runMarkjsBench(options: MarkjsBenchOptions): Promise<Figure[]> {
  const markPath = require.resolve('mark.js/dist/mark.min.js');
  const ours: number[] = [];
  const theirs: number[] = [];
  let spans = 0;
  let sameText = true;
  for (let rep = 0; rep < options.reps; rep++) {
    // Alternate which goes first so that warm-up or a noisy neighbour does not favour one side.
    const order = rep % 2 === 0 ? (['ours', 'markjs'] as const) : (['markjs', 'ours'] as const);
    const marked: Record<string, string> = {};
    for (const method of order) {
      const page = await openFresh(options.context, options.url);
      try {
        await page.addStyleTag({ content: '::highlight(claim-lens-bench) { background-color: #ffe066; }' });
        if (method === 'markjs') await page.addScriptTag({ path: markPath });
        // The scan probe's 10 ms poll is not part of either method's cost.
        await page.evaluate('window.__claimLensBench && (window.__claimLensBench.stop = true)');
        const picked = (await page.evaluate(pickSpansScript(options.ranges))) as { spans: number };
        spans = picked.spans;
        const run = (await page.evaluate(method === 'ours' ? OURS : MARKJS)) as Run;
        (method === 'ours' ? ours : theirs).push(run.work + run.frame);
        marked[method] = run.marked;
      } finally {
        await page.close();
      }
    }
    if (marked.ours !== marked.markjs) sameText = false;
  }
  const oursMs = median(ours);
  const markMs = median(theirs);
  const check = sameText ? 'both marked the same text' : 'WARNING: the two marked different text';
  const detail = `${spans} ranges, median of ${options.reps} fresh loads each; ${check}`;
  if (!(markMs > 0)) return [missing('markjs_ratio', 'x', 'mark.js took no measurable time')];
  return [
    figure('markjs_ratio', round(oursMs / markMs), 'x', { target: '≤ 0.2', note: detail }),
    figure('highlight_ms', round(oursMs), 'ms', {
      note: `Range + Highlight + CSS.highlights.set + layout + frame`,
    }),
    figure('markjs_ms', round(markMs), 'ms', { note: 'mark.js markRanges + layout + frame' }),
  ];
}
