/**
 * A date matches a corpus date only when the two share what happened on it (see sameDateEvent): the same day
 * with the same cities around it is not the same event, nor is another clause's event in the corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import type { CorpusSource } from '../../src/core/corpus-index';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

const DOCS: CorpusSource[] = [
  {
    id: 'truce',
    text:
      'A fragile truce in Syria, in force since February 27, has not stopped Damascus from pressing its campaign in Aleppo.\n\n' +
      'Aid convoys reached Homs on March 3 for the first time in months.',
  },
  {
    id: 'talks',
    text: 'Negotiators from Moscow and Washington met in Geneva on April 13 to rescue the truce.',
  },
  {
    id: 'yemen',
    text: 'A truce in Yemen has held since May 9, but the peace talks in Kuwait have stalled over prisoner swaps.',
  },
];

const index = builtIndex(DOCS);

const matches = (text: string, span: string) =>
  matchesOf(index, text, (c) => c.kind === 'date' && c.text === span, '2016-06-01');

describe('a date and the event it belongs to', () => {
  it.each([
    // The same day and the same cities, another event.
    ['Aleppo FC beat Damascus United 3-1 on February 27, extending their unbeaten run.', 'February 27', []],
    // The same event, worded otherwise.
    ['The Syrian truce took effect on February 27.', 'February 27', [['truce', 'agrees']]],
    ['Aid trucks entered Homs on March 3.', 'March 3', [['truce', 'agrees']]],
    ['The truce in Syria began on February 26.', 'February 26', [['truce', 'conflicts']]],
    ['Negotiators met in Geneva on April 13.', 'April 13', [['talks', 'agrees']]],
    // A sentence of two events lends its date to the one in its clause only.
    ['Peace talks resumed in Kuwait on May 9.', 'May 9', []],
    ['The truce in Yemen took effect on May 9.', 'May 9', [['yemen', 'agrees']]],
  ])('%s', (text, span, expected) => {
    expect(matches(text, span)).toEqual(expected);
  });
});

describe('a page sentence of two events', () => {
  const idlib = builtIndex([
    {
      id: 'idlib',
      text: 'A ceasefire has been in place in Idlib since January 10, but fresh fighting broke out in February that stalled the talks.',
    },
  ]);
  const dated = (text: string, span: string) =>
    matchesOf(idlib, text, (c) => c.kind === 'date' && c.text === span, '2016-06-01');
  it.each([
    // The truce's day, weeks from the passage's, is no rival for the fighting's month in the passage's other clause.
    [
      'The ceasefire in Idlib has held since January 29, but fighting broke out again in February.',
      'January 29',
      [],
    ],
    [
      'The ceasefire in Idlib has held since January 29, but fighting broke out again in February.',
      'February',
      [['idlib', 'agrees']],
    ],
    ['The ceasefire in Idlib has held since January 8.', 'January 8', [['idlib', 'conflicts']]],
  ])('%s (%s)', (text, span, expected) => {
    expect(dated(text, span)).toEqual(expected);
  });
});

describe('the bundled corpus', () => {
  const seeds = builtIndex(readCorpusDir('seeds'));
  it('does not read a football result as the truce date', () => {
    const text = 'Aleppo FC beat Damascus United 3-1 on February 27 in front of 28,000 fans.';
    expect(matchesOf(seeds, text, (c) => c.text === 'February 27', '2016-06-01')).toEqual([]);
  });
});
