/** What tests that match page sentences against a corpus of their own ask: which documents match, and how. */
import { expect } from 'vitest';
import type { CorpusIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import type { Claim } from '../../src/core/types';
import { builtIndex } from './built-index';

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

/**
 * The relations of the matches of the claim whose text is `span` in `page`, read on `referenceDate` against a
 * corpus of the one document `corpus`. Fails the test when no such claim is found.
 */
export function relationsInOne(page: string, corpus: string, span: string, referenceDate: string): string[] {
  const index = builtIndex([{ id: 'doc', text: `${corpus}\n` }]);
  const claim = extractClaims(page, { referenceDate }).find((c) => c.text === span);
  expect(claim, `no claim "${span}" in "${page}"`).toBeDefined();
  return claim ? matchClaim(index, claim).matches.map((m) => m.relation) : [];
}
