/**
 * Counts over periods that start far apart are two facts (see count-period.ts): the coalition's civilian toll
 * since 2014 is no rival of the civilians killed in the past month.
 */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/core/types';
import { extractClaims } from '../../src/core/extract-claims';
import { periodsApart, sentencePeriod, type Period } from '../../src/core/match/count-period';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

/** An ISO day as days since 1970. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The period of `sentence` read as reported on `reported`, its dates found by the extractor. */
function periodOf(sentence: string, reported: string | null): Period | null {
  const dates = extractClaims(sentence, reported ? { referenceDate: reported } : {}).flatMap((c) =>
    c.value.type === 'date' ? [{ value: c.value as DateValue, start: c.start }] : [],
  );
  return sentencePeriod(sentence, dates, reported);
}

describe('sentencePeriod', () => {
  it.each([
    [
      'Strikes had killed over 1200 civilians since the operation began in 2014.',
      '2017-05-28',
      ['2014-01-01', '2017-05-28'],
    ],
    [
      '12679 people died of torture from March 2011 to June 2016.',
      '2016-06-05',
      ['2011-03-01', '2016-06-30'],
    ],
    [
      'Nearly 1000 civilians have been killed during the past month.',
      '2017-10-03',
      ['2017-09-03', '2017-10-03'],
    ],
    ['At least 45 people were killed in the last 24 hours.', '2016-05-01', ['2016-04-30', '2016-05-01']],
    ['Some 300 died over the past two weeks.', '2016-05-15', ['2016-05-01', '2016-05-15']],
    // Undated: a "since" period by its start alone; "the past month" cannot be placed.
    ['Over 1200 civilians have been killed since 2014.', null, ['2014-01-01', '2014-01-01']],
    ['Nearly 1000 civilians have been killed during the past month.', null, null],
    // A date that only says when something was said or happened is no period.
    ['The war has killed 250,000 people, the UN said in August 2015.', '2015-08-20', null],
    ['Airstrikes killed 20 people in Aleppo on Monday.', '2016-07-12', null],
  ])('%s (reported %s) → %j', (sentence, reported, expected) => {
    const period = periodOf(sentence, reported);
    expect(period).toEqual(expected ? [day(expected[0] ?? ''), day(expected[1] ?? '')] : null);
  });
});

describe('periodsApart', () => {
  it.each([
    // Since 2014 against the past month; the war since 2011 against the war since March 2011.
    [['2014-01-01', '2017-05-28'], ['2017-09-03', '2017-10-03'], true],
    [['2011-03-01', '2016-06-15'], ['2011-01-01', '2016-07-01'], false],
    // Since Monday against the past week: a few days apart, one period.
    [['2016-05-09', '2016-05-12'], ['2016-05-05', '2016-05-12'], false],
    // A year's toll against the war's.
    [['2016-01-01', '2016-12-31'], ['2011-03-01', '2017-01-10'], true],
  ])('%j against %j → %s', (a, b, expected) => {
    const period = (p: string[]): Period => [day(p[0] ?? ''), day(p[1] ?? '')];
    expect(periodsApart(period(a), period(b))).toBe(expected);
    expect(periodsApart(period(b), period(a))).toBe(expected);
  });
});

describe('counts over other periods', () => {
  const index = builtIndex([
    {
      id: 'month',
      text: 'Monitor\n\nThe Syrian Observatory reported that nearly 1000 civilians have been killed in coalition strikes during the past month.',
      meta: { date: '2017-10-03' },
    },
  ]);

  it.each([
    // The coalition's toll since 2014 is no rival of one month's.
    [
      'The Syrian Observatory said coalition strikes had killed over 1200 civilians since the operation began in 2014.',
      'over 1200',
      [],
    ],
    // Another month's count of the same month is.
    [
      'The Syrian Observatory said coalition strikes killed some 1200 civilians during the past month.',
      'some 1200',
      [['month', 'conflicts']],
    ],
  ])('%s', (text, span, expected) => {
    expect(datedMatchesOf(index, text, span, '2017-10-04')).toEqual(expected);
  });
});
