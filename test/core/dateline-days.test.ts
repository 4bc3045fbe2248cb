import { describe, expect, it } from 'vitest';
import { DatelineDays } from '../../src/core/dateline-days';
import { extractClaims } from '../../src/core/extract-claims';

/** The datelines of `text` read as a scan reads them, given `day`. */
function read(text: string, day: string, published: boolean, days = new DatelineDays(day, published)) {
  extractClaims(text, { referenceDate: day, onDateline: days.onDateline });
  return days;
}

describe('DatelineDays', () => {
  const TEXT =
    'Talks began on Friday.\nPublished April 8 2017\nStrikes hit on Saturday.\n' +
    'Published October 30 2014\nA camp was hit on Wednesday.';

  it.each([
    ['before any dateline: the day given', 'Talks', { day: '2026-11-22', published: false }],
    ['after the first: its day, as published', 'Strikes', { day: '2017-04-08', published: true }],
    ['after the second: its day', 'A camp', { day: '2014-10-30', published: true }],
  ])('%s', (_what, words, written) => {
    expect(read(TEXT, '2026-11-22', false).at(TEXT.indexOf(words))).toEqual(written);
  });

  it('gives the last dateline’s day, for the text that goes on after this one', () => {
    expect(read(TEXT, '2026-11-22', false).last()).toBe('2014-10-30');
    expect(read('No dateline here on Friday.', '2026-11-22', false).last()).toBeUndefined();
  });

  it('leaves a dateline of a day after today out', () => {
    const text = 'Published April 8 2099\nStrikes hit on Saturday.';
    const days = read(text, '2016-06-01', true);
    expect(days.at(text.indexOf('Strikes'))).toEqual({ day: '2016-06-01', published: true });
    expect(days.last()).toBeUndefined();
  });

  it('forgets one text’s datelines when reset for the next', () => {
    const days = read(TEXT, '2026-11-22', false);
    days.reset();
    read('Strikes hit on Saturday.', '2026-11-22', false, days);
    expect(days.at(1_000)).toEqual({ day: '2026-11-22', published: false });
    expect(days.last()).toBeUndefined();
  });
});
