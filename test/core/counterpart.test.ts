/**
 * A corpus figure that another figure of the page sentence states, counting the same thing, is that figure's
 * counterpart, not a rival of the claim (see counterpart.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

describe('a corpus figure the page sentence states by another figure', () => {
  const index = builtIndex([
    {
      id: 'hasakeh',
      text: 'Hasakeh\n\nClashes between the two sides have rocked the city of Hasakeh leaving 23 civilians including nine children dead according to the Syrian Observatory for Human Rights.',
      meta: { date: '2016-08-19' },
    },
  ]);

  it.each([
    // The page's 23 civilians are the corpus's 23: its 16 fighters are no rival of them.
    [
      'Clashes have rocked the city of Hasakeh leaving 23 civilians including nine children and 16 combattants dead the Observatory said.',
      '16',
      [],
    ],
    // The same page's 23 agrees.
    [
      'Clashes have rocked the city of Hasakeh leaving 23 civilians including nine children and 16 combattants dead the Observatory said.',
      '23',
      [['hasakeh', 'agrees']],
    ],
    // A 23 that counts something else (the wounded) leaves the page's dead a rival of the corpus's.
    [
      'Clashes have rocked the city of Hasakeh leaving 16 civilians including nine children dead and 23 wounded the Observatory said.',
      '16',
      [['hasakeh', 'conflicts']],
    ],
  ])('%s (%s)', (text, span, expected) => {
    expect(datedMatchesOf(index, text, span, '2016-08-19')).toEqual(expected);
  });
});
