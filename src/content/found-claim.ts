/**
 * A claim on this page that has context: the claim, the worker's result, and its live DOM Range.
 */
import type { Claim, ClaimResult } from '../core/types';
import { claimStatus, type ClaimTone } from '../shared/relation-words';

/** A highlighted claim. `range` is live: the browser keeps it in step with edits to the page. */
export interface FoundClaim {
  id: string;
  claim: Claim;
  result: ClaimResult;
  range: Range;
  /** Its tone: a relation, or 'other-count' (see ClaimTone). */
  relation: ClaimTone;
}

/**
 * The relation a claim is highlighted with: the relation of its status (src/shared/relation-words.ts), so the
 * underline, the card's badge and the popup's badge never tell two stories. Null when no source has a confident
 * match nor a count of another time.
 */
export function claimRelation(result: ClaimResult): ClaimTone | null {
  return claimStatus(result)?.relation ?? null;
}

/** Orders claims as they appear on the page (detached ranges last). */
export function inPageOrder(claims: FoundClaim[]): FoundClaim[] {
  return [...claims].sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    } catch {
      return 0;
    }
  });
}

/** Short stable hash (FNV-1a), for claim ids that survive rescans and reloads of the same text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A claim's id before de-duplication: the same claim in the same sentence, read against the same date, gets the
 * same id across rescans and reloads (the popup and the full view refer to claims by it).
 */
export function claimIdBase(referenceDate: string, claim: Claim): string {
  return `c${hash(`${referenceDate}\u0000${claim.kind}\u0000${claim.text}\u0000${claim.sentence}`)}`;
}
