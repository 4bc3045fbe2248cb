/** What tests that match page sentences against a corpus of their own ask: which documents match, and how. */
import { expect } from 'vitest';
import type { CorpusIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import type { Claim } from '../../src/core/types';

/**
 * [document, relation] of each match of the first claim in `text` that `pick` accepts, read on `referenceDate`.
 * Fails the test when no claim is picked, so a row cannot pass by finding nothing to match.
 */
export function matchesOf(
  index: CorpusIndex,
  text: string,
  pick: (claim: Claim) => boolean,
  referenceDate: string,
): [string, string][] {
  const claim = extractClaims(text, { referenceDate }).find(pick);
  expect(claim, `no claim picked in "${text}"`).toBeDefined();
  return claim ? matchClaim(index, claim).matches.map((m) => [m.doc, m.relation]) : [];
}

/**
 * [document, relation] of each match of the claim whose text is `span` in `text`, on a page published on
 * `published` (the matcher's time rules read the page's date). Fails the test when no such claim is found.
 */
export function datedMatchesOf(
  index: CorpusIndex,
  text: string,
  span: string,
  published: string,
): [string, string][] {
  const claim = extractClaims(text, { referenceDate: published }).find((c) => c.text === span);
  expect(claim, `no claim "${span}" in "${text}"`).toBeDefined();
  return claim ? matchClaim(index, claim, { published }).matches.map((m) => [m.doc, m.relation]) : [];
}
