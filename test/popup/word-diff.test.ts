/** What a word diff treats as the same wording: marks set differently, and a number's thousands grouped otherwise. */
import { describe, expect, it } from 'vitest';
import { hasChanges, sameFigure, wordDiff } from '../../src/popup/word-diff';

describe('wordDiff', () => {
  it.each([
    [
      'thousands grouped with a comma or not',
      'has killed more than 280,000 people',
      'has killed more than 280000 people',
    ],
    ['curly and straight marks', 'the regime’s forces', "the regime's forces"],
  ])('shows no change for %s', (_, from, to) => {
    expect(hasChanges(wordDiff(from, to))).toBe(false);
  });

  it.each([
    ['another figure', 'more than 280,000', 'more than 320,000'],
    ['a decimal point moved', 'some 2.5 million', 'some 25 million'],
    ['a digit more', 'killed 28,000', 'killed 280000'],
  ])('shows %s as a change', (_, from, to) => {
    expect(hasChanges(wordDiff(from, to))).toBe(true);
  });
});

describe('sameFigure', () => {
  it.each<[string, string, boolean]>([
    ['280,000', '280000', true],
    ['1.000', '1000', true],
    ['2.5', '25', false],
    ['28,000', '280,000', false],
    ['280,00', '28000', false],
    ['280,000', '280,000', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameFigure(a, b)).toBe(same);
  });
});
