/**
 * The sentence gate (built and asked in the worker, which extracts a page's claims): a small summary of the
 * corpus that tells the extractor which sentences' figures and dates cannot possibly match, before it pays
 * for building them. The per-claim gate (claim-gate.ts) then looks closer at each claim that was built.
 *
 * Every test here is a necessary condition of findMatches, not a guess, so the gate never hides a match:
 * - a figure or date matches only with enough subject agreement (minSubjectScore): the terms its sentence
 *   shares with the corpus's claim subjects and claim-bearing passages, each counted at its best, must be able
 *   to earn it (subjectWeightBound). A lone shared "week" or "report" cannot;
 * - a figure matches only a corpus figure that compareQuantities accepts: a compatible unit and within
 *   MAX_CONFLICT_RATIO of it (or both "N of M").
 * Quotes and dates are let through on values: quotes are few, and dates compare on month and day across years.
 */
import type { CorpusIndex } from '../corpus/model';
import { MATCH_THRESHOLD } from './match-score';
import { minSubjectScore } from './score-facts';
import { CALENDAR_TERMS } from './subject';
import { weightFor } from './subject-score';
import { passageTerms } from './terms-cache';

/** Corpus figures of one unit, sorted by their low end, for a logarithmic "any figure near this one?" test. */
export interface GateFigures {
  /** Low ends, ascending. */
  lows: number[];
  /** highs[i] = the largest high end among the first i + 1 figures. */
  maxHighs: number[];
  /** True when any of them is an "N of M" figure. */
  hasOf: boolean;
}

/** What the page side needs to know of the corpus to discard hopeless claims. JSON-safe. */
export interface CorpusGate {
  /** Subject terms of the corpus's figure and date claims. */
  subjectTerms: string[];
  /** Other terms of the passages that hold those claims. */
  passageTerms: string[];
  /** Corpus figures by unit ('' when none is stated). */
  figures: Record<string, GateFigures>;
  /** Shared-term weight a sentence needs before any of its figures or dates can match (see subjectWeightBound). */
  minWeight: number;
}

/**
 * Builds the gate of a loaded corpus (cheap: one pass over its passages and claims). `threshold` is the
 * matcher's; a lower one only widens the gate (tests use it to show a margin).
 */
export function buildCorpusGate(index: CorpusIndex, threshold = MATCH_THRESHOLD): CorpusGate {
  const subjects = new Set<string>();
  const passages = new Set<string>();
  const byUnit = new Map<string, { low: number; high: number; of: boolean }[]>();
  index.passages.forEach((passage, i) => {
    let facts = false;
    for (const ci of passage.claims) {
      const claim = index.claims[ci];
      if (!claim || claim.kind === 'quote') continue;
      facts = true;
      for (const t of claim.subject) subjects.add(t);
      if (claim.value.type !== 'quantity') continue;
      const unit = claim.value.unit ?? '';
      let list = byUnit.get(unit);
      if (!list) byUnit.set(unit, (list = []));
      list.push({ low: claim.value.low, high: claim.value.high, of: claim.value.of !== undefined });
    }
    if (facts) for (const t of passageTerms(index, i)) passages.add(t);
  });
  const figures: Record<string, GateFigures> = {};
  for (const [unit, list] of byUnit) {
    list.sort((a, b) => a.low - b.low);
    let max = -Infinity;
    figures[unit] = {
      lows: list.map((f) => f.low),
      maxHighs: list.map((f) => (max = Math.max(max, f.high))),
      hasOf: list.some((f) => f.of),
    };
  }
  // Month and weekday names earn no subject credit (subjectScore skips them): sharing one proves nothing.
  const useful = (t: string) => !CALENDAR_TERMS.has(t);
  return {
    subjectTerms: [...subjects].filter(useful).sort(),
    passageTerms: [...passages].filter((t) => useful(t) && !subjects.has(t)).sort(),
    figures,
    minWeight: weightFor(minSubjectScore(threshold)),
  };
}
