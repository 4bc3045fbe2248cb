import { describe, expect, it } from 'vitest';
import { compareQuantities } from '../../src/core/match/compare-values';
import { compareDates } from '../../src/core/match/compare-dates';
import { alignQuote } from '../../src/core/match/compare-quotes';
import { quoteDiff } from '../../src/core/match/quote-diff';
import { specificity } from '../../src/core/match/score-facts';
import type { DateValue, QuantityValue } from '../../src/core/types';

const q = (low: number, high: number, extra: Partial<QuantityValue> = {}): QuantityValue => ({
  type: 'quantity',
  low,
  high,
  nominal: extra.nominal ?? low,
  ...extra,
});
const d = (
  start: string,
  end: string,
  precision: DateValue['precision'],
  yearInferred = false,
): DateValue => ({
  type: 'date',
  start,
  end,
  precision,
  ...(yearInferred ? { yearInferred } : {}),
});

describe('compareQuantities (corpus relative to page)', () => {
  it.each([
    ['same figure', q(280000, 336000), q(280000, 336000), 'agrees'],
    ['250,000 against more than 280,000', q(280000, 336000), q(250000, 250000), 'conflicts'],
    ['dozens against hundreds', q(24, 99, { vague: true }), q(100, 999, { vague: true }), 'conflicts'],
    ['corpus vague, page exact', q(36, 36), q(24, 99, { vague: true }), 'vaguer'],
    ['corpus exact, page vague', q(24, 99, { vague: true }), q(36, 36), 'more-precise'],
    [
      'the same figure, hedged on one side',
      q(37800, 46200, { nominal: 42000, qualifier: 'some', vague: true }),
      q(37800, 46200, { nominal: 42000, qualifier: 'about' }),
      'agrees',
    ],
    [
      'the same figure, hedged or bare',
      q(42000, 42000),
      q(37800, 46200, { nominal: 42000, qualifier: 'estimated', vague: true }),
      'agrees',
    ],
    [
      'a hedged figure within another',
      q(50, 50),
      q(45, 55, { nominal: 48, qualifier: 'some', vague: true }),
      'vaguer',
    ],
    // A hedged figure written finer than a round one: the hedge widens its reading, not what it knows.
    [
      'about 90,000 against some 85,000',
      q(81000, 99000, { nominal: 90000, qualifier: 'about' }),
      q(76500, 93500, { nominal: 85000, qualifier: 'some', vague: true }),
      'more-precise',
    ],
    [
      '$4 billion against an estimated $4.2 billion',
      q(3.5e9, 4.5e9, { nominal: 4e9, unit: 'usd' }),
      q(3.78e9, 4.62e9, { nominal: 4.2e9, qualifier: 'estimated', unit: 'usd', vague: true }),
      'more-precise',
    ],
    [
      'an estimated $4.2 billion against $4 billion',
      q(3.78e9, 4.62e9, { nominal: 4.2e9, qualifier: 'estimated', unit: 'usd', vague: true }),
      q(3.5e9, 4.5e9, { nominal: 4e9, unit: 'usd' }),
      'vaguer',
    ],
    [
      'some 300,000 against 312,000: the hedged one is the rounder',
      q(270000, 330000, { nominal: 300000, qualifier: 'some', vague: true }),
      q(312000, 312000),
      'more-precise',
    ],
    ['15 of 18 against 15 of 20', q(15, 15, { of: 18 }), q(15, 15, { of: 20 }), 'conflicts'],
    // Rounded figures ("$145m" may be 144.5–145.5 million): neither within the other's rounding is another
    // figure; one within the other's is a more precise report of it.
    [
      '$145m against $144 million (roundings only touch)',
      q(144.5e6, 145.5e6, { nominal: 145e6, unit: 'usd' }),
      q(143.5e6, 144.5e6, { nominal: 144e6, unit: 'usd' }),
      'conflicts',
    ],
    // A figure with decimals, rounded to fewer: the rounder one is the vaguer report; counts have no decimals.
    ['19 inches against 19.3', q(19, 19), q(19.3, 19.3), 'more-precise'],
    ['12% against 11.8%', q(12, 12, { unit: 'percent' }), q(11.8, 11.8, { unit: 'percent' }), 'more-precise'],
    ['19.3 against 19', q(19.3, 19.3), q(19, 19), 'vaguer'],
    ['19 against 19.6 (rounds to 20)', q(19, 19), q(19.6, 19.6), 'conflicts'],
    ['4.25 against 4.3', q(4.25, 4.25), q(4.3, 4.3), 'vaguer'],
    ['41 against 45', q(41, 41), q(45, 45), 'conflicts'],
    // An exact figure within "about" another: the exact one is the more precise report, as against "some".
    [
      'about 2,000 against 1,800',
      q(1800, 2200, { nominal: 2000, qualifier: 'about' }),
      q(1800, 1800),
      'more-precise',
    ],
    [
      '1,800 against about 2,000',
      q(1800, 1800),
      q(1800, 2200, { nominal: 2000, qualifier: 'about' }),
      'vaguer',
    ],
    [
      'about 2,000 against 2,000',
      q(1800, 2200, { nominal: 2000, qualifier: 'about' }),
      q(2000, 2000),
      'agrees',
    ],
    [
      'about 2,000 against more than 1,900',
      q(1800, 2200, { nominal: 2000, qualifier: 'about' }),
      q(1900, 2280, { nominal: 1900, qualifier: 'more-than' }),
      'agrees',
    ],
    [
      '$1.4 trillion against $1 trillion',
      q(1.35e12, 1.45e12, { nominal: 1.4e12, unit: 'usd' }),
      q(0.5e12, 1.5e12, { nominal: 1e12, unit: 'usd' }),
      'vaguer',
    ],
    [
      '2 million against 2.3 million',
      q(1.5e6, 2.5e6, { nominal: 2e6 }),
      q(2.25e6, 2.35e6, { nominal: 2.3e6 }),
      'more-precise',
    ],
    [
      '2 million written two ways',
      q(1.5e6, 2.5e6, { nominal: 2e6 }),
      q(1.5e6, 2.5e6, { nominal: 2e6 }),
      'agrees',
    ],
    ['money with and without its unit', q(5e6, 5e6), q(5e6, 5e6, { unit: 'usd' }), 'agrees'],
    ['the part alone against the part of a whole', q(15, 15), q(15, 15, { of: 18 }), 'agrees'],
    [
      'two floors naming different figures: two tallies',
      q(330000, 396000, { qualifier: 'more-than' }),
      q(280000, 336000, { qualifier: 'more-than' }),
      'conflicts',
    ],
    [
      'the same floor, said two ways',
      q(280000, 420000, { qualifier: 'at-least' }),
      q(280000, 336000, { qualifier: 'more-than' }),
      'agrees',
    ],
    [
      'two ceilings naming different figures',
      q(540000, 600000, { nominal: 600000, qualifier: 'nearly' }),
      q(522000, 580000, { nominal: 580000, qualifier: 'nearly' }),
      'conflicts',
    ],
    [
      'two hedged figures, each outside the other’s reading: 500,000 against 600,000',
      q(450000, 550000, { nominal: 500000, qualifier: 'about' }),
      q(540000, 600000, { nominal: 600000, qualifier: 'nearly' }),
      'conflicts',
    ],
    [
      'two hedged figures, one inside the other’s reading: one report hedged twice',
      q(270000, 330000, { nominal: 300000, qualifier: 'about' }),
      q(280000, 336000, { qualifier: 'more-than' }),
      'agrees',
    ],
    [
      '11 million against a bare "millions"',
      q(11e6, 11e6),
      q(2e6, 9_999_999, { vague: true, reach: 99_999_999 }),
      'vaguer',
    ],
    [
      'a bare "millions" against more than 10 million',
      q(2e6, 9_999_999, { vague: true, reach: 99_999_999 }),
      q(10e6, 12e6, { qualifier: 'more-than' }),
      'more-precise',
    ],
    ['"thousands" against 12,000', q(12000, 12000), q(2000, 9999, { vague: true, reach: 99_999 }), 'vaguer'],
    [
      '"millions" against "tens of millions": two vague words keep their ranges',
      q(2e6, 9_999_999, { vague: true, reach: 99_999_999 }),
      q(20e6, 99_999_999, { vague: true }),
      'conflicts',
    ],
    [
      'an exact figure inside a floor’s reading',
      q(300000, 300000),
      q(280000, 336000, { qualifier: 'more-than' }),
      'agrees',
    ],
    // One outlet's miles are another's kilometres, rounded in the conversion.
    ['25 miles against 40 km', q(25, 25, { unit: 'mile' }), q(40, 40, { unit: 'km' }), 'agrees'],
    ['40 km against 25 miles', q(40, 40, { unit: 'km' }), q(25, 25, { unit: 'mile' }), 'agrees'],
    ['25 miles against 60 km', q(25, 25, { unit: 'mile' }), q(60, 60, { unit: 'km' }), 'conflicts'],
  ])('%s → %s', (_n, page, corpus, relation) => {
    expect(compareQuantities(page, corpus)?.relation).toBe(relation);
  });
  it.each([
    ['orders of magnitude apart', q(30, 30), q(280000, 336000)],
    ['percent against a count', q(30, 30, { unit: 'percent' }), q(30, 30)],
    ['different units', q(3, 3, { unit: 'day' }), q(3, 3, { unit: 'week' })],
    ['a span of hours against a count', q(24, 24, { unit: 'hour' }), q(16, 19)],
    // "10 whales" is no distance left bare; "5 million" in aid may be a sum that lost its sign.
    ['a distance against a count of things', q(22, 22, { unit: 'km' }), q(10, 10, { counted: ['whale'] })],
    ['a count of things against a sum', q(5e6, 5e6, { counted: ['peopl'] }), q(5e6, 5e6, { unit: 'usd' })],
    ['a count against a span of years', q(5, 5), q(5, 5, { unit: 'year' })],
    ['another bare count against a part of a whole', q(8, 8), q(15, 15, { of: 18 })],
    [
      '"thousands" against more than 280,000: past its reach',
      q(2000, 9999, { vague: true, reach: 99_999 }),
      q(280000, 336000, { qualifier: 'more-than' }),
    ],
    [
      '"millions" against 150 million',
      q(150e6, 150e6),
      q(2e6, 9_999_999, { vague: true, reach: 99_999_999 }),
    ],
  ])('%s → not the same fact', (_n, page, corpus) => {
    expect(compareQuantities(page, corpus)).toBeNull();
  });
  it('leaves two everyday figures apart when only one says what it counts', () => {
    const cosmonauts = q(3, 3, { counted: ['cosmonaut'] });
    expect(compareQuantities(cosmonauts, q(2, 2))).toBeNull();
    expect(compareQuantities(q(2, 2), cosmonauts)).toBeNull();
    // Neither says, or the figures are large or measured: compared as before.
    expect(compareQuantities(q(3, 3), q(2, 2))?.relation).toBe('conflicts');
    expect(compareQuantities(q(3000, 3000, { counted: ['peopl'] }), q(2500, 2500))?.relation).toBe(
      'conflicts',
    );
    expect(
      compareQuantities(q(3, 3, { unit: 'km' }), q(2, 2, { unit: 'km', counted: ['road'] }))?.relation,
    ).toBe('conflicts');
  });
  it('scores near figures above far ones', () => {
    const near = compareQuantities(q(280000, 280000), q(250000, 250000))?.compatibility ?? 0;
    const far = compareQuantities(q(280000, 280000), q(100000, 100000))?.compatibility ?? 0;
    expect(near).toBeGreaterThan(far);
  });
});

