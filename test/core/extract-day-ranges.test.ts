/**
 * A range of days in one month is one date, not a count of the month: "19-20 March" was read as the figure
 * 19–20 counting "march", and "March 19-20" as the day 19 and a stray figure 20. And a lower-case "may" after a
 * figure is the verb.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';

const REF = { referenceDate: '2016-06-10' };

/** Each claim as `kind text start..end`. */
function read(text: string): string[] {
  return extractClaims(text, REF).map((c) =>
    c.value.type === 'date' ? `date ${c.text} ${c.value.start}..${c.value.end}` : `${c.kind} ${c.text}`,
  );
}

describe('ranges of days', () => {
  it.each([
    ['The race in Belgium on 19-20 March was cancelled.', ['date 19-20 March 2016-03-19..2016-03-20']],
    ['Talks in Oslo on March 19–20 ended without a deal.', ['date March 19–20 2016-03-19..2016-03-20']],
    ['The festival, held 5-7 May 2015, drew crowds.', ['date 5-7 May 2015 2015-05-05..2015-05-07']],
    ['Strikes between 3 and 5 June closed the port.', ['date 3 and 5 June 2016-06-03..2016-06-05']],
    ['The fair runs from 9 to 11 April in Leeds.', ['date 9 to 11 April 2016-04-09..2016-04-11']],
    ['Polls open on the 8th-9th of May.', ['date 8th-9th of May 2016-05-08..2016-05-09']],
    // No range: the second figure is no later day, or no month follows it.
    ['The home side won 3-1 March on.', []],
    [
      'Between 3 and 5 people were hurt on 2 June.',
      ['quantity Between 3 and 5', 'date 2 June 2016-06-02..2016-06-02'],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('"may" in lower case', () => {
  it.each([
    ['Medics fear 10 to 12 may be dead.', ['quantity 10 to 12']],
    ['Medics fear 12 may be dead.', ['quantity 12']],
    ['Medics said 12 May was the worst day.', ['date 12 May 2016-05-12..2016-05-12']],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
