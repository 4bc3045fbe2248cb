/**
 * A claim on this page that has context: the claim, the worker's result, and its live DOM Range.
 */
import type { Claim, ClaimResult, Relation } from '../core/types';

/** A highlighted claim. `range` is live: the browser keeps it in step with edits to the page. */
export interface FoundClaim {
  id: string;
  claim: Claim;
  result: ClaimResult;
  range: Range;
  relation: Relation;
}

/** Every relation, in the order a card lists them. */
export const RELATIONS: readonly Relation[] = ['agrees', 'conflicts', 'vaguer', 'more-precise', 'reworded'];

/** Words a reader sees for each relation (of the corpus source to the page). */
export const RELATION_LABELS: Record<Relation, string> = {
  agrees: 'agrees',
  conflicts: 'conflicts',
  vaguer: 'vaguer',
  'more-precise': 'more precise',
  reworded: 'reworded',
};

/**
 * The relation a claim is highlighted with: a conflict anywhere wins, because a reader most needs to
 * know that a source says otherwise; else the best match's relation. Null without a confident match.
 */
export function claimRelation(result: ClaimResult): Relation | null {
  const best = result.matches[0];
  if (!best) return null;
  return result.matches.some((match) => match.relation === 'conflicts') ? 'conflicts' : best.relation;
}

/**
 * The card's badge for a claim highlighted with `relation`. A conflict wins the highlight even when other
 * sources back the page, and a badge saying only "conflicts" then contradicts the card's own summary ("1
 * source agrees, 1 gives a different figure"): it says the sources differ instead. A conflict with no source
 * on the page's side keeps its relation's label.
 */
export function badgeLabel(relation: Relation, result: ClaimResult): string {
  const mixed = relation === 'conflicts' && result.matches.some((match) => match.relation !== 'conflicts');
  return mixed ? 'sources differ' : RELATION_LABELS[relation];
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
