/**
 * A poll's sample is no rival of another figure (see poll-samples.ts): "questioned 1,943 British adults" and "a
 * weighted sample of 1,981 voters" are two polls.
 */
import { describe, expect, it } from 'vitest';
import { isPollSample } from '../../src/core/match/poll-samples';
import { relationsInOne } from './claim-matches';

describe('isPollSample', () => {
  it.each([
    [
      'However the YouGov poll, which questioned 1,943 British adults online, found 25% undecided.',
      '1,943',
      true,
    ],
    ['YouGov polled a weighted sample of 1,981 voters online on 16-18 December.', '1,981', true],
    ['The survey of 2,000 broadband users found a third were fed up.', '2,000', true],
    ['A poll of more than 1,000 people found most backed the plan.', '1,000', true],
    ['The pollster interviewed just over 1,000 adults by telephone.', '1,000', true],
    // Questioning outside a poll, and a poll's other figures.
    ['Police questioned 12 suspects after the raid.', '12', false],
    ['The YouGov poll found 25% did not know how they would vote.', '25%', false],
    ['The survey found 2,000 jobs were lost in the region.', '2,000', false],
  ])('%s (%s) → %s', (sentence, figure, expected) => {
    expect(isPollSample(sentence, sentence.indexOf(figure))).toBe(expected);
  });
});

/** The relations of the page claim `span`'s matches in a corpus of the one document `corpus`. */
const relations = (page: string, corpus: string, span: string) =>
  relationsInOne(page, corpus, span, '2005-01-10');

describe('two polls of one pollster are no rivals', () => {
  it.each([
    [
      'However the YouGov poll, which questioned 1,943 British adults online, found 25% did not know how to vote.',
      'YouGov polled a weighted sample of 1,981 voters online for the Daily Telegraph.',
      '1,943',
      [],
    ],
    [
      'A YouGov survey of 2,000 adults found most wanted the ban.',
      'A YouGov survey of 3,000 adults found few wanted the ban.',
      '2,000',
      [],
    ],
    // The same poll told twice still agrees.
    [
      'However the YouGov poll, which questioned 1,943 British adults online, found 25% did not know how to vote.',
      'The YouGov poll questioned 1,943 British adults online for the Daily Telegraph.',
      '1,943',
      ['agrees'],
    ],
  ])('%s / %s (%s) → %j', (page, corpus, span, expected) => {
    expect(relations(page, corpus, span)).toEqual(expected);
  });
});
