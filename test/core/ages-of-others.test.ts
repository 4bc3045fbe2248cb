/**
 * Two ages agree only for one person: an age written against a name ("Marsh, 24,", "the 24-year-old Lena
 * Marsh") meets no age whose side never gives that name. Ages are shared by millions of people.
 */
import { describe, expect, it } from 'vitest';
import { buildIndexArtifact, loadIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';

const REF = { referenceDate: '2016-06-01' };

/** The relations of the page's first age against one document holding `corpus`. */
function ageMatches(page: string, corpus: string): string[] {
  const index = loadIndex(
    JSON.parse(JSON.stringify(buildIndexArtifact([{ id: 'doc', text: corpus, meta: { outlet: 'Wire' } }]))),
  );
  const claim = extractClaims(page, REF).find((c) => c.kind === 'quantity');
  if (!claim) throw new Error(`no figure in ${page}`);
  return matchClaim(index, claim).matches.map((m) => m.relation);
}

describe('ages of two people', () => {
  it.each([
    [
      'The skier Lena Marsh, 24, who won the downhill title in Oslo, was banned for a year on Monday.',
      'The 24-year-old skier won downhill silver in Oslo and was banned for a year on Monday.',
    ],
    [
      'The 24-year-old skier won downhill silver in Oslo and was banned for a year on Monday.',
      'The skier Lena Marsh, 24, who won the downhill title in Oslo, was banned for a year on Monday.',
    ],
  ])('"%s" does not agree with "%s"', (page, corpus) => {
    expect(ageMatches(page, corpus)).toEqual([]);
  });

  it.each([
    [
      'The skier Lena Marsh, 24, who won the downhill title in Oslo, was banned for a year on Monday.',
      'Marsh, the 24-year-old who won the downhill title in Oslo, was banned for a year on Monday by the federation.',
    ],
    [
      'The 24-year-old skier Lena Marsh won the downhill title in Oslo and was banned for a year on Monday.',
      'The skier Lena Marsh, 24, who won the downhill title in Oslo, was banned for a year on Monday.',
    ],
  ])('"%s" agrees with "%s"', (page, corpus) => {
    expect(ageMatches(page, corpus)).toEqual(['agrees']);
  });
});
