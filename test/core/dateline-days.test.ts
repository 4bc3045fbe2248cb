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

  it('finds the dateline before each of many claims among many datelines (hostile text: as many as claims)', () => {
    // A million of each: a search from the end for each claim would take some 5·10¹¹ steps and time out.
    const days = new DatelineDays('2026-11-22', false);
    const n = 1_000_000;
    const DAYS = Array.from({ length: 10 }, (_, k) => `20${10 + k}-01-01`);
    for (let k = 0; k < n; k++) {
      const day = DAYS[k % 10] ?? '';
      days.onDateline({ type: 'date', start: day, end: day, precision: 'day' }, k * 10);
    }
    let wrong = 0;
    for (let k = 0; k < n; k++) if (days.at(k * 10 + 5).day !== DAYS[k % 10]) wrong++;
    expect(wrong).toBe(0);
    expect(days.at(0)).toEqual({ day: '2026-11-22', published: false });
  });

  it('forgets one text’s datelines when reset for the next', () => {
    const days = read(TEXT, '2026-11-22', false);
    days.reset();
    read('Strikes hit on Saturday.', '2026-11-22', false, days);
    expect(days.at(1_000)).toEqual({ day: '2026-11-22', published: false });
    expect(days.last()).toBeUndefined();
  });
});
