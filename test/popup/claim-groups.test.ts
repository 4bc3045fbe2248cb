/** Grouping identical claims into one list entry, and the list's filter and count. */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/types';
import {
  groupClaims,
  groupOf,
  listCount,
  MANY_ENTRIES,
  normalisedWording,
  offersFilter,
  repeatLabel,
  whereSourcesDiffer,
  type ClaimGroup,
} from '../../src/popup/claim-groups';
import type { TabClaim } from '../../src/shared/messages';
import { CLAIMS } from './fixtures';

const [toll, truce, quote] = CLAIMS as [TabClaim, TabClaim, TabClaim];

/** `base` again at another place on the page, with other words if given. */
function again(base: TabClaim, id: string, claim: Partial<Claim> = {}): TabClaim {
  return { ...base, id, claim: { ...base.claim, ...claim, sentence: `Elsewhere: ${base.claim.sentence}` } };
}

describe('groupClaims', () => {
  it('lists a claim the page repeats once, in the place of its first occurrence, with every id', () => {
    const groups = groupClaims([toll, truce, again(toll, 't2'), quote, again(toll, 't3')]);
    expect(groups.map((g) => [g.id, g.ids])).toEqual([
      ['c1', ['c1', 't2', 't3']],
      ['c2', ['c2']],
      ['c3', ['c3']],
    ]);
    expect(groups.map((group) => repeatLabel(group))).toEqual(['3 times on this page', null, null]);
    expect(repeatLabel(groups[0] as ClaimGroup, 'text')).toBe('3 times in this text');
    expect(groupOf(groups, 't3')?.id).toBe('c1');
    expect(groupOf(groups, 'nope')).toBeUndefined();
  });

  it.each<[string, TabClaim, boolean]>([
    ['other case and spacing', again(toll, 'x', { text: 'More  than\n280,000' }), true],
    [
      'typographic quote marks',
      again(quote, 'x', {
        value: { type: 'quote', text: 'Russia needs to understand that our patience is not infinite' },
        text: '"Russia needs to understand that our patience is not infinite."',
      }),
      true,
    ],
    ['another figure', again(toll, 'x', { text: 'more than 290,000' }), false],
    ['another kind', { ...again(toll, 'x'), claim: { ...toll.claim, kind: 'date' } }, false],
    [
      'another result',
      { ...again(toll, 'x'), result: { ...toll.result, matches: toll.result.matches.slice(0, 1) } },
      false,
    ],
    [
      'only a score apart',
      {
        ...again(toll, 'x'),
        result: {
          ...toll.result,
          matches: toll.result.matches.map((m) => ({ ...m, score: m.score - 0.01 })),
        },
      },
      true,
    ],
    [
      // The matcher orders sources by score, which differs by a hair from one sentence to the next: the same
      // three sources agreeing on "February 27" were two entries of the same words, badge and summary.
      'the same sources in another order',
      {
        ...again(toll, 'x'),
        result: {
          ...toll.result,
          matches: [...toll.result.matches].reverse(),
          variance: { ...toll.result.variance, reports: [...toll.result.variance.reports].reverse() },
        },
      },
      true,
    ],
    [
      // Whether a source covers the topic turns on the rest of the sentence; what the sources say does not.
      'one more source silent on it',
      {
        ...again(toll, 'x'),
        result: {
          ...toll.result,
          variance: {
            ...toll.result.variance,
            reports: [...toll.result.variance.reports, { doc: 'other', source: 'Other', status: 'silent' }],
            summary:
              '1 source agrees, 1 gives a different figure; 2 other sources on the topic do not mention it',
          },
        },
      },
      true,
    ],
  ])('%s: grouped with the first is %s', (_what, other, grouped) => {
    const base = other.claim.kind === 'quote' ? quote : toll;
    expect(groupClaims([base, other])).toHaveLength(grouped ? 1 : 2);
  });

  it('normalises case, spaces, quote marks and dashes', () => {
    expect(normalisedWording({ ...toll.claim, text: ' Some\u00a0250,000 \u2013 300,000 ' })).toBe(
      'some 250,000 - 300,000',
    );
  });
});

describe('filter and count', () => {
  const many = (n: number, base: TabClaim): TabClaim[] =>
    Array.from({ length: n }, (_, i) => again(base, `${base.id}-${i}`, { text: `${i + 1},000` }));

  it('offers the filter only to a long list with some entry where sources differ', () => {
    expect(offersFilter(groupClaims(CLAIMS))).toBe(false);
    expect(offersFilter(groupClaims([...many(MANY_ENTRIES - 1, truce), toll]))).toBe(true);
    expect(offersFilter(groupClaims(many(MANY_ENTRIES + 2, truce)))).toBe(false);
  });

  it('keeps the entries where some source gives another value or wording', () => {
    expect(whereSourcesDiffer(groupClaims(CLAIMS)).map((g) => g.id)).toEqual(['c1', 'c3']);
  });

  it.each([
    [60, 60, 'Showing all 60 entries'],
    [18, 60, 'Showing 18 of 60 entries'],
  ])('%i of %i: %s', (shown, total, line) => {
    expect(listCount(shown, total)).toBe(line);
  });
});
