/**
 * A dated page's yearless date is its writer's year, or the one before or after (a recalled event, a coming
 * one), and is moved next to a corpus date by no more than that: in a report of July 2016, "retaken in March" is
 * no March of 2011. An undated page's yearless date is a guess, moved to wherever it fits, as before.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { withRecentYear } from '../../src/core/match/compare-dates';
import { scanGates, scanTexts } from '../../src/core/scan-texts';
import { builtIndex } from './built-index';

const index = builtIndex([
  {
    id: 'start',
    text:
      'How the war began\n\n' +
      'Protests against Assad began in Deraa in March 2011 and spread across Syria.\n\n' +
      'A cessation of hostilities in Syria took effect on February 27, 2016, brokered by Russia and the US.',
    meta: { date: '2016-06-15' },
  },
  {
    id: 'campaign',
    text: 'Russia in Syria\n\nRussia began air strikes in Syria in September 2015 in support of Assad.',
    meta: { date: '2016-06-15' },
  },
]);

/** Relations of the matches of the date `span` in `sentence`, read as a page published on `published`. */
function relations(sentence: string, span: string, published: string, dated: boolean): string[] {
  const claim = extractClaims(sentence, { referenceDate: published }).find((c) => c.text === span);
  expect(claim, `no claim "${span}"`).toBeDefined();
  if (!claim) return [];
  return matchClaim(index, claim, dated ? { published } : {}).matches.map((m) => m.relation);
}

describe('a dated page’s yearless date', () => {
  const MARCH = 'Protests against Assad began in Deraa in March, residents said.';
  it.each([
    // Five years from the page's March: another March.
    [MARCH, 'March', '2016-07-06', true, []],
    // Undated, the page's March is a guess and may be 2011's, as before.
    [MARCH, 'March', '2016-07-06', false, ['agrees']],
    // A year back: a report of April 2017 recalling the truce of the year before.
    [
      'A cessation of hostilities in Syria took effect on February 27, brokered by Russia and the US.',
      'February 27',
      '2017-04-10',
      true,
      ['agrees'],
    ],
    // Two years on, it is not that truce.
    [
      'A cessation of hostilities in Syria took effect on February 27, brokered by Russia and the US.',
      'February 27',
      '2018-04-10',
      true,
      [],
    ],
    // A yearless month may be the coming one (a page of December 2014 on a campaign planned for September)…
    [
      'Russia will begin air strikes in Syria in September in support of Assad.',
      'September',
      '2014-12-20',
      true,
      ['agrees'],
    ],
    // …but not after "since": a period running up to the page's day began before it.
    [
      'Russia has carried out air strikes in Syria since September in support of Assad.',
      'September',
      '2014-12-20',
      true,
      [],
    ],
    // "Last September" is the one before the page's date, and no other.
    [
      'Russia began air strikes in Syria last September in support of Assad.',
      'last September',
      '2016-08-10',
      true,
      ['agrees'],
    ],
    [
      'Russia began air strikes in Syria last September in support of Assad.',
      'last September',
      '2017-08-10',
      true,
      [],
    ],
  ])(
    '%s → "%s" (published %s, the page’s own date: %s) → %j',
    (sentence, span, published, dated, expected) => {
      expect(relations(sentence, span, published, dated)).toEqual(expected);
    },
  );

  it('is bounded in a page scan too, whose gates compare the date the matcher does', () => {
    const found = (published: boolean) =>
      scanTexts(index, scanGates(index), [MARCH], '2016-07-06', published)[0]?.map((f) => f.claim.text) ?? [];
    expect(found(false)).toEqual(['March']);
    expect(found(true)).toEqual([]);
  });

  it('keeps a date of the month before the page as written, and marks an older one as near the page', () => {
    const [recent, older] = extractClaims('Talks stalled on July 1 and resumed on March 3.', {
      referenceDate: '2016-07-06',
    }).map((c) => withRecentYear(c, '2016-07-06').value);
    expect(recent).toMatchObject({ start: '2016-07-01' });
    expect(recent).not.toHaveProperty('yearInferred');
    expect(older).toMatchObject({ start: '2016-03-03', yearInferred: true, yearNearPublished: true });
  });
});
