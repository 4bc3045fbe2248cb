/** The shared vocabulary: claim-level words read about the claim, source-level words about the source. */
import { describe, expect, it } from 'vitest';
import type { ClaimResult, Match, Relation } from '../../src/core/types';
import { CLAIM_WORDS, claimStatus, SOURCE_WORDS, type ClaimStatus } from '../../src/shared/relation-words';
import { CLAIMS } from '../popup/fixtures';

const RELATIONS: Relation[] = ['agrees', 'conflicts', 'vaguer', 'more-precise', 'reworded'];

function result(relations: Relation[], corpusDisagrees = false, value?: Match['value']): ClaimResult {
  const base = CLAIMS[0]!.result.matches[0]!;
  return {
    matches: relations.map((relation, i) => ({
      ...base,
      doc: `d${i}`,
      relation,
      value: value ?? base.value,
    })),
    variance: { reports: [], summary: '', corpusDisagrees },
  };
}

describe('relation words', () => {
  it.each(RELATIONS)(
    'a claim badge for %s names the sources or the wording, never a bare source-side word',
    (r) => {
      for (const words of [CLAIM_WORDS[r].one, CLAIM_WORDS[r].many]) {
        expect(words).toMatch(/^(Sources?|Wording) /);
        expect(words).not.toBe(SOURCE_WORDS[r]);
      }
    },
  );

  it('puts "more precise" on the sources when the page is the vaguer one', () => {
    expect(claimStatus(result(['more-precise', 'more-precise', 'more-precise', 'more-precise']))?.label).toBe(
      'Sources more precise',
    );
    expect(claimStatus(result(['vaguer']))?.label).toBe('Source less precise');
  });

  it.each<[string, Relation[], boolean, Partial<ClaimStatus>]>([
    [
      'a differing source wins over agreeing ones',
      ['agrees', 'agrees', 'conflicts'],
      false,
      { relation: 'conflicts', differs: true, sourcesVary: null },
    ],
    [
      'a differing value wins over other wording',
      ['reworded', 'conflicts'],
      false,
      { relation: 'conflicts', differs: true },
    ],
    // A quote sources print word for word is attested; another source's rewording is a note beside it.
    [
      'agreement wins over other wording, which a note tells',
      ['agrees', 'reworded', 'agrees'],
      true,
      {
        relation: 'agrees',
        label: 'Sources agree',
        differs: true,
        sourcesVary: '1 other source words it differently.',
        sourcesAlsoDisagree: null,
      },
    ],
    [
      'other wording alone differs',
      ['reworded', 'reworded'],
      false,
      { relation: 'reworded', label: 'Wording differs', differs: true, sourcesVary: null },
    ],
    // The same sources give the same badge whichever scored better, and it counts the sources it names.
    [
      'else agreement, whatever the order',
      ['vaguer', 'agrees'],
      false,
      { relation: 'agrees', label: 'Source agrees', differs: false, sourcesVary: null },
    ],
    [
      'agreement, in the other order',
      ['agrees', 'vaguer'],
      false,
      { relation: 'agrees', label: 'Source agrees' },
    ],
    [
      'then a more precise source',
      ['vaguer', 'more-precise'],
      false,
      { relation: 'more-precise', label: 'Source more precise' },
    ],
    [
      'a difference counts every source',
      ['agrees', 'conflicts'],
      false,
      { relation: 'conflicts', label: 'Sources differ' },
    ],
    ['one source is one source', ['agrees'], false, { label: 'Source agrees' }],
    ['two matches of one source are one source', ['agrees', 'agrees'], false, { label: 'Sources agree' }],
  ])('%s', (_what, relations, disagrees, expected) => {
    expect(claimStatus(result(relations, disagrees))).toMatchObject(expected);
  });

  it('sources that differ only among themselves: the page agrees, and a note says none contradicts it', () => {
    const quote = { type: 'quote' as const, text: '[Bashar] Al-Assad' };
    expect(claimStatus(result(['agrees', 'agrees', 'agrees'], true, quote))).toEqual({
      relation: 'agrees',
      label: 'Sources agree',
      differs: false,
      sourcesVary: 'The sources word it differently among themselves; none differs from this page.',
      sourcesAlsoDisagree: null,
    });
    expect(claimStatus(result(['agrees', 'agrees'], false, quote))?.sourcesVary).toBeNull();
  });

  it('a difference from the page, while the sources also disagree, says both', () => {
    const status = claimStatus(result(['agrees', 'conflicts'], true));
    expect(status?.label).toBe('Sources differ');
    expect(status?.sourcesVary).toBeNull();
    expect(status?.sourcesAlsoDisagree).toBe(
      'The corpus sources also disagree with each other on this fact.',
    );
    expect(claimStatus(result(['agrees', 'conflicts'], false))?.sourcesAlsoDisagree).toBeNull();
  });

  it('has no status without a match', () => {
    expect(claimStatus(result([]))).toBeNull();
  });
});
