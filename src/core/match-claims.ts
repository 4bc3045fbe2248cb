/**
 * The engine's matching entry points: for a claim found on a page, the corpus passages that state the same fact,
 * how each relates to the page (agrees, conflicts, vaguer, more precise, reworded), and the source variance.
 */
import type { CorpusIndex } from './corpus/model';
import { findMatches } from './match/find-matches';
import { buildVariance } from './match/variance';
import type { Claim, ClaimResult } from './types';

export { MATCH_THRESHOLD } from './match/match-score';

/** Matches one claim against the corpus; `matches` is best first and empty when nothing matches confidently. */
export function matchClaim(index: CorpusIndex, claim: Claim): ClaimResult {
  const { candidates, covering } = findMatches(index, claim);
  return {
    matches: candidates.map((c) => c.match),
    variance: buildVariance(index, claim.kind, candidates, covering),
  };
}

/** Matches a batch of claims (one page's worth), in order. */
export function matchClaims(index: CorpusIndex, claims: readonly Claim[]): ClaimResult[] {
  return claims.map((claim) => matchClaim(index, claim));
}
