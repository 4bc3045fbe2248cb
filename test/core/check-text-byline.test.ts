/**
 * "Check a text" reads a byline's date near the top of a pasted article ("By Jane Doe, June 15, 2016") as it reads
 * a "Published" line: what follows is read as written that day.
 */
import { describe, expect, it } from 'vitest';
import { bylineOf } from '../../src/core/check-byline';
import { checkText } from '../../src/core/check-text';
import { scanGates } from '../../src/core/scan-texts';
import { CAMP_REPORT, campIndex } from './camp-report';

describe('bylineOf', () => {
  it.each<[string, string | null]>([
    ['By Jane Doe, June 15, 2016', '2016-06-15'],
    ['by Jane Doe, June 15, 2016', '2016-06-15'],
    ['BY JANE DOE · 15 June 2016', '2016-06-15'],
    ['By Jane Doe and John Roe, June 15, 2016', '2016-06-15'],
    ['By Anne Barnard, Hwaida Saad and Rick Gladstone, June 15, 2016', '2016-06-15'],
    ['By Jane Doe, Reuters, Wednesday, June 15, 2016', '2016-06-15'],
    ['By Jane Doe | The Daily Ledger | June 15, 2016', '2016-06-15'],
    ['By Staffan de Mistura — June 15, 2016', '2016-06-15'],
    ['By Jane Smith-Jones - 2016-06-15', '2016-06-15'],
    ['By Jane Doe, June 15, 2016, 10:42 a.m. ET', '2016-06-15'],
    ['By Jane Doe | Updated June 15, 2016 10:42 a.m. EDT', '2016-06-15'],
    ['Jane Doe | June 15, 2016', '2016-06-15'],
    ['Jane Doe • Published on: 15 June 2016', '2016-06-15'],
    // "Published …", "Updated …" and a date alone on its line are datelines, which the extractor reads anywhere.
    ['Published June 15, 2016', null],
    ['June 15, 2016', null],
    // No year: a byline's "June 15" does not say which year the text's "February 27" is in.
    ['By Jane Doe, June 15', null],
    // A day after today is no day the text was written on.
    ['By Jane Doe, June 15, 2099', null],
    // More than a date after the names: prose.
    ['By Jane Doe, June 15, 2016 and 40 people died', null],
    ['By March 15, 2016, the toll had risen to 200.', null],
    ['By the time of June 15, 2016', null],
    // Names and a comma, without "By": a place's dateline as often ("Damascus, June 15, 2016").
    ['Jane Doe, June 15, 2016', null],
  ])('%j → %s', (line, day) => {
    expect(bylineOf(`${line}\n\nThe text goes on here.`, '2020-01-01')?.day ?? null).toBe(day);
  });

  it('gives the byline’s line, under a headline and a standfirst', () => {
    const text =
      'Barrel bombs hit a camp\n\nAt least 10 dead, a monitor says.\nBy Jane Doe, June 15, 2016\nText.';
    const start = text.indexOf('By');
    expect(bylineOf(text, '2020-01-01')).toEqual({ start, end: text.indexOf('\nText'), day: '2016-06-15' });
  });

  it('looks only in the first lines, where an article has its byline', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `Line ${i + 1}`);
    expect(
      bylineOf([...lines.slice(1), 'By Jane Doe, June 15, 2016'].join('\n'), '2020-01-01'),
    ).not.toBeNull();
    expect(bylineOf([...lines, 'By Jane Doe, June 15, 2016'].join('\n'), '2020-01-01')).toBeNull();
  });
});

describe('checkText and a byline', () => {
  const camp = campIndex();
  const gates = scanGates(camp);
  const REPORT = CAMP_REPORT;
  const HEADLINE = 'Barrel bombs dropped on a camp for displaced people killed 10 people on Wednesday';
  const wednesdays = async (text: string, day: string, published: boolean) => {
    const { claims } = await checkText(camp, gates, text, day, published, 4_000);
    return claims
      .filter(({ claim }) => claim.text === 'Wednesday')
      .map(({ result }) => result.matches.length);
  };

  it('dates the lines after it: their "Wednesday" is the day before it, not a Wednesday of today', async () => {
    expect(await wednesdays(REPORT, '2026-11-22', false)).toEqual([]);
    expect(await wednesdays(`By Jane Doe, October 30, 2014\n\n${REPORT}`, '2026-11-22', false)).toEqual([1]);
    expect(await wednesdays(`Jane Doe | October 30, 2014\n${REPORT}`, '2026-11-22', false)).toEqual([1]);
    // Over a date the reader gave, too: the text says when it was written.
    expect(await wednesdays(`By Jane Doe, October 30, 2014\n\n${REPORT}`, '2015-03-01', true)).toEqual([1]);
  });

  it('dates only what follows it, though a long headline runs into it', async () => {
    // The headline is long and ends in no full stop: its line and the byline's are read as one (see unwrapLines).
    const text = `${HEADLINE}\nBy Jane Doe and John Roe, October 30, 2014\n${REPORT}`;
    expect(await wednesdays(text, '2026-11-22', false)).toEqual([1]);
    // Dated, the headline's "Wednesday" would have its source too.
    expect(await wednesdays(`By Jane Doe, October 30, 2014\n\n${HEADLINE}`, '2026-11-22', false)).toEqual([
      1,
    ]);
  });

  it('counts its date as no claim of the text, as a dateline’s', async () => {
    const { unmatched, others } = await checkText(
      camp,
      gates,
      'By Jane Doe, June 15, 2016\n',
      '2026-11-22',
      false,
      4_000,
    );
    expect([unmatched, others]).toEqual([0, []]);
  });
});
