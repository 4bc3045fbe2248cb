/**
 * Two reports of everyday tolls that each name their day, and name different days, report two attacks (see
 * named-day.ts); a strike around midnight may be named by either of its days.
 */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/core/types';
import { extractClaims } from '../../src/core/extract-claims';
import { namedDay, otherNamedDays, type NamedDay } from '../../src/core/match/named-day';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

/** An ISO day as days since 1970. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The day `sentence` names, read on `referenceDate`. */
function dayOf(sentence: string, referenceDate: string): NamedDay | null {
  const dates = extractClaims(sentence, { referenceDate }).flatMap((c) =>
    c.value.type === 'date' ? [{ value: c.value as DateValue, start: c.start }] : [],
  );
  return namedDay(sentence, dates);
}

describe('namedDay', () => {
  it.each([
    ['Air strikes killed 12 civilians in Aleppo on Thursday.', '2016-07-14', '2016-07-14', false],
    ['Rocket attacks killed 8 civilians in Aleppo late on Tuesday.', '2016-08-16', '2016-08-16', true],
    ['Regime raids killed 20 people on 16 July 2016 in Aleppo.', '2016-07-18', '2016-07-16', false],
    // No day, several days, or a day a period runs from: none.
    ['Air strikes killed 12 civilians in Aleppo this week.', '2016-07-14', null, false],
    ['Strikes on Monday and Tuesday killed 30.', '2016-07-14', null, false],
    ['At least 45 people have been killed since Monday.', '2016-07-14', null, false],
  ])('%s (%s) → %s', (sentence, reference, expected, night) => {
    const found = dayOf(sentence, reference);
    expect(found).toEqual(expected ? { day: day(expected), night } : null);
  });
});

describe('otherNamedDays', () => {
  it.each([
    [{ day: 10, night: false }, { day: 10, night: false }, false],
    [{ day: 10, night: false }, { day: 11, night: false }, true],
    // Tuesday night against Wednesday: one strike around midnight.
    [{ day: 10, night: true }, { day: 11, night: false }, false],
    [{ day: 10, night: true }, { day: 12, night: true }, true],
  ])('%j against %j → %s', (a, b, expected) => {
    expect(otherNamedDays(a, b)).toBe(expected);
    expect(otherNamedDays(b, a)).toBe(expected);
  });
});

describe('rival everyday tolls of named days', () => {
  const index = builtIndex([
    {
      id: 'thursday',
      text: 'Aleppo\n\nAir strikes killed at least 12 civilians in two rebel-held neighbourhoods of Aleppo on Thursday.',
      meta: { date: '2016-07-14' },
    },
  ]);

  it.each([
    // Wednesday's strikes in the same neighbourhoods are another attack; Thursday's a rival toll of the same one.
    ['Air strikes killed 9 civilians in two rebel-held neighbourhoods of Aleppo on Wednesday.', []],
    [
      'Air strikes killed 9 civilians in two rebel-held neighbourhoods of Aleppo on Thursday.',
      [['thursday', 'conflicts']],
    ],
    [
      'Air strikes overnight killed 9 civilians in two rebel-held neighbourhoods of Aleppo on Wednesday.',
      [['thursday', 'conflicts']],
    ],
  ])('%s', (text, expected) => {
    expect(datedMatchesOf(index, text, '9', '2016-07-15')).toEqual(expected);
  });
});
