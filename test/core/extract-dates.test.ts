import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/extract-claims';
import type { Claim, DateValue } from '../../src/core/types';

function dates(text: string, referenceDate: string): (Claim & { value: DateValue })[] {
  return extractClaims(text, { referenceDate }).filter(
    (c): c is Claim & { value: DateValue } => c.value.type === 'date',
  );
}

// Reference 2016-06-01 is a Wednesday.
const cases: [
  text: string,
  ref: string,
  span: string,
  start: string,
  end: string,
  precision: string,
  inferred: boolean,
][] = [
  [
    'in effect since February 27, into a truce',
    '2016-06-01',
    'February 27',
    '2016-02-27',
    '2016-02-27',
    'day',
    true,
  ],
  [
    'in effect since February 27, into a truce',
    '2016-01-10',
    'February 27',
    '2015-02-27',
    '2015-02-27',
    'day',
    true,
  ],
  [
    'Kerry arrived on May 1, 2016 for talks',
    '2016-06-01',
    'May 1, 2016',
    '2016-05-01',
    '2016-05-01',
    'day',
    false,
  ],
  [
    'Kerry arrived on May 1 2016 for talks',
    '2020-01-01',
    'May 1 2016',
    '2016-05-01',
    '2016-05-01',
    'day',
    false,
  ],
  // (At a line's start and run into a headline, the same date is a dateline: see below.)
  [
    'The attack of Wed 05 Apr 2017 in Idlib',
    '2017-04-05',
    '05 Apr 2017',
    '2017-04-05',
    '2017-04-05',
    'day',
    false,
  ],
  // Day and year run together, as text pulled from separate page elements reads.
  ['The raid of Jul 282016 on Manbij', '2017-01-01', 'Jul 282016', '2016-07-28', '2016-07-28', 'day', false],
  [
    'The raid of March 52016 on Manbij',
    '2017-01-01',
    'March 52016',
    '2016-03-05',
    '2016-03-05',
    'day',
    false,
  ],
  [
    'on the 27th of February the truce began',
    '2016-06-01',
    '27th of February',
    '2016-02-27',
    '2016-02-27',
    'day',
    true,
  ],
  [
    'Russia began its offensive in September.',
    '2016-06-01',
    'September',
    '2015-09-01',
    '2015-09-30',
    'month',
    true,
  ],
  ['the fighting resumed in April', '2016-06-01', 'April', '2016-04-01', '2016-04-30', 'month', true],
  [
    'protests in March 2011 began the war',
    '2016-06-01',
    'March 2011',
    '2011-03-01',
    '2011-03-31',
    'month',
    false,
  ],
  ['the war started in 2011', '2016-06-01', '2011', '2011-01-01', '2011-12-31', 'year', false],
  [
    'Russia deployed warplanes last year',
    '2016-06-01',
    'last year',
    '2015-01-01',
    '2015-12-31',
    'year',
    true,
  ],
  [
    'ministers met last week on the battle',
    '2016-06-01',
    'last week',
    '2016-05-23',
    '2016-05-29',
    'week',
    true,
  ],
  ['he will decide next week', '2016-06-01', 'next week', '2016-06-06', '2016-06-12', 'week', true],
  ['the UN said earlier this month', '2016-06-15', 'this month', '2016-06-01', '2016-06-30', 'month', true],
  ['the envoy spoke last month', '2016-01-15', 'last month', '2015-12-01', '2015-12-31', 'month', true],
  ['Kerry arrived on Wednesday for', '2016-06-01', 'Wednesday', '2016-06-01', '2016-06-01', 'day', true],
  ['Lavrov spoke on Friday with', '2016-06-01', 'Friday', '2016-05-27', '2016-05-27', 'day', true],
  ['they met last Monday again', '2016-06-01', 'last Monday', '2016-05-30', '2016-05-30', 'day', true],
  ['they meet next Monday again', '2016-06-01', 'next Monday', '2016-06-06', '2016-06-06', 'day', true],
  ['the raid happened yesterday', '2016-06-01', 'yesterday', '2016-05-31', '2016-05-31', 'day', true],
  [
    'a market was hit 3 days ago in Idlib',
    '2016-06-01',
    '3 days ago',
    '2016-05-29',
    '2016-05-29',
    'day',
    true,
  ],
  [
    'the war erupted five years ago',
    '2016-06-01',
    'five years ago',
    '2011-01-01',
    '2011-12-31',
    'year',
    true,
  ],
  ['the district fell a year ago', '2016-06-01', 'a year ago', '2015-01-01', '2015-12-31', 'year', true],
  [
    'it ended on Monday, May 2, 2016 at dawn',
    '2016-06-01',
    'Monday, May 2, 2016',
    '2016-05-02',
    '2016-05-02',
    'day',
    false,
  ],
  ['signed on 2016-05-01 in Geneva', '2016-06-01', '2016-05-01', '2016-05-01', '2016-05-01', 'day', false],
  ['signed on 5/4/2016 in Geneva', '2016-06-01', '5/4/2016', '2016-05-04', '2016-05-04', 'day', false],
  // A part of a month or year is about a third of it; "as early as" is no part.
  ['a mid-2015 report', '2016-06-01', 'mid-2015', '2015-05-01', '2015-08-31', 'year', false],
  ['routes were cut in mid-July', '2016-08-17', 'mid-July', '2016-07-11', '2016-07-20', 'month', true],
  ['troops arrived in early March', '2016-08-17', 'early March', '2016-03-01', '2016-03-10', 'month', true],
  [
    'they left by late April 2015',
    '2016-08-17',
    'late April 2015',
    '2015-04-21',
    '2015-04-30',
    'month',
    false,
  ],
  [
    'the truce held by the end of February 2016',
    '2016-08-17',
    'end of February 2016',
    '2016-02-21',
    '2016-02-29',
    'month',
    false,
  ],
  [
    'talks began at the start of 2016',
    '2016-08-17',
    'start of 2016',
    '2016-01-01',
    '2016-04-30',
    'year',
    false,
  ],
  ['it grew in late 2015', '2016-08-17', 'late 2015', '2015-09-01', '2015-12-31', 'year', false],
  ['aid came as early as March 2012', '2016-08-17', 'March 2012', '2012-03-01', '2012-03-31', 'month', false],
  ['spending rose in 2016’s budget', '2017-06-01', '2016', '2016-01-01', '2016-12-31', 'year', false],
  // A year that qualifies a noun after an article or a possessive.
  ['Trump won the 2016 election.', '2017-06-01', '2016', '2016-01-01', '2016-12-31', 'year', false],
  ['He found a 1963 wedding announcement.', '2016-06-01', '1963', '1963-01-01', '1963-12-31', 'year', false],
  ['Syria’s 2011 uprising became a war.', '2016-06-01', '2011', '2011-01-01', '2011-12-31', 'year', false],
  [
    'The report was published on May 1, 2016 in Geneva.',
    '2016-06-01',
    'May 1, 2016',
    '2016-05-01',
    '2016-05-01',
    'day',
    false,
  ],
];

