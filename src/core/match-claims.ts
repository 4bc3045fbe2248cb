/**
 * The engine's matching entry points: for a claim found on a page, the corpus passages that state the same fact,
 * how each relates to the page (agrees, conflicts, vaguer, more precise, reworded), and the source variance.
 */
import type { CorpusIndex } from './corpus/model';
import { findMatches, type TimedCandidate } from './match/find-matches';
import { buildVariance } from './match/variance';
import type { Claim, ClaimResult, OtherTimeCount } from './types';

export { MATCH_THRESHOLD } from './match/match-score';

/** Options of matchClaim. */
export interface MatchOptions {
  /**
   * The day (YYYY-MM-DD) the page was published, when the page says so (not a reader's today): a toll of
   * under a thousand is then matched only with corpus reports of about that time, or of the time its sentence
   * names.
   */
  published?: string;
  /** A document matched as no source: the page itself, saved to the corpus (see pageDocument). */
  excludeDoc?: number;
}

/** Matches one claim against the corpus; `matches` is best first and empty when nothing matches confidently. */
export function matchClaim(index: CorpusIndex, claim: Claim, options: MatchOptions = {}): ClaimResult {
  const { candidates, otherCounts, covering, unconfirmed } = findMatches(index, claim, options);
  const counts = otherCounts.map(otherTimeCount);
  const matches = candidates.map((c) => c.match);
  const variance = buildVariance(index, claim.kind, candidates, covering, counts, unconfirmed);
  // Written out rather than spread, keys in the same order: no copy per claim.
  return counts.length > 0 ? { matches, otherCounts: counts, variance } : { matches, variance };
}

function otherTimeCount(c: TimedCandidate): OtherTimeCount {
  const { relation: _relation, diff: _diff, ...match } = c.match;
  return { ...match, ...c.otherTime };
}

/** Matches a batch of claims (one page's worth), in order. */
export function matchClaims(
  index: CorpusIndex,
  claims: readonly Claim[],
  options: MatchOptions = {},
): ClaimResult[] {
  return claims.map((claim) => matchClaim(index, claim, options));
}
