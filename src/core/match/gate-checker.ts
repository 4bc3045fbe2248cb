/**
 * The sentence gate ready for many questions (see gate.ts for why every test is a necessary condition of
 * a match): the term lists as sets, the figures searched by binary search.
 */
import type { Claim, QuantityValue } from '../types';
import { MAX_CONFLICT_RATIO, STRICT_UNITS } from './compare-values';
import type { CorpusGate, GateFigures } from './gate';
import { subjectWeightBound } from './subject-score';

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
  /** unitGroups by page unit, worked out on first use: the same few units come up for thousands of claims. */
  private readonly groups = new Map<string, GateFigures[]>();

  constructor(private readonly gate: CorpusGate) {
    this.subjects = new Set(gate.subjectTerms);
    this.passages = new Set(gate.passageTerms);
    // A corrupted or hand-made gate must not turn everything away.
    this.need = Number.isFinite(gate.minWeight) && gate.minWeight >= 0 ? gate.minWeight : 0;
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
    const unit = value.unit ?? '';
    let groups = this.groups.get(unit);
    if (groups === undefined) this.groups.set(unit, (groups = unitGroups(this.gate, unit)));
    for (const group of groups) {
      if (value.of !== undefined && group.hasOf) return true;
      // Overlapping, or disjoint by at most MAX_CONFLICT_RATIO: some corpus figure starts at most
      // RATIO × the page's high end and ends at least the page's low end / RATIO.
      const i = lastAtMost(group.lows, value.high * MAX_CONFLICT_RATIO);
      if (i >= 0 && (group.maxHighs[i] ?? -Infinity) >= value.low / MAX_CONFLICT_RATIO) return true;
    }
    return false;
  }
}
