/**
 * The service worker from an extension page: a cold start (stopped worker to the first answered match,
 * index load included), and per-claim match time (single-claim requests minus an empty-batch baseline
 * measured the same way, interleaved).
 */
import type { Page } from 'playwright-core';
import { workerStopper, type Harness } from '../e2e/harness';
import type { Claim } from '../../src/core/types';
import { figure, missing, round, type Figure } from './figures';
import { median, quantile } from './stats';

/** In-page helper source: sends one match request and returns its round trip and reply. */
const SEND = `async (claims) => {
  const t0 = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'match', payload: { claims } });
  return { ms: performance.now() - t0, reply };
}`;

function timedMatch(claims: Claim[]): string {
  return `(async () => {
    const send = ${SEND};
    const { ms, reply } = await send(${JSON.stringify(claims)});
    if (!reply || reply.ok !== true) return { error: reply && reply.error ? reply.error : 'no reply' };
    const results = reply.value && reply.value.results ? reply.value.results : [];
    return { ms, matched: results.filter((r) => r.matches && r.matches.length > 0).length };
  })()`;
}

function warmRounds(claims: Claim[], rounds: number): string {
  return `(async () => {
    const send = ${SEND};
    const claims = ${JSON.stringify(claims)};
    const single = [];
    const empty = [];
    let matched = 0;
    for (let i = 0; i < 10; i++) { await send([claims[i % claims.length]]); await send([]); }
    for (let i = 0; i < ${rounds}; i++) {
      const one = await send([claims[i % claims.length]]);
      if (!one.reply || one.reply.ok !== true) return { error: one.reply && one.reply.error ? one.reply.error : 'no reply' };
      if (one.reply.value.results[0] && one.reply.value.results[0].matches.length > 0) matched++;
      single.push(one.ms);
      empty.push((await send([])).ms);
    }
    return { single, empty, matched };
  })()`;
}

type Reply<T> = T | { error: string };

function failed<T extends object>(reply: Reply<T>): reply is { error: string } {
  return 'error' in reply;
}

/** Options of runWorkerBench. */
export interface WorkerBenchOptions {
  harness: Harness;
  claims: Claim[];
  claimSource: string;
  coldReps: number;
  rounds: number;
}

/** sw_cold_ms, sw_match_ms_p50/p95 and the raw round trips. */
export async function runWorkerBench(options: WorkerBenchOptions): Promise<Figure[]> {
  const { harness, claims } = options;
  const first = claims[0];
  if (first === undefined) return [missing('sw_cold_ms', 'ms', 'no claims to send')];
  // A quiet extension page: it sends nothing of its own, unlike the popup.
  const page: Page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('manifest.json'));
  const stopper = await workerStopper(harness, page);
  const figures: Figure[] = [];
  try {
    const cold: number[] = [];
    let coldError: string | null = null;
    for (let i = 0; i < options.coldReps && coldError === null; i++) {
      try {
        await stopper.stop();
        const reply = (await page.evaluate(timedMatch([first]))) as Reply<{ ms: number }>;
        if (failed(reply)) coldError = `match failed: ${reply.error}`;
        else cold.push(reply.ms);
      } catch (error) {
        coldError = error instanceof Error ? error.message : String(error);
      }
    }
    figures.push(
      cold.length > 0
        ? figure('sw_cold_ms', round(median(cold)), 'ms', {
            note: `stopAllWorkers → first answered match (1 claim), median of ${cold.length}`,
          })
        : missing('sw_cold_ms', 'ms', coldError ?? 'not measured'),
    );
    const warm = (await page.evaluate(warmRounds(claims, options.rounds))) as Reply<{
      single: number[];
      empty: number[];
      matched: number;
    }>;
    if (failed(warm)) {
      figures.push(missing('sw_match_ms_p50', 'ms', `match failed: ${warm.error}`));
    } else {
      const base50 = median(warm.empty);
      const base95 = quantile(warm.empty, 0.95);
      const note = `${options.rounds} single-claim requests minus empty-batch round trip; ${options.claimSource}; ${warm.matched}/${options.rounds} had matches`;
      figures.push(
        figure('sw_match_ms_p50', round(Math.max(0, median(warm.single) - base50)), 'ms', { note }),
        figure('sw_match_ms_p95', round(Math.max(0, quantile(warm.single, 0.95) - base95)), 'ms'),
        figure('sw_roundtrip_ms_p50', round(median(warm.single)), 'ms', {
          note: 'raw single-claim round trip',
        }),
        figure('sw_empty_roundtrip_ms_p50', round(base50), 'ms', {
          note: 'raw empty-batch round trip (baseline)',
        }),
      );
    }
  } finally {
    await stopper.detach();
    await page.close();
  }
  return figures;
}
