/**
 * A change is no rival of a level (see figure-change.ts): "grew by 1.4 million to 44.9 million" gives a month's
 * new users, not a rival of the 95 million the government counts.
 */
import { describe, expect, it } from 'vitest';
import { isChange } from '../../src/core/match/figure-change';
import { relationsInOne } from './claim-matches';

describe('isChange', () => {
  it.each([
    ['The Department destroyed nearly 37,000 files last year, up 22,000 on four years ago.', '22,000', true],
    ['The Department destroyed nearly 37,000 files last year — up 22,000 on four years ago.', '22,000', true],
    ['Sales were up 4% on the year.', '4%', true],
    ['Turnover rose by 4.3% to £1.97bn.', '4.3%', true],
    ['There was an increase of nearly 300 cases.', 'nearly 300', true],
    // Levels: after "to", and "up" as part of a verb.
    ['Turnover rose by 4.3% to £1.97bn.', '£1.97bn', false],
    ['The toll rose to 300 on Monday.', '300', false],
    ['Another Blue Gene/L machine clocked up 36.01 teraflops.', '36.01', false],
    ['The party picked up 5 seats in the north.', '5', false],
  ])('%s (%s) → %s', (sentence, figure, expected) => {
    expect(isChange(sentence, sentence.indexOf(figure))).toBe(expected);
  });
});

/** The relations of the page claim `span`'s matches in a corpus of the one document `corpus`. */
const relations = (page: string, corpus: string, span: string) =>
  relationsInOne(page, corpus, span, '2005-01-10');

describe('a change is no rival of a level', () => {
  it.each([
    [
      'The government hopes to increase the number of mobile users from 95 million to between 200 and 250 million.',
      'In October, mobile phone users grew by 1.4 million to 44.9 million, overtaking the number of landlines.',
      '95 million',
      [],
    ],
    [
      'Turnover rose by 4.3% in the quarter, the airline said.',
      'The airline said its share of the market was 5.5% in the quarter.',
      '4.3%',
      [],
    ],
    [
      'Sales of the console were up 20% in Japan last month.',
      'The console has a 30% share of sales in Japan, the company said.',
      '20%',
      [],
    ],
    // Two changes of one thing are still rivals.
    [
      'Sales of the console were up 20% in Japan last month.',
      'Sales of the console rose by 25% in Japan last month.',
      '20%',
      ['conflicts'],
    ],
  ])('%s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});
