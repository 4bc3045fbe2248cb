/** The quarter a figure covers and the way it moved, read from the words beside it. */
import { describe, expect, it } from 'vitest';
import { directionBefore, expectedAt, quarterNear } from '../../src/core/match/fact-frame';
import { builtIndex } from './built-index';
import { matchesOf } from './claim-matches';

describe('quarterNear', () => {
  it.each([
    ['Revenue for the third quarter was $4.4 billion.', '$4.4', 3],
    ['Second-quarter revenue rose 12%.', '12%', 2],
    ['Q4 sales hit $9 billion.', '$9', 4],
    // The nearest of two is the figure's own.
    [
      'Revenue rose 12% in the second quarter, and it forecast $4.4 billion for the third quarter.',
      '$4.4',
      3,
    ],
    ['Revenue rose 12% in the second quarter, and it forecast $4.4 billion for the third quarter.', '12%', 2],
    ['Revenue rose 12% to $4.2 billion.', '12%', 0],
    // A quarter of a figure is no period.
    ['A quarter of the 400 homes were destroyed.', '400', 0],
  ])('%s (%s) → %s', (text, figure, quarter) => {
    expect(quarterNear(text, text.indexOf(figure))).toBe(quarter);
  });
});

describe('directionBefore', () => {
  it.each([
    ['Shares of Brightwell fell 9% in late trading.', '9%', -1],
    ['Brightwell’s shares have risen 34% this year.', '34%', 1],
    ['Data-center revenue jumped 41% from a year earlier to $2.3 billion.', '$2.3', 1],
    // A verb in another clause moved another figure.
    ['Revenue rose 5%, while costs fell 8%.', '8%', -1],
    ['Costs fell sharply, and revenue was $2 billion.', '$2', 0],
    ['Inflation eased to 3 percent.', '3', 0],
  ])('%s (%s) → %s', (text, figure, direction) => {
    expect(directionBefore(text, text.indexOf(figure))).toBe(direction);
  });
});

describe('expectedAt', () => {
  it.each([
    ['The company forecast $4.4 billion, below the $4.6 billion analysts had expected.', '$4.6', true],
    ['The company forecast $4.4 billion, below the $4.6 billion analysts had expected.', '$4.4', false],
    ['Analysts had expected revenue of $4.05 billion.', '$4.05', true],
    ['Economists polled by Reuters expected growth of 2.1% in May.', '2.1%', true],
    ['That beat Wall Street estimates of $1.2 billion.', '$1.2', true],
    ['The consensus forecast was 180,000 new jobs.', '180,000', true],
    // The company's own words to analysts, and a tally analysts make, are no expectation.
    ['Forsberg told analysts the company expects revenue of $4.4 billion.', '$4.4', false],
    ['Analysts estimate that the war has killed more than 400,000 people.', '400,000', false],
    ['Forecasters said the storm would bring 140 mph winds.', '140', false],
  ])('%s (%s) → %s', (text, figure, expected) => {
    expect(expectedAt(text, text.indexOf(figure))).toBe(expected);
  });
});

const earnings = builtIndex([
  {
    id: 'journal',
    text: 'Shares of Corvane fell. The company forecast revenue of $3.1 billion for the fourth quarter, below the $3.3 billion analysts had expected.',
  },
  { id: 'wire', text: 'Corvane guided to fourth-quarter revenue of $3.1 billion on Tuesday.' },
  { id: 'other', text: 'Regulators in Brussels opened an inquiry into cloud contracts.' },
]);

describe('what analysts expected against what a company forecast', () => {
  it('is no disagreement between two outlets', () => {
    expect(earnings.disagreements.map((d) => d.reports.map((r) => `${r.doc} ${r.text}`))).toEqual([]);
  });

  it("meets only the corpus's expectation, and the company's forecast only the forecasts", () => {
    const pick = (figure: string) => (c: { text: string }) => c.text.includes(figure);
    expect(
      matchesOf(
        earnings,
        'Analysts had expected Corvane to forecast $3.3 billion in revenue for the fourth quarter.',
        pick('3.3'),
        '2016-06-01',
      ),
    ).toEqual([['journal', 'agrees']]);
    expect(
      matchesOf(
        earnings,
        'Corvane forecast fourth-quarter revenue of $3.3 billion.',
        pick('3.3'),
        '2016-06-01',
      ).map(([doc, relation]) => `${doc} ${relation}`),
    ).toEqual(['journal conflicts', 'wire conflicts']);
  });
});
