/**
 * A date given for one kind of event (a truce, people displaced, prices) is no date of another kind's, however many
 * names the two sentences share (see date-events.ts).
 */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { dateKindsClash } from '../../src/core/match/date-events';
import { terms } from '../../src/core/text/terms';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

describe('dateKindsClash', () => {
  it.each([
    ['Syrians displaced Aleppo', 'fragile cessation effect', true],
    ['bread prices doubled', 'ceasefire place', true],
    ['truce held', 'fragile cessation effect', false],
    // A side that names no kind is left to the other checks.
    ['conflict erupted', 'truce faltered', false],
    ['Syrians displaced', 'people killed', false],
  ])('%s against %s → %s', (page, corpus, clash) => {
    expect(dateKindsClash(terms(page), terms(corpus))).toBe(clash);
  });
});

describe('a date of another kind of event against the seeds’ truce', () => {
  const seeds = builtIndex(readCorpusDir('seeds'));
  const dates = (text: string) => matchesOf(seeds, text, (c) => c.kind === 'date', '2016-06-20');

  it.each([
    'More than 26,000 Syrians have been displaced in Aleppo since February 27.',
    'Prices of bread in Damascus have doubled since February 27.',
  ])('%s matches nothing', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('still matches the truce itself', () => {
    expect(dates('A truce has been in effect in Syria since February 27.')).toContainEqual([
      '001_b2556f4a5b9ae9bb',
      'agrees',
    ]);
  });
});
