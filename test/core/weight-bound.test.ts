import { describe, expect, it } from 'vitest';
import { terms } from '../../src/core/text/terms';
import { subjectWeightBound, termWeightBound } from '../../src/core/match/subject-score';

const set = (text: string): ReadonlySet<string> => new Set(terms(text));
const one = (word: string): string => terms(word)[0] ?? '';

describe('subject weight bounds', () => {
  const subjects = set('Homs siege killed');
  const passages = set('Homs siege killed residents people convoy');
  const none: ReadonlySet<string> = new Set();

  it.each([
    // term, in names?, least (no names), with the names given, most (names unknown)
    ['killed', false, 1, 1, 1.5],
    ['Homs', true, 1, 1.5, 1.5],
    ['convoy', false, 0.6, 0.6, 0.9],
    ['people', false, 0.3, 0.3, 0.3],
    // Where people live says what a count of them is; that they live there says nothing.
    ['residents', false, 0.3, 0.3, 0.3],
    ['weather', false, 0, 0, 0],
  ])('%s counts between its least and its most', (word, isName, least, named, most) => {
    const t = one(word);
    const names = isName ? new Set([t]) : none;
    expect(termWeightBound(t, subjects, passages, none)).toBeCloseTo(least);
    expect(termWeightBound(t, subjects, passages, names)).toBeCloseTo(named);
    expect(termWeightBound(t, subjects, passages)).toBeCloseTo(most);
  });

  it('sums its terms once each, calendar terms left out', () => {
    const sentence = terms('Homs residents killed in Homs on Monday');
    const names = new Set([one('Homs')]);
    const expected = ['Homs', 'residents', 'killed']
      .map((w) => termWeightBound(one(w), subjects, passages, names))
      .reduce((a, b) => a + b, 0);
    expect(subjectWeightBound(sentence, subjects, passages, Infinity, names)).toBeCloseTo(expected);
    expect(subjectWeightBound(terms('on Monday in February'), subjects, set('Monday February'))).toBe(0);
  });
});