describe('dates', () => {
  it.each(cases)('"%s" read on %s → %s', (text, ref, span, start, end, precision, inferred) => {
    const found = dates(text, ref).find((d) => d.text === span);
    expect(found, JSON.stringify(dates(text, ref).map((d) => d.text))).toBeDefined();
    if (!found) return;
    expect(text.slice(found.start, found.end)).toBe(span);
    expect(found.value).toMatchObject({ start, end, precision });
    expect(Boolean(found.value.yearInferred)).toBe(inferred);
    expect(found.subject.length).toBeGreaterThan(0);
  });

  // A date opening its sentence, set off by a comma, is the date of the clause after the comma; a comma after
  // a date inside the sentence still ends what the date is of.
  const clauses: [string, string, string[], string[]][] = [
    ['In March 2011, protests began in Deraa.', 'March 2011', ['protest', 'began'], []],
    ['Since February 27, the truce has held.', 'February 27', ['ceasefir', 'held'], []],
    ['On May 1, 2016, Kerry landed in Geneva.', 'May 1, 2016', ['kerri', 'land'], []],
    ['By 2002, sales had tripled.', '2002', ['sale', 'tripl'], []],
    ['The truce, agreed on February 27, has held.', 'February 27', ['agre'], ['held']],
    // A clock time before the date is no count: the words before it still say what happened that day.
    ['The dress disappeared at 9 p.m. on Wednesday.', 'Wednesday', ['disappear', 'dress'], []],
    ['Shelling began at 10:30 am on Friday.', 'Friday', ['began'], []],
    // Four words before the date name no event: the event earlier in the sentence is what it dates, but not
    // one before a figure, which is that figure's.
    [
      'A truce agreed by Paris and Bonn has nominally been in effect since May 3.',
      'May 3',
      ['ceasefir', 'effect'],
      [],
    ],
    ['The talks set up by Oslo and Rome were formally opened on June 9.', 'June 9', ['negoti', 'open'], []],
    ['Raids killed 30 as envoys from Paris and Bonn quietly met on May 3.', 'May 3', ['met'], ['kill']],
    // A figure right before the date is in its clause: the date is that of what the figure's words say happened.
    ['Raids killed dozens on May 31.', 'May 31', ['kill'], []],
    ['Rockets hit 12 homes on Friday.', 'Friday', ['home', 'hit'], []],
    ['Raids killed 30, and on May 3 envoys met.', 'May 3', ['envoi', 'met'], ['kill']],
  ];
  it.each(clauses)('"%s": %s is the date of %j, not %j', (text, span, has, hasNot) => {
    const found = dates(text, '2016-06-01').find((d) => d.text === span);
    expect(found?.subject).toEqual(expect.arrayContaining(has));
    for (const term of hasNot) expect(found?.subject).not.toContain(term);
  });

  const negatives: [string][] = [
    ['You may go now.'],
    ['They march on the capital.'],
    ['She may arrive soon; May they rest.'],
    // A figure before a plural counts ("the 2000 refugees", its thousands' comma lost); nor is a count a year.
    ['The 2000 refugees arrived.'],
    ['A 1999 km road.'],
    ['They set off on a 2000 mile trip.'],
    ['April Smith said nothing.'],
    ['This year-end report.'],
    // Decades are not years: "1980" would stand for the 1980s' first year.
    ['In the 1970s and 1980s policies were relaxed.'],
    ['Since the mid-2000s, prices rose.'],
    ['In the 1980’s the city grew.'],
    // Datelines say when the page appeared, not what it reports.
    ['Published February 23 2015 The army captured several villages.'],
    ['Updated: May 5, 2016'],
    ['Date of publication 7 July 2016 Video'],
    ['News\nPosted on August 12 2016 by a staff writer'],
    // A full date at a line's start, alone or run into the article's first sentence, is a bare dateline.
    ['12 February 2015 Casualties mount in the town as the siege goes on.'],
    ['Siege of the town\nJune 15, 2016\nCasualties mount as the siege goes on.'],
    // With a day's name first, cut short or not, and run into a headline that starts with a figure.
    ['Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use.'],
    ['Sun 10 Jul 2016 29 Syria Rebels Dead in Fighting for Key Aleppo Road.'],
    // After a credit line that a scraped page ran into it.
    ['Air strikes kill 12 in Aleppo Monitor AFP Thursday 14 Jul 2016 Air strikes kill 11 in Idlib.'],
    // An agency's name is a credit line though it ends in lower case; the article may open with a quotation.
    ['Aleppo killed 84 in three days Reuters Monday 31 Oct 2016 Syrias army said in a statement.'],
    // Run into a first word that lost its capital.
    ['Strikes on a market Monitor AFP Monday 6 Jun 2016 seventeen civilians were killed in the strikes.'],
    [
      'Strikes kill 11 civilians Monitor AFP Friday 15 Jul 2016 "At least 11 civilians were killed," it said.',
    ],
    // A news agency's dateline: the place in capitals, the day, maybe the agency, a dash.
    ['WASHINGTON, Feb 9 - The United States said on Tuesday it had concerns.'],
    ['GENEVA, May 2 (Reuters) - Kerry arrived for talks on Syria.'],
    ['BEIRUT, Lebanon, March 3 — Shelling resumed around the city.'],
    // An outlet's own dateline, with its year and its name in brackets.
    ['KESTREL BAY, March 14, 2024 (Harbor Wire) – A strong earthquake struck the coast.'],
    // A time stamp, and "Last Update".
    ['Print this page Tuesday 19 July 2016 16:45 Russian Airstrikes Disrupt Ambulances.'],
    ['Last Update: Friday 23 August 2013 KSA 11:13 - GMT 08:13'],
    // Names: of a news outlet, of a day of its own.
    ['Opposition media including Aleppo Today said the explosion occurred near the market.'],
    ['Protesters marked Bloody Sunday with a march through the city centre.'],
    ['Shoppers crowded the malls of the capital on Black Friday.'],
    // A bare day's name beside a verb of saying is when a report was made, not when anything happened.
    ['The toll rose to 41, officials said Thursday.'],
    ['The ministry told reporters on Friday that talks would resume.'],
    ['The monitor on Monday said the toll had risen.'],
    // A reference list's days: when a source was read or archived.
    ['Retrieved 27 April 2017 .'],
    ['Retrieved on April 28, 2017.'],
    ['Smith, John. "Title". The Times (accessed 5 May 2017).'],
    ['Archived from the original on 11 May 2011 .'],
    ['Last accessed: 4 March 2016'],
  ];
  // A date that begins a sentence about it, a timeline's entry, or a date at a line's start without its year
  // reports a date.
  it.each([
    ['February 27, 2016 was the day the truce began.', 'February 27, 2016'],
    ['March 15, 2011: protests erupt in Deraa over the arrest of schoolboys.', 'March 15, 2011'],
    ['March 15, 2011 — Protests erupt in Deraa over the arrest of schoolboys.', 'March 15, 2011'],
    // A place's name in prose before a date is no agency's dateline.
    ['In Aleppo, March 3 - the day the truce broke - was the worst day.', 'March 3'],
    ['NATO, on May 2 - a Monday - met in Brussels.', 'May 2'],
    ['February 27 Truce Holds In Most Of Syria', 'February 27'],
    // A day's name and full date in a sentence that says what it is.
    ['The army said on Thursday 14 July 2016 Russian jets struck the town.', 'Thursday 14 July 2016'],
    ['Talks ended on Monday, May 2, 2016 at 16:45 in Geneva.', 'Monday, May 2, 2016'],
    // A sentence may open with its date and go on in lower case.
    ['Monday 6 June 2016 was the bloodiest day of the month.', 'Monday 6 June 2016'],
    // Prose naming an agency says what the date is; a quotation after a date is no article's start.
    ['The army told Reuters on Monday 31 Oct 2016 Aleppo was surrounded.', 'Monday 31 Oct 2016'],
    ['He wrote on Friday 15 Jul 2016 "We will stay," and left.', 'Friday 15 Jul 2016'],
    // What happened on a day, said by someone: the day is the event's.
    ['The toll reached 52 on Friday, officials said.', 'Friday'],
    ['Officials said the storm hit on Tuesday.', 'Tuesday'],
    ['The ministry said last Friday that talks would resume.', 'last Friday'],
    // Prose that tells what was retrieved or accessed on a day.
    ['Rescuers said the bodies were retrieved on May 3, 2016.', 'May 3, 2016'],
    ['The site was last accessed on 4 March 2016, the police said.', '4 March 2016'],
  ])('keeps the date in "%s"', (text, span) => {
    expect(dates(text, '2016-06-01').map((d) => d.text)).toContain(span);
  });

  it.each(negatives)('finds no date in "%s"', (text) => {
    expect(dates(text, '2016-06-01').map((d) => d.text)).toEqual([]);
  });

  it.each([
    ['Airstrikes hit the town on Saturday.', 'Saturday', true],
    ['The district fell three days ago.', 'three days ago', true],
    ['Talks stalled last month in Geneva.', 'last month', true],
    ['It ended on Monday, May 2, 2016 at dawn.', 'Monday, May 2, 2016', false],
    ['The truce began on February 27.', 'February 27', false],
    // A capital at a sentence start, or in a Title Case headline, is no name.
    ['Kerry arrived in Geneva on Sunday. Today the talks resume.', 'Today', true],
    ['Syria Talks Resume Today in Geneva', 'Today', true],
    ['Stocks had a good Friday after the talks.', 'Friday', true],
  ])('"%s": “%s” counted from the reference date: %s', (text, span, relative) => {
    const found = dates(text, '2016-06-01').find((d) => d.text === span);
    expect(found?.value.relative === true).toBe(relative);
  });

  it('never resolves a yearless date into the future', () => {
    for (const ref of ['2016-01-01', '2016-02-26', '2016-02-27', '2016-12-31']) {
      const found = dates(
        'The truce held since February 27; fighting grew in March and raids hit towns on Friday',
        ref,
      );
      expect(found.map((d) => d.text)).toEqual(['February 27', 'March', 'Friday']);
      for (const d of found) expect(d.value.start <= ref, `${d.text} on ${ref}`).toBe(true);
    }
  });

  describe('a dateline starts a report of its day', () => {
    const startOf = (text: string, ref: string, span: string) =>
      dates(text, ref).find((d) => d.text === span)?.value.start;
    const REPORT =
      'Raids kill 10 in camp Monitor AFP Wednesday 29 Oct 2014 Syrian aircraft killed 10 people on Wednesday.';

    it.each([
      // A corpus's recorded date weeks off, or a reader's today: the text after the dateline counts from its day.
      [REPORT, '2014-10-03', 'Wednesday', '2014-10-29'],
      [REPORT, '2026-11-22', 'Wednesday', '2014-10-29'],
      [
        'Published April 8 2017\nAn air strike killed 18 civilians on Saturday.',
        '2026-11-22',
        'Saturday',
        '2017-04-08',
      ],
      [
        'Published March 10 2016\nThe truce has held since February 27.',
        '2026-11-22',
        'February 27',
        '2016-02-27',
      ],
      ['Published March 10 2016\nFighting resumed last week.', '2026-11-22', 'last week', '2016-02-29'],
      // What comes before it keeps the reference.
      [
        'Talks began on Friday.\nPublished April 8 2017\nStrikes hit on Saturday.',
        '2016-06-01',
        'Friday',
        '2016-05-27',
      ],
      // Each dateline starts its own report.
      [
        'Published April 8 2017\nStrikes hit on Saturday.\nPublished October 30 2014\nA camp was hit on Wednesday.',
        '2026-11-22',
        'Wednesday',
        '2014-10-29',
      ],
      // A day after today dated no writing: it is left alone.
      [
        'Published April 8 2099\nAn air strike killed 18 civilians on Saturday.',
        '2016-06-01',
        'Saturday',
        '2016-05-28',
      ],
    ])('"%s" read on %s: %s is %s', (text, ref, span, start) => {
      expect(startOf(text, ref, span)).toBe(start);
    });
  });

  it('reads a yearless date in the past even when the nearest one is ahead', () => {
    expect(dates('The truce held since February 27', '2016-01-10')[0]?.value.start).toBe('2015-02-27');
  });
});
