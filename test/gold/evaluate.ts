/**
 * Scores the engine against test/gold/gold.json: a predicted (claim, document, relation) is right when the gold
 * lists it. Shared by the gold test and by threshold tuning (`npx tsx test/gold/evaluate.ts` prints a sweep).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact, loadIndex, type CorpusIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { findMatches } from '../../src/core/match/find-matches';
import { MATCH_THRESHOLD } from '../../src/core/match/match-score';
import type { Claim, ClaimKind } from '../../src/core/types';

/** One gold item (see the description in gold.json). */
export interface GoldItem {
  id: string;
  group: 'seed' | 'paraphrase' | 'negative';
  exclude: string[];
  text: string;
  /** The page's publication date, when the item tests dates resolved against one (yearless dates infer its year). */
  referenceDate?: string;
  claim: { kind: ClaimKind; contains: string } | 'all';
  expect: { doc: string; relation: string }[];
}

/** Precision, recall and what went wrong. */
export interface GoldScore {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  expected: number;
  errors: string[];
}

const GOLD = fileURLToPath(new URL('./gold.json', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The gold items. */
export function goldItems(): GoldItem[] {
  return (JSON.parse(readFileSync(GOLD, 'utf8')) as { items: GoldItem[] }).items;
}

/** Selects the page claims an item is about. */
function targets(item: GoldItem, claims: Claim[]): Claim[] {
  const want = item.claim;
  if (want === 'all') return claims;
  const found = claims.filter((c) => c.kind === want.kind && c.text.includes(want.contains));
  return found.slice(0, 1);
}

/** Evaluates the gold set at `threshold` (the engine's own by default). */
export function evaluateGold(threshold = MATCH_THRESHOLD): GoldScore {
  const docs = readCorpusDir(SEEDS);
  const indexes = new Map<string, CorpusIndex>();
  const indexWithout = (exclude: string[]): CorpusIndex => {
    const key = exclude.join(',');
    let index = indexes.get(key);
    if (!index) {
      index = loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(docs.filter((d) => !exclude.includes(d.id))))));
      indexes.set(key, index);
    }
    return index;
  };
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  const errors: string[] = [];
  for (const item of goldItems()) {
    const index = indexWithout(item.exclude);
    const claims = targets(item, extractClaims(item.text, item.referenceDate ? { referenceDate: item.referenceDate } : {}));
    const gold = new Set(item.expect.map((e) => `${e.doc}|${e.relation}`));
    expected += gold.size;
    if (claims.length === 0 && item.claim !== 'all') {
      errors.push(`${item.id}: claim "${item.claim.contains}" (${item.claim.kind}) not extracted`);
    }
    const seen = new Set<string>();
    for (const claim of claims) {
      for (const c of findMatches(index, claim, { threshold }).candidates) {
        const key = `${c.match.doc}|${c.match.relation}`;
        predicted++;
        if (gold.has(key) && !seen.has(key)) {
          tp++;
          seen.add(key);
        } else {
          errors.push(`${item.id}: wrong ${c.match.relation} ${c.match.doc.slice(0, 3)} (${c.match.score}) for “${claim.text}”`);
        }
      }
    }
    for (const key of gold) {
      if (!seen.has(key)) errors.push(`${item.id}: missed ${key.replace(/_\w+\|/, ' ')}`);
    }
  }
  return {
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: expected === 0 ? 1 : tp / expected,
    truePositives: tp,
    predicted,
    expected,
    errors,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const t of [0.5, 0.55, 0.58, 0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.68, 0.7, 0.75]) {
    const s = evaluateGold(t);
    console.log(`threshold ${t.toFixed(2)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.truePositives}/${s.predicted} predicted, ${s.expected} expected)`);
  }
  const s = evaluateGold();
  console.log(`\nat MATCH_THRESHOLD ${MATCH_THRESHOLD}:`);
  for (const e of s.errors) console.log(`  ${e}`);
}
