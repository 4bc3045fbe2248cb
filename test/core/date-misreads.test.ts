/**
 * Three ways a date or a time frame was misread (helper 116): a period's end taken for the rival of another
 * period's start; a yearless day on an undated page moved into the wrong year's reports while the reports of its
 * very day went unheard; and a sentence that counts its time from an earlier event ("three days later") held to
 * the week before the page appeared.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { builtIndex } from './built-index';
import { datedMatchesOf } from './claim-matches';

/** [document, relation] of each match of the claim `span` of `text`, read as of `today` with no page date. */
function undatedMatchesOf(index: ReturnType<typeof builtIndex>, text: string, span: string, today: string) {
  const claim = extractClaims(text, { referenceDate: today }).find((c) => c.text === span);
  expect(claim, `no claim "${span}" in "${text}"`).toBeDefined();
  return claim ? matchClaim(index, claim).matches.map((m) => [m.doc, m.relation]) : [];
}

describe('a period’s end is no rival of another period’s start', () => {
  const index = builtIndex([
    {
      id: 'siege',
      text: 'The province has a large militant presence.\n\nIts capital city of Deir ez-Zor held by the government has been under Islamist siege since 2014.',
      meta: { date: '2017-05-17' },
    },
    {
      id: 'district',
      text: 'Fighting went on in the north.\n\nThe district has been under rebel control since 2014, residents said.',
      meta: { date: '2016-03-02' },
    },
  ] satisfies CorpusSource[]);
  const today = '2026-11-24';

  it.each([
    ['Islamists held the city from 2011 to 2013 under siege.', '2013'],
    ['Islamists held the town from 2011 to 2013.', '2013'],
    ['The district was under rebel control from 2011 to 2013, residents said.', '2013'],
    ['The district was under rebel control between 2010 and 2013, residents said.', '2013'],
  ])('"%s": %s meets no start', (text, span) => {
    expect(undatedMatchesOf(index, text, span, today).filter(([, r]) => r === 'conflicts')).toEqual([]);
  });

  it('still calls two starts of one state rivals', () => {
    expect(
      undatedMatchesOf(
        index,
        'The district has been under rebel control since 2013, residents said.',
        '2013',
        today,
      ),
    ).toEqual([['district', 'conflicts']]);
  });
});

describe('a yearless day on an undated page', () => {
  const index = builtIndex([
    {
      id: 'bombing',
      text: 'Evacuations resumed on Sunday.\n\nA suicide car bomb hit buses carrying evacuees west of Aleppo on Saturday, killing at least 126 people.',
      meta: { date: '2017-04-16' },
    },
    {
      id: 'older-toll',
      text: 'Aleppo was bombed again.\n\nMore than 300 people have been killed by car bombs hitting buses and evacuees west of Aleppo since April, monitors said.',
      meta: { date: '2016-05-10' },
    },
  ] satisfies CorpusSource[]);
  const today = '2026-11-24';

  it.each([
    'On April 15 a car bomb hit buses carrying evacuees west of Aleppo, killing at least 126 people.',
    'A car bomb hit buses carrying evacuees west of Aleppo on April 15, killing 126 people.',
    'On 15 April, a suicide car bomb hit buses carrying evacuees west of Aleppo.',
  ])('"%s": the report of that Saturday agrees, and another year’s April is dropped', (text) => {
    const span = text.includes('15 April') ? '15 April' : 'April 15';
    expect(undatedMatchesOf(index, text, span, today)).toEqual([['bombing', 'agrees']]);
  });

  it('meets a dated page’s yearless day too, a year back', () => {
    expect(
      datedMatchesOf(
        index,
        'On April 15 a car bomb hit buses carrying evacuees west of Aleppo, killing at least 126 people.',
        'April 15',
        '2017-12-01',
      ),
    ).toContainEqual(['bombing', 'agrees']);
  });

  it.each([
    // Another day: the report's Saturday is not it, and no conflict is made of a guessed year.
    ['On April 12 a car bomb hit buses carrying evacuees west of Aleppo.', 'April 12'],
    // A month is in every year: a report's counted day is no part of a guessed year's month.
    ['In April a car bomb hit buses carrying evacuees west of Aleppo.', 'April'],
  ])('"%s": the report of the Saturday does not match', (text, span) => {
    expect(undatedMatchesOf(index, text, span, today).filter(([d]) => d === 'bombing')).toEqual([]);
  });
});

describe('"three days later" is not the page’s own news', () => {
  const index = builtIndex([
    {
      id: 'strike',
      text: 'The Pentagon confirmed the strike.\n\nThe United States fired 59 Tomahawk missiles at the Shayrat air base near Homs on Friday.',
      meta: { date: '2017-04-08' },
    },
  ] satisfies CorpusSource[]);
  const published = '2017-05-01';

  it.each([
    'Three days later the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
    'The next day the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
    'Days later, the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
    'A week after the attack the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
  ])('"%s" meets the report of the strike', (text) => {
    expect(datedMatchesOf(index, text, '59', published)).toEqual([['strike', 'agrees']]);
  });

  it.each([
    // The page's own news, or a time counted from the page's day: held to that time as before.
    'The United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
    'Three days ago the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs.',
  ])('"%s" is still held to the page’s time', (text) => {
    expect(datedMatchesOf(index, text, '59', published)).toEqual([]);
  });
});
