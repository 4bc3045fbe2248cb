/**
 * Who reports a date is not what happened on it: two sentences crediting one source ("the Electoral Commission
 * said") share no event by that name, so a page's day of one event is not "agreed" by the source's day of another.
 */
import { describe, expect, it } from 'vitest';
import { sourceOnlyTerms } from '../../src/core/match/source-names';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

describe('sourceOnlyTerms', () => {
  it.each<[string, string, string[]]>([
    [
      'a source before "said", opening the sentence',
      'The Norland Electoral Commission said turnout reached 71 percent.',
      ['norland', 'elector', 'commiss'],
    ],
    [
      'a source after a comma',
      'Counting finished on Monday, the Norland Electoral Commission said.',
      ['norland', 'elector', 'commiss'],
    ],
    [
      '"according to"',
      'Turnout reached 71 percent, according to the Electoral Commission.',
      ['elector', 'commiss'],
    ],
    [
      'an institution joined by "for"',
      'Ten were killed, the Syrian Observatory for Human Rights said.',
      ['syria', 'observatori', 'human', 'right'],
    ],
    [
      'a source whose name the sentence also uses otherwise',
      'Voters in Norland chose, the Norland Electoral Commission said.',
      ['elector', 'commiss'],
    ],
    ['no source', 'Voters in Norland chose a new parliament on Sunday.', []],
  ])('%s', (_, sentence, expected) => {
    expect([...sourceOnlyTerms(sentence)].sort()).toEqual(expected.sort());
  });
});

describe('dates credited to one source', () => {
  const index = builtIndex([
    {
      id: 'post',
      text:
        "The Norland Electoral Commission said turnout in Sunday's election reached 71.3 percent.\n\n" +
        'About 4.6 million voters were registered in Norland. Counting finished on September 9, 2024, the Norland ' +
        'Electoral Commission said.',
      meta: { date: '2024-09-09' },
    },
  ]);

  it('matches a page’s day with the source’s day of the same event, not of another it credits alike', () => {
    expect(
      datedMatchesOf(
        index,
        'Around 4.6 million voters were registered in Norland, and counting finished on September 8, the Norland ' +
          'Electoral Commission said.',
        'September 8',
        '2024-09-10',
      ),
    ).toEqual([['post', 'conflicts']]);
  });

  it('still matches the day of the event the sentences share', () => {
    expect(
      datedMatchesOf(
        index,
        "Turnout in Sunday's election reached 71 percent, the commission said.",
        'Sunday',
        '2024-09-10',
      ),
    ).toEqual([['post', 'agrees']]);
  });
});
