/** The quarter a figure covers and the way it moved, read from the words beside it. */
import { describe, expect, it } from 'vitest';
import { directionBefore, quarterNear } from '../../src/core/match/fact-frame';

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
