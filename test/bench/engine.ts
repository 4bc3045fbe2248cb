/**
 * Engine benchmark: extraction throughput against a bare regex scan, index build time and size, and per-claim
 * match latency on the bundled corpus and on FA-KES (when ../shared is present). Reports figures only; nothing
 * here asserts on time.
 *
 *   npx tsx test/bench/engine.ts          readable table
 *   npx tsx test/bench/engine.ts --json   one JSON line
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { readFakes } from '../../src/build/read-fakes';
import {
  buildIndexArtifact,
  loadIndex,
  type CorpusIndex,
  type CorpusSource,
} from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import type { Claim } from '../../src/core/types';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const FAKES = fileURLToPath(new URL('../../../shared/corpora/fa-kes.csv', import.meta.url));
const MB = 1024 * 1024;

/** A baseline: the cheapest scan that finds figures, years and quotations, with no understanding at all. */
const BASELINE =
  /\d[\d,.]*|[“"][^”"\n]{1,500}[”"]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** News text of at least 1 MB: FA-KES article texts, or the seeds repeated. */
function newsText(fakes: CorpusSource[] | null, seeds: CorpusSource[]): string {
  const parts = (fakes ?? seeds).map((d) => d.text);
  let text = parts.join('\n\n');
  while (text.length < MB) text += `\n\n${parts.join('\n\n')}`;
  return text;
}

/** Passes over the whole text per side; the first ones warm the JIT up and are not counted. */
const WARM_PASSES = 3;
const TIMED_PASSES = 5;

/**
 * MB/s of `run` over the text in paragraph-sized chunks (as the content script sees blocks): the median of
 * TIMED_PASSES whole passes after WARM_PASSES. Both sides of a ratio are measured the same way; a single cold
 * pass mostly measures the JIT tiering up the extractor's many small functions.
 */
function throughput(text: string, run: (chunk: string) => void): number {
  const chunks = text.split(/\n\n+/);
  const times: number[] = [];
  for (let pass = 0; pass < WARM_PASSES + TIMED_PASSES; pass++) {
    const t0 = performance.now();
    for (const c of chunks) run(c);
    if (pass >= WARM_PASSES) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return text.length / MB / ((times[times.length >> 1] ?? 1) / 1000);
}

function timeMatches(index: CorpusIndex, claims: Claim[]): { p50: number; p95: number } {
  for (const c of claims.slice(0, 20)) matchClaim(index, c);
  const times: number[] = [];
  for (const c of claims) {
    const t0 = performance.now();
    matchClaim(index, c);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
}

function build(docs: CorpusSource[]): { index: CorpusIndex; ms: number; bytes: number } {
  const t0 = performance.now();
  const artifact = buildIndexArtifact(docs);
  const ms = performance.now() - t0;
  const json = JSON.stringify(artifact);
  return { index: loadIndex(JSON.parse(json)), ms: round(ms, 1), bytes: Buffer.byteLength(json) };
}

function claimsOf(docs: CorpusSource[], limit: number): Claim[] {
  const out: Claim[] = [];
  for (const d of docs) {
    for (const c of extractClaims(d.text, d.meta?.date ? { referenceDate: d.meta.date } : {})) {
      out.push(c);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Runs the benchmark and returns its figures. */
export async function runEngineBench(): Promise<Record<string, number>> {
  const seeds = readCorpusDir(SEEDS);
  const fakes = existsSync(FAKES) ? readFakes(FAKES) : null;
  const text = newsText(fakes, seeds);
  const extract_mb_s = throughput(text, (c) => void extractClaims(c));
  const regex_mb_s = throughput(text, (c) => void c.match(BASELINE));
  const out: Record<string, number> = {
    extract_mb_s: round(extract_mb_s, 2),
    regex_mb_s: round(regex_mb_s, 2),
    extract_regex_ratio: round(extract_mb_s / regex_mb_s, 4),
  };

  const bundled = build(seeds);
  const raw = seeds.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const seedClaims = claimsOf(seeds, 1000);
  const pageClaims = [
    ...seedClaims,
    ...claimsOf(
      [{ id: 'page', text: readFileSync(new URL('../gold/gold.json', import.meta.url), 'utf8') }],
      500,
    ),
  ];
  const bundledTimes = timeMatches(bundled.index, pageClaims);
  Object.assign(out, {
    match_ms_p50: bundledTimes.p50,
    match_ms_p95: bundledTimes.p95,
    match_claims: pageClaims.length,
    index_build_ms: bundled.ms,
    index_bytes: bundled.bytes,
    raw_bytes: raw,
  });

  if (fakes) {
    const big = build(fakes);
    // Page claims: from every 7th FA-KES article and from the seeds.
    const sample = fakes.filter((_d, i) => i % 7 === 3);
    const claims = [...claimsOf(sample, 600), ...seedClaims];
    const times = timeMatches(big.index, claims);
    Object.assign(out, {
      fakes_docs: fakes.length,
      fakes_raw_bytes: fakes.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
      fakes_match_ms_p50: times.p50,
      fakes_match_ms_p95: times.p95,
      fakes_match_claims: claims.length,
      fakes_index_build_ms: big.ms,
      fakes_index_bytes: big.bytes,
      fakes_disagreements: big.index.disagreements.length,
    });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await runEngineBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(24)} ${v}`);
}
