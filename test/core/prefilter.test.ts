import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { hasClaimCandidates } from '../../src/core/prefilter';

describe('hasClaimCandidates', () => {
  const yes = [
    'More than 280,000 people',
    'five people',
    'dozens of lives',
    'since February',
    'on Wednesday',
    'last week',
    'yesterday',
    'he said “no”',
    'he said "no"',
    'the ‘frayed’ truce',
    'a year ago',
  ];
  const no = [
    'Click to comment',
    'To Top',
    "Washington's patience is limited",
    'Share this article with friends',
    '',
  ];
  it.each(yes)('says maybe for %s', (t) => expect(hasClaimCandidates(t)).toBe(true));
  it.each(no)('says no for %s', (t) => expect(hasClaimCandidates(t)).toBe(false));

  it('never hides a claim extractClaims would find', () => {
    const samples = [...yes, ...no, 'Syria’s war', "'limited'", 'the truce held'];
    for (const s of samples) {
      if (!hasClaimCandidates(s)) expect(extractClaims(s, { referenceDate: '2016-06-01' })).toEqual([]);
    }
  });
});
