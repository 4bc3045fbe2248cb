import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { hasClaimCandidates } from '../../src/core/prefilter';
import { terms } from '../../src/core/text/terms';
import type { Claim } from '../../src/core/types';

const MB = 1_000_000;

function checkSpans(text: string, claims: Claim[]): void {
  for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
}

// Each input is built to break a backtracking regex or an unbounded scan. The tests assert that
// extraction finishes (within the generous timeout) and stays sane, not how fast it is.
const hostile: [string, () => string][] = [
  ['a megabyte of "1,1,1,…"', () => '1,'.repeat(MB / 2)],
  ['a megabyte of thousands groups set off by no-break spaces', () => `1${'\u00a0000'.repeat(MB / 4)}`],
  ['a megabyte with one unclosed quote', () => `He said “${'word and more words '.repeat(MB / 19)}`],
  ['a megabyte of unclosed straight quotes', () => '"a '.repeat(MB / 3)],
  ['100k digits', () => '9'.repeat(100_000)],
  ['long runs of spaces', () => `5${' '.repeat(MB / 2)}people${' '.repeat(MB / 2)}killed`],
  ['deeply repeated "more than"', () => `${'more than '.repeat(MB / 10)}5 people were killed`],
  ['a megabyte of number words', () => 'five hundred and '.repeat(MB / 17)],
  ['a megabyte of month names', () => 'May March May '.repeat(MB / 14)],
  ['a megabyte of dots and digits', () => '1.2.'.repeat(MB / 4)],
  ['a megabyte of apostrophes', () => "'s '".repeat(MB / 4)],
  // Each date looks back over the blanks before it for a dateline's words (see datelines.ts): once, not once per
  // way to split them.
  [
    'full dates with day names after long blank runs',
    () => `AFP${' '.repeat(MB / 4)}Thursday 14 Jul 2016 `.repeat(4),
  ],
  [
    'relative dates after a megabyte of blanks and tabs',
    () => `AFP${' \t'.repeat(MB / 2)}three days ago, last month`,
  ],
  ['a megabyte of dated day names', () => 'X Thu 1 Jan 2016 Y '.repeat(MB / 19)],
  // Each sentence asks where a list of related headlines starts: the one at the end is looked for once.
  [
    'a megabyte of short sentences, a related list at its end',
    () => `${'5 killed. '.repeat(MB / 10)} 1 Related X`,
  ],
  ['a megabyte of "Related" without a counter', () => '5 killed Related Related. '.repeat(MB / 26)],
];

describe('hostile input', () => {
  it.each(hostile)(
    'finishes on %s',
    (_name, make) => {
      const text = make();
      const claims = extractClaims(text, { referenceDate: '2016-06-01' });
      checkSpans(text, claims);
      for (const c of claims) {
        expect(c.end - c.start).toBeLessThanOrEqual(2000);
        expect(c.sentence.length).toBeLessThanOrEqual(3000);
      }
      expect(typeof hasClaimCandidates(text)).toBe('boolean');
    },
    60_000,
  );

  it('reads the figure at the end of a long qualifier run', () => {
    const text = `${'more than '.repeat(10_000)}5 people were killed`;
    const q = extractClaims(text, { referenceDate: '2016-06-01' }).find((c) => c.kind === 'quantity');
    expect(q?.text).toBe('more than 5');
    expect(q?.subject).toContain('kill');
  });

  it('terms() survives a megabyte without spaces', () => {
    expect(terms('a'.repeat(MB)).length).toBe(1);
  }, 60_000);
});
