import { describe, expect, it } from 'vitest';
import { formatSourceValue, formatValue } from '../../src/content/format-value';
import type { DateValue, QuantityValue } from '../../src/core/types';

const quantity = (fields: Omit<QuantityValue, 'type'>): QuantityValue => ({ type: 'quantity', ...fields });
const date = (fields: Omit<DateValue, 'type'>): DateValue => ({ type: 'date', ...fields });

describe('formatValue: vague figures as a reader says them', () => {
  // Values as the engine reads the phrase in the first column (`npm run check`).
  it.each<[string, QuantityValue, string]>([
    [
      'some 42,000',
      quantity({ low: 37800, high: 46201, nominal: 42000, qualifier: 'some', vague: true }),
      'some 42,000',
    ],
    [
      'an estimated 1,200',
      quantity({ low: 1080, high: 1320, nominal: 1200, qualifier: 'estimated', vague: true }),
      'an estimated 1,200',
    ],
    [
      'an estimated 3.5 percent',
      quantity({ low: 3.15, high: 3.85, nominal: 3.5, qualifier: 'estimated', unit: 'percent', vague: true }),
      'an estimated 3.5%',
    ],
    [
      'some 15 of 18',
      quantity({ low: 13, high: 17, nominal: 15, qualifier: 'some', of: 18, vague: true }),
      'some 15 of 18',
    ],
    ['40 km', quantity({ low: 40, high: 40, nominal: 40, unit: 'km' }), '40 km'],
    [
      '4.2 percentage points',
      quantity({ low: 4.15, high: 4.25, nominal: 4.2, unit: 'percentage-point' }),
      '4.2 percentage points',
    ],
    ['$145m', quantity({ low: 144.5e6, high: 145.5e6, nominal: 145e6, unit: 'usd' }), '$145,000,000'],
    [
      'more than £300m',
      quantity({ low: 300e6, high: 360e6, nominal: 300e6, qualifier: 'more-than', unit: 'gbp' }),
      'more than £300,000,000',
    ],
    [
      'millions of euros',
      quantity({ low: 2e6, high: 9_999_999, nominal: 6e6, vague: true, unit: 'eur' }),
      'between €2 million and €10 million',
    ],
    ['dozens', quantity({ low: 24, high: 99, nominal: 62, vague: true }), 'between 24 and 99'],
    ['hundreds', quantity({ low: 200, high: 999, nominal: 600, vague: true }), 'between 200 and 1,000'],
    [
      'thousands',
      quantity({ low: 2000, high: 9999, nominal: 6000, vague: true }),
      'between 2,000 and 10,000',
    ],
    [
      'millions',
      quantity({ low: 2_000_000, high: 9_999_999, nominal: 6_000_000, vague: true, reach: 99_999_999 }),
      'between 2 million and 10 million',
    ],
    [
      'hundreds of thousands',
      quantity({ low: 200_000, high: 999_999, nominal: 600_000, vague: true }),
      'between 200,000 and 1 million',
    ],
    [
      'tens of millions',
      quantity({ low: 20_000_000, high: 99_999_999, nominal: 60_000_000, vague: true }),
      'between 20 million and 100 million',
    ],
    // A vague word under a hedge keeps the word's range: "some 600" would be a figure nobody wrote.
    [
      'some hundreds',
      quantity({ low: 200, high: 999, nominal: 600, qualifier: 'some', vague: true }),
      'between 200 and 1,000',
    ],
    [
      'more than a dozen',
      quantity({ low: 10, high: 14, nominal: 12, qualifier: 'more-than', vague: true }),
      'between 10 and 14',
    ],
    ['250 to 300', quantity({ low: 250, high: 300, nominal: 275, vague: true }), 'between 250 and 300'],
    [
      '1,250 to 1,780 (written bounds are kept)',
      quantity({ low: 1250, high: 1780, nominal: 1515, vague: true }),
      'between 1,250 and 1,780',
    ],
    [
      '1.65 to 2.5 million',
      quantity({ low: 1_650_000, high: 2_500_000, nominal: 2_075_000, vague: true }),
      'between 1.65 million and 2.5 million',
    ],
    [
      '1,234,567 to 2,000,000 (digits a reader cannot say in words stay digits)',
      quantity({ low: 1_234_567, high: 2_000_000, nominal: 1_617_283, vague: true }),
      'between 1,234,567 and 2 million',
    ],
    [
      '24-99 hours',
      quantity({ low: 24, high: 99, nominal: 61.5, unit: 'hour', vague: true }),
      'between 24 and 99 hours',
    ],
    [
      'between 5 and 10 days',
      quantity({ low: 5, high: 10, nominal: 7.5, unit: 'day', vague: true }),
      'between 5 and 10 days',
    ],
    [
      '20-30%',
      quantity({ low: 20, high: 30, nominal: 25, unit: 'percent', vague: true }),
      'between 20% and 30%',
    ],
    [
      'some 30%',
      quantity({ low: 27, high: 33, nominal: 30, qualifier: 'some', unit: 'percent', vague: true }),
      'some 30%',
    ],
  ])('reads %s as %s', (_phrase, value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});

describe('formatValue: scale words', () => {
  it('says range bounds in millions but leaves an exact figure in digits', () => {
    const range = quantity({ low: 2_500_000, high: 3_000_000, nominal: 2_750_000, vague: true });
    const exact = quantity({ low: 2_500_000, high: 3_000_000, nominal: 2_500_000, qualifier: 'more-than' });
    expect(formatValue(range)).toBe('between 2.5 million and 3 million');
    expect(formatValue(exact)).toBe('more than 2,500,000');
  });
});

describe('formatSourceValue: a corpus date shows no year its source did not give', () => {
  // [what, value, as a source's value ("Says:"), as the page's value ("Read as:")]
  const rows: [string, DateValue, string, string][] = [
    [
      'an undated document\'s "February 27"',
      date({ start: '2026-02-27', end: '2026-02-27', precision: 'day', yearInferred: true }),
      '27 Feb',
      '27 Feb 2026',
    ],
    [
      'an undated document\'s "in September"',
      date({ start: '2025-09-01', end: '2025-09-30', precision: 'month', yearInferred: true }),
      'Sep',
      'Sep 2025',
    ],
    [
      'a guessed week',
      date({ start: '2026-02-22', end: '2026-02-28', precision: 'week', yearInferred: true }),
      'week of 22 Feb',
      'week of 22 Feb 2026',
    ],
    [
      'a written date',
      date({ start: '2016-02-27', end: '2016-02-27', precision: 'day' }),
      '27 Feb 2016',
      '27 Feb 2016',
    ],
    [
      'a written month',
      date({ start: '2011-03-01', end: '2011-03-31', precision: 'month' }),
      'Mar 2011',
      'Mar 2011',
    ],
    [
      'a part of a month',
      date({ start: '2016-07-11', end: '2016-07-20', precision: 'month', part: 'mid', yearInferred: true }),
      'mid-Jul',
      'mid-Jul 2016',
    ],
    [
      'a part of a year',
      date({ start: '2015-09-01', end: '2015-12-31', precision: 'year', part: 'late' }),
      'late 2015',
      'late 2015',
    ],
    // Counted from the document's day: its year is as real as its day, so it stays.
    [
      'a relative "last month"',
      date({
        start: '2026-01-01',
        end: '2026-01-31',
        precision: 'month',
        yearInferred: true,
        relative: true,
      }),
      'Jan 2026',
      'Jan 2026',
    ],
    [
      'a relative "last week"',
      date({ start: '2026-02-16', end: '2026-02-22', precision: 'week', yearInferred: true, relative: true }),
      'week of 16 Feb 2026',
      'week of 16 Feb 2026',
    ],
    [
      'a relative "last year"',
      date({ start: '2025-01-01', end: '2025-12-31', precision: 'year', yearInferred: true, relative: true }),
      '2025',
      '2025',
    ],
  ];

  // One test over the table: the rows that keep their year only mean something beside those that drop it.
  it("drops only a guessed year, and only from a source's value", () => {
    for (const [what, value, source, page] of rows) {
      expect(formatSourceValue(value), `${what}, source`).toBe(source);
      expect(formatValue(value), `${what}, page`).toBe(page);
    }
  });
});
