/**
 * The corpus gate: a small, serialisable summary of the corpus that tells a page scanner which of its
 * claims cannot possibly match, before it pays for matching them (or, for the term test, for building them).
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
import type { Claim, QuantityValue } from '../types';
import { MAX_CONFLICT_RATIO } from './compare-values';
import { MATCH_THRESHOLD, minSubjectScore } from './find-matches';
import { CALENDAR_TERMS, subjectWeightBound, weightFor } from './subject';
import { passageTerms } from './terms-cache';

/** Units that never stand in for a figure with no unit (see compare-values unitsClash). */
const STRICT_UNITS: ReadonlySet<string> = new Set(['percent', 'ordinal']);

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
}

/** Builds the gate of a loaded corpus (cheap: one pass over its passages and claims). */
export function buildCorpusGate(index: CorpusIndex): CorpusGate {
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
  };
}

/** Last index i with lows[i] <= limit, or -1. */
function lastAtMost(lows: readonly number[], limit: number): number {
  let low = 0;
  let high = lows.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((lows[mid] ?? Infinity) <= limit) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The unit groups compareQuantities would compare a page figure with. */
function unitGroups(gate: CorpusGate, unit: string): GateFigures[] {
  const out: GateFigures[] = [];
  for (const [other, figures] of Object.entries(gate.figures)) {
    const compatible =
      other === unit || (unit === '' ? !STRICT_UNITS.has(other) : other === '' && !STRICT_UNITS.has(unit));
    if (compatible) out.push(figures);
  }
  return out;
}

/** A gate ready for many questions: the term lists as sets. */
export class GateChecker {
  private readonly subjects: ReadonlySet<string>;
  private readonly passages: ReadonlySet<string>;
  private readonly need: number;

  /** `threshold` is the matcher's; a lower one only widens the gate (tests use it to show a margin). */
  constructor(
    private readonly gate: CorpusGate,
    threshold = MATCH_THRESHOLD,
  ) {
    this.subjects = new Set(gate.subjectTerms);
    this.passages = new Set(gate.passageTerms);
    this.need = weightFor(minSubjectScore(threshold));
  }

  /** False when no figure or date in a sentence with these terms can match: too little of it is about the corpus. */
  sentenceCanMatch(sentenceTerms: Iterable<string>): boolean {
    return subjectWeightBound(sentenceTerms, this.subjects, this.passages, this.need) >= this.need;
  }

  /** False when the claim's value rules out every corpus claim (figures only; other kinds always pass). */
  valueCanMatch(claim: Claim): boolean {
    return claim.value.type !== 'quantity' || this.figureCanMatch(claim.value);
  }

  private figureCanMatch(value: QuantityValue): boolean {
    // Negative or zero figures take compareQuantities' sign rules; too rare to be worth modelling here.
    if (!(value.low > 0)) return true;
    for (const group of unitGroups(this.gate, value.unit ?? '')) {
      if (value.of !== undefined && group.hasOf) return true;
      // Overlapping, or disjoint by at most MAX_CONFLICT_RATIO: some corpus figure starts at most
      // RATIO × the page's high end and ends at least the page's low end / RATIO.
      const i = lastAtMost(group.lows, value.high * MAX_CONFLICT_RATIO);
      if (i >= 0 && (group.maxHighs[i] ?? -Infinity) >= value.low / MAX_CONFLICT_RATIO) return true;
    }
    return false;
  }
}
