/**
 * A figure told as a share of one given before it is no rival (see share-of.ts): "Of that, £23 billion would go
 * on spending plans" is a part of the Tories' sum, not another report of "cuts of £35bn".
 */
import { describe, expect, it } from 'vitest';
import { isShareOf } from '../../src/core/match/share-of';
import { relationsInOne } from './claim-matches';

describe('isShareOf', () => {
  it.each([
    ['Of that, £23 billion would go on spending plans.', '£23 billion', true],
    ['They say they can save £4bn, of which £1.3bn could cut pensioners’ bills.', '£1.3bn', true],
    ['104,000 jobs would be cut, with around 6,000 of those expected in Wales.', 'around 6,000', true],
    ['Of these, about 40 were children.', 'about 40', true],
    ['The strike killed 12 people, 5 of them children.', '5', true],
    // A figure of its own, and "of" naming what is counted.
    ['The Tories plan cuts of £35bn in public services.', '£35bn', false],
    ['The strike killed 12 of the fighters near the town.', '12', false],
    ['Some 6,000 jobs of the civil service will move to Wales.', '6,000', false],
  ])('%s (%s) → %s', (sentence, figure, expected) => {
    const at = sentence.indexOf(figure);
    expect(isShareOf(sentence, at, at + figure.length)).toBe(expected);
  });
});

/** The relations of the page claim `span`'s matches in a corpus of the one document `corpus`. */
const relations = (page: string, corpus: string, span: string) =>
  relationsInOne(page, corpus, span, '2005-01-10');

describe('a share is no rival of the whole', () => {
  it.each([
    [
      'The Conservatives are committed to cutting Labour’s public spending plans by £35 billion, he said.',
      'The Tories would cut Labour’s public spending plans by £35 billion. Of that, £23 billion would go on ' +
        'spending plans, the rest on tax cuts.',
      '£35 billion',
      ['agrees'],
    ],
    [
      'Chancellor Gordon Brown said 12,500 civil service jobs had gone while 7,800 were being moved.',
      'Gordon Brown announced 104,000 civil service jobs would be cut, with around 6,000 of those in Wales.',
      '12,500',
      [],
    ],
    // Two whole sums of one plan are still rivals.
    [
      'The Tories plan to cut public spending by £35bn, Labour says.',
      'The Tories plan to cut public spending by £33.5bn, they say.',
      '£35bn',
      ['conflicts'],
    ],
  ])('%s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});