describe('compareDates (corpus relative to page)', () => {
  it.each([
    ['same day', d('2016-02-27', '2016-02-27', 'day'), d('2016-02-27', '2016-02-27', 'day'), 'agrees'],
    [
      'corpus gives the month',
      d('2016-02-27', '2016-02-27', 'day'),
      d('2016-02-01', '2016-02-29', 'month'),
      'vaguer',
    ],
    [
      'corpus gives the day',
      d('2016-02-01', '2016-02-29', 'month'),
      d('2016-02-27', '2016-02-27', 'day'),
      'more-precise',
    ],
    ['another day', d('2016-02-27', '2016-02-27', 'day'), d('2016-03-01', '2016-03-01', 'day'), 'conflicts'],
    [
      'inferred year aligns',
      d('2016-02-27', '2016-02-27', 'day'),
      d('2026-02-27', '2026-02-27', 'day', true),
      'agrees',
    ],
    [
      'both years inferred, from different reference dates',
      d('2016-02-27', '2016-02-27', 'day', true),
      d('2026-02-27', '2026-02-27', 'day', true),
      'agrees',
    ],
    [
      'both inferred, another day',
      d('2016-02-27', '2016-02-27', 'day', true),
      d('2026-03-02', '2026-03-02', 'day', true),
      'conflicts',
    ],
    // February of a common year moved into a leap year must end on the 29th, and the other way round.
    [
      'inferred February from a common year, page in a leap year',
      d('2016-02-01', '2016-02-29', 'month', true),
      d('2026-02-01', '2026-02-28', 'month', true),
      'agrees',
    ],
    [
      'inferred February from a leap year, page in a common year',
      d('2015-02-01', '2015-02-28', 'month'),
      d('2024-02-01', '2024-02-29', 'month', true),
      'agrees',
    ],
    [
      'inferred 29 February, page in a leap year',
      d('2016-02-29', '2016-02-29', 'day'),
      d('2024-02-29', '2024-02-29', 'day', true),
      'agrees',
    ],
    [
      'inferred period across New Year stays whole',
      d('2016-01-01', '2016-01-01', 'day'),
      d('2025-12-28', '2026-01-03', 'week', true),
      'vaguer',
    ],
  ])('%s → %s', (_n, page, corpus, relation) => {
    expect(compareDates(page, corpus)?.relation).toBe(relation);
  });
  it.each([
    [
      'a yearless month against a bare year',
      d('1980-01-01', '1980-12-31', 'year'),
      d('2026-09-01', '2026-09-30', 'month', true),
    ],
    [
      'a bare year against a yearless day',
      d('2016-02-27', '2016-02-27', 'day', true),
      d('2011-01-01', '2011-12-31', 'year'),
    ],
  ])('%s → nothing in common', (_n, page, corpus) => {
    expect(compareDates(page, corpus)).toBeNull();
  });
  it('a year worked out from the reference date ("five years ago") still meets a bare year', () => {
    expect(
      compareDates(d('2011-01-01', '2011-12-31', 'year', true), d('2011-01-01', '2011-12-31', 'year'))
        ?.relation,
    ).toBe('agrees');
  });
  it('a date counted from the reference date is not moved by whole years', () => {
    // "Saturday" on a page of February 2015 is not a rival date for March 2011, nor four years' Saturdays.
    const saturday: DateValue = { ...d('2015-02-21', '2015-02-21', 'day', true), relative: true };
    expect(compareDates(saturday, d('2011-03-01', '2011-03-31', 'month'))).toBeNull();
    expect(compareDates(saturday, d('2015-02-21', '2015-02-21', 'day'))?.relation).toBe('agrees');
  });
  it('a date counted from the reference date is never a rival date, only the same one', () => {
    // "On Friday" names a recent day: another date is another event ("Friday" against "February 27").
    const friday: DateValue = { ...d('2016-03-04', '2016-03-04', 'day', true), relative: true };
    expect(compareDates(friday, d('2016-02-27', '2016-02-27', 'day'))).toBeNull();
    expect(compareDates(d('2016-02-27', '2016-02-27', 'day'), friday)).toBeNull();
    expect(compareDates(friday, d('2016-03-01', '2016-03-31', 'month'))?.relation).toBe('vaguer');
  });
  it('a date counted from the reference date has nothing in common with a yearless one', () => {
    // An undated corpus's "September" is placed in a guessed year; a page's "Monday" of some September is chance.
    const monday: DateValue = { ...d('2016-09-12', '2016-09-12', 'day', true), relative: true };
    expect(compareDates(monday, d('2026-09-01', '2026-09-30', 'month', true))).toBeNull();
    expect(compareDates(d('2026-09-01', '2026-09-30', 'month', true), monday)).toBeNull();
  });
  it('two dates each counted from its own writer’s day compare as days', () => {
    // "Due to resume talks on Monday" in a report of Tuesday 6 September and in one of Monday 5 September.
    const monday: DateValue = { ...d('2016-09-05', '2016-09-05', 'day', true), relative: true };
    expect(compareDates(monday, { ...monday })?.relation).toBe('agrees');
    // Another such day is another event, as with a written date.
    const friday: DateValue = { ...d('2016-09-02', '2016-09-02', 'day', true), relative: true };
    expect(compareDates(monday, friday)).toBeNull();
  });
  it('a date counted from the reference date says nothing about a bare year, which holds every such day', () => {
    const tuesday: DateValue = { ...d('2013-09-03', '2013-09-03', 'day', true), relative: true };
    expect(compareDates(d('2013-01-01', '2013-12-31', 'year'), tuesday)).toBeNull();
    expect(compareDates(tuesday, d('2013-01-01', '2013-12-31', 'year'))).toBeNull();
    // Nor about a year counted from its writer's day: "last year" holds every Tuesday of that year too.
    const lastYear: DateValue = { ...d('2013-01-01', '2013-12-31', 'year', true), relative: true };
    expect(compareDates(lastYear, tuesday)).toBeNull();
    expect(compareDates(tuesday, lastYear)).toBeNull();
    // A month a report looks back to ("18 months ago") and a written day still sit inside their year.
    const monthsAgo: DateValue = { ...d('2013-09-01', '2013-09-30', 'month'), relative: true };
    expect(compareDates(d('2013-01-01', '2013-12-31', 'year'), monthsAgo)?.relation).toBe('more-precise');
    expect(
      compareDates(d('2013-01-01', '2013-12-31', 'year'), d('2013-09-03', '2013-09-03', 'day'))?.relation,
    ).toBe('more-precise');
  });
  it('a written year against a guessed one: the same day or month, never a rival one', () => {
    const undatedSeptember = d('2026-09-01', '2026-09-30', 'month', true);
    expect(compareDates(d('2014-10-04', '2014-10-04', 'day'), undatedSeptember)).toBeNull();
    expect(compareDates(d('2014-09-04', '2014-09-04', 'day'), undatedSeptember)?.relation).toBe('vaguer');
    expect(
      compareDates(d('2026-02-27', '2026-02-27', 'day', true), d('2016-02-26', '2016-02-26', 'day')),
    ).toBeNull();
  });
  it('a yearless month still sits inside a month with a year', () => {
    expect(
      compareDates(d('2016-09-01', '2016-09-30', 'month'), d('2026-09-01', '2026-09-30', 'month', true))
        ?.relation,
    ).toBe('agrees');
  });
  it.each([
    ['three weeks apart', d('2016-02-06', '2016-02-06', 'day'), d('2016-02-27', '2016-02-27', 'day')],
    [
      'a month before a day',
      d('2016-01-01', '2016-01-31', 'month', true),
      d('2016-02-27', '2016-02-27', 'day', true),
    ],
    [
      'a day 11 days before a month',
      d('2016-08-21', '2016-08-21', 'day', true),
      d('2026-09-01', '2026-09-30', 'month', true),
    ],
  ])('weeks apart is another event of the same kind, not a rival date: %s', (_n, page, corpus) => {
    expect(compareDates(page, corpus)).toBeNull();
  });
  it('a week apart or less is a rival date, the nearer the closer', () => {
    const feb27 = d('2016-02-27', '2016-02-27', 'day');
    const march1 = compareDates(d('2016-03-01', '2016-03-01', 'day'), feb27);
    const march5 = compareDates(d('2016-03-05', '2016-03-05', 'day'), feb27);
    expect(march1?.relation).toBe('conflicts');
    expect(march5?.relation).toBe('conflicts');
    expect(march1?.compatibility).toBeGreaterThan(march5?.compatibility ?? 1);
    expect(
      compareDates(d('2016-03-01', '2016-03-01', 'day', true), d('2026-02-01', '2026-02-29', 'month', true))
        ?.relation,
    ).toBe('conflicts');
  });
  it('years apart is another event', () => {
    expect(
      compareDates(d('2014-08-26', '2014-08-26', 'day'), d('2016-02-27', '2016-02-27', 'day')),
    ).toBeNull();
  });
});

