/** British and American spellings make one term; words with no twin are left as they are. */
import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../src/core/text/spelling';
import { terms } from '../../src/core/text/terms';

describe('americanSpelling', () => {
  it.each([
    ['annualised', 'annualized'],
    ['organising', 'organizing'],
    ['criticises', 'criticizes'],
    ['realisation', 'realization'],
    ['analysed', 'analyzed'],
    ['labour', 'labor'],
    ['centre', 'center'],
    ['defence', 'defense'],
    // No -ize twin: too short before the ending, or not the ending at all.
    ['rise', 'rise'],
    ['raised', 'raised'],
    ['wise', 'wise'],
    ['four', 'four'],
    ['hour', 'hour'],
    ['killed', 'killed'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });
});

describe('terms across spellings', () => {
  it.each([
    ['The economy grew at an annualised rate', 'The economy grew at an annualized rate'],
    ['Labour leaders criticised the defence budget', 'Labor leaders criticized the defense budget'],
    ['a new health centre opened', 'a new health center opened'],
  ])('"%s" and "%s" have the same terms', (british, american) => {
    expect(terms(british)).toEqual(terms(american));
  });
});