describe('alignQuote', () => {
  const corpus =
    '“Russia needs to understand that our patience is not infinite, in fact it is very limited with whether or not [Bashar] Al-Assad is going to be held accountable.”';
  it('finds a partial quote verbatim', () => {
    const a = alignQuote('our patience is not infinite', corpus);
    expect(a?.verbatim).toBe(true);
    expect(a?.coverage).toBe(1);
    expect(corpus.slice(a?.start, a?.end)).toBe('our patience is not infinite');
  });
  it.each([
    [
      'a struggle between civilisation itself and barbarism',
      'a struggle between civilisation itself and barbarism',
    ],
    [
      'struggle between civilisation itself and barbarism, between',
      'struggle between civilisation itself and barbarism, between',
    ],
  ])('keeps the small words at the edges of a verbatim partial quote: %s', (quote, span) => {
    // "a" and "between" occur earlier in the passage too: the first of each is not the one quoted.
    const passage =
      '“No, this is not a clash of civilisations, this is a struggle between civilisation itself and barbarism, between civilisation and fundamental raw political exploitation.”';
    const a = alignQuote(quote, passage);
    expect(a?.verbatim).toBe(true);
    expect(passage.slice(a?.start, a?.end)).toBe(span);
  });
  it('takes the quoted words together, not a small word a few words before them', () => {
    // The first "a" is the writer's, three words before the quotation that opens with another.
    const passage =
      'The incident comes after another report of a strike killing "a woman with four of her children and an old man" in the city.';
    const a = alignQuote('a woman with four of her children and an old man', passage);
    expect(a?.verbatim).toBe(true);
    expect(passage.slice(a?.start, a?.end)).toBe('a woman with four of her children and an old man');
  });
  it('shows what a page left out of a quote, not only the stretch it kept whole', () => {
    const a = alignQuote('Russia needs to understand that our patience is very limited', corpus);
    expect(corpus.slice(a?.start, a?.end)).toBe('Russia needs to understand that our patience is');
    expect(corpus.slice(a?.diffStart, a?.diffEnd)).toBe(
      'Russia needs to understand that our patience is not infinite, in fact it is very limited',
    );
  });
  it('shows the source’s words where a page ends or opens a quote with words of its own', () => {
    const a = alignQuote('Russia must understand that our patience is not unlimited', corpus);
    expect(corpus.slice(a?.diffStart, a?.diffEnd)).toBe(
      'Russia needs to understand that our patience is not infinite',
    );
    const b = alignQuote('Moscow needs to understand that our patience is not infinite', corpus);
    expect(corpus.slice(b?.diffStart, b?.diffEnd)).toBe(
      'Russia needs to understand that our patience is not infinite',
    );
  });
  it('sees an editor’s insertion as rewording', () => {
    const a = alignQuote('whether or not Assad is going to be held accountable', corpus);
    expect(a?.coverage).toBe(1);
    expect(a?.verbatim).toBe(false);
    expect(a?.density).toBeLessThan(1);
  });
  it('leaves the words an editor inserted out of the alignment', () => {
    // Reworded and with the insertion, "Assad" sits five words after "whether": too far apart unless the
    // bracketed words are dropped.
    const a = alignQuote('it is very limited as to whether Assad is held accountable', corpus);
    expect(a?.missing).toBe(2);
    expect(corpus.slice(a?.start, a?.end)).toBe(
      'it is very limited with whether or not [Bashar] Al-Assad is going to be held accountable',
    );
  });
  it('ignores scare quotes and unrelated words', () => {
    expect(alignQuote('frayed', corpus)).toBeNull();
    expect(alignQuote('the recipe needs two cups of flour', corpus)?.coverage ?? 0).toBeLessThan(0.5);
  });
  it('reads British and American spellings of a word as the same word', () => {
    const said = 'gathering and analyzing information from the defense ministry';
    const printed = 'gathering and analysing information from the defence ministry';
    const a = alignQuote(said, printed);
    expect(a?.coverage).toBe(1);
    expect(a?.verbatim).toBe(true);
    // No change shown, and the source's spelling kept.
    const parts = quoteDiff(said, printed);
    expect(parts.filter((p) => p.added || p.removed)).toEqual([]);
    expect(parts.map((p) => p.value).join('')).toBe(printed);
    // Another word is still a change.
    expect(quoteDiff(said, printed.replace('analysing', 'reading')).some((p) => p.added)).toBe(true);
  });
  it('takes a typed and a typeset apostrophe or quotation mark as one', () => {
    const printed = 'We look for Russia’s cooperation, and the “regime” must listen';
    const parts = quoteDiff('We look for Russia\'s cooperation, and the "regime" must listen', printed);
    expect(parts.filter((p) => p.added || p.removed)).toEqual([]);
    expect(parts.map((p) => p.value).join('')).toBe(printed);
    // A word beside the mark is still a change.
    expect(quoteDiff("We look for Russia's help", printed.slice(0, 30)).some((p) => p.removed)).toBe(true);
  });
  it('leaves out the stops a quoting writer cut the quote at', () => {
    const parts = quoteDiff('What is the sea telling us?', 'what is the sea telling us');
    expect(parts.filter((p) => p.added || p.removed)).toEqual([]);
    // A stop inside the quote is the speaker's.
    expect(quoteDiff('It is over. We lost', 'It is over, we lost').some((p) => p.removed)).toBe(true);
  });
  it('diffs words', () => {
    const parts = quoteDiff('We are also prepared', 'We also are prepared');
    expect(parts.some((p) => p.added)).toBe(true);
    expect(parts.some((p) => p.removed)).toBe(true);
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe('We are also prepared');
  });
});

describe('specificity', () => {
  it.each([
    // How likely a shared value is by chance: written digits count, not the size.
    [q(13.7e9, 13.7e9, { unit: 'usd' }), 1],
    [q(592_700, 592_700), 1],
    [q(280_000, 280_000), 0.9],
    [q(1_200_000, 1_200_000), 0.9],
    [q(24, 24, { unit: 'hour' }), 0.6],
    [q(5, 5), 0.3],
    [q(24, 99, { vague: true }), 0.35],
  ])('%j → %s', (value, expected) => {
    expect(specificity(value)).toBe(expected);
  });
});
