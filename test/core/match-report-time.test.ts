/**
 * A page that gives its own date holds its tolls of under a thousand to the corpus reports of that time: a
 * town's "16 killed" a year later is another attack, unless the page's sentence says when it happened. A page
 * that gives none is held to the dates its sentence writes in full ("in 2009, when a bomber killed 16"). A
 * larger count (a war's toll) made again a month or more later, and grown since, is that count at another
 * time, not a source that disagrees.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { scanCounting, scanGates, scanTexts } from '../../src/core/scan-texts';
import { reportDate } from '../../src/core/match/report-days';
import { writtenNewsDays } from '../../src/core/match/page-news-days';
import { countGrew, runsOn, type DatedCount } from '../../src/core/match/other-time';
import { builtIndex } from './built-index';

/** A dated document on the corpus's topic that reports no toll. */
const TALKS: CorpusSource = {
  id: 'talks',
  text: 'Talks on Syria resumed in Geneva with Russia present.',
  meta: { date: '2016-07-01' },
};

const DOCS: CorpusSource[] = [
  {
    id: 'bakery',
    text:
      'Bomber kills 16 in Hasakeh\n\n' +
      'A motorcycle bomber killed 16 people outside a bakery in Hasakeh on Tuesday, officials in Syria said.\n\n' +
      'Some 104 civilians have been killed in coalition raids on Manbij since the offensive began on May 31.\n\n' +
      'The war in Syria has killed more than 280,000 people since 2011.',
    meta: { date: '2016-07-05' },
  },
  TALKS,
  {
    id: 'aid',
    text: 'Aid reached Madaya after Syria and Russia agreed a pause.',
    meta: { date: '2016-06-20' },
  },
];
const index = builtIndex(DOCS);

/** [document, relation] of the matches of the claim `span` in `text`, on a page published on `published`. */
function matched(text: string, span: string, published?: string): [string, string][] {
  const claim = extractClaims(text, { referenceDate: published ?? '2016-07-06' }).find(
    (c) => c.text === span,
  );
  expect(claim, `no claim "${span}"`).toBeDefined();
  if (!claim) return [];
  const options = published ? { published } : {};
  return matchClaim(index, claim, options).matches.map((m) => [m.doc, m.relation]);
}

describe('a dated page’s everyday tolls', () => {
  const TOLL = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';
  const RIVAL = 'A motorcycle bomber killed 14 people outside a bakery in Hasakeh, officials said.';
  it.each([
    ['reported within days of the corpus’s report', TOLL, '16', '2016-07-06', [['bakery', 'agrees']]],
    ['reported a year later, naming no time: another attack', TOLL, '16', '2017-07-10', []],
    // A rival toll is held closer: an update comes out within days, a weekly round-up repeats the toll as it was.
    [
      'a rival toll two days after the report: the toll updated',
      RIVAL,
      '14',
      '2016-07-07',
      [['bakery', 'conflicts']],
    ],
    ['a rival toll a week after the report: another attack', RIVAL, '14', '2016-07-12', []],
    [
      'the same toll a week after the report: a round-up repeating it',
      TOLL,
      '16',
      '2016-07-12',
      [['bakery', 'agrees']],
    ],
    [
      'a year later, naming the month it happened',
      'In July 2016, a motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '16',
      '2017-07-10',
      [['bakery', 'agrees']],
    ],
    ['an undated page: no time to hold it to', TOLL, '16', undefined, [['bakery', 'agrees']]],
    [
      'an undated page whose sentence writes the year: the attack of that year, not of 2016',
      'The last attack in Hasakeh was in 2009, when a motorcycle bomber killed 16 people outside a bakery.',
      '16',
      undefined,
      [],
    ],
    [
      'an undated page whose sentence writes the day in full, that day’s',
      'On July 4, 2016, a motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '16',
      undefined,
      [['bakery', 'agrees']],
    ],
    [
      'an undated page counting since a year: up to the page’s day, which may be the report’s',
      'Since 2012, motorcycle bombers have killed 16 people outside a bakery in Hasakeh.',
      '16',
      undefined,
      [['bakery', 'agrees']],
    ],
    [
      'an undated page’s year beside a day counted from the page’s own: the news is the page’s',
      'A motorcycle bomber, active since 2009, killed 16 people outside a bakery in Hasakeh on Tuesday.',
      '16',
      undefined,
      [['bakery', 'agrees']],
    ],
    [
      'a toll counted since a day, reported weeks after that day',
      'At least 104 civilians have been killed in coalition raids on Manbij, the monitor said.',
      'At least 104',
      '2016-07-06',
      [['bakery', 'agrees']],
    ],
    [
      'a rival toll of recent days beside a truce since an earlier day: the day is the truce’s, not the toll’s',
      'A truce has nominally held in Syria since June 1, although a motorcycle bomber killed 14 people outside a ' +
        'bakery in Hasakeh in recent days.',
      '14',
      '2016-07-14',
      [],
    ],
    [
      'the same toll of one statement, the truce’s day in its own: still that report’s',
      'A truce has nominally held in Syria since June 1, although a motorcycle bomber killed 14 people outside a ' +
        'bakery in Hasakeh in recent days.',
      '14',
      '2016-07-07',
      [['bakery', 'conflicts']],
    ],
    [
      'a war’s toll months later, when an everyday toll would be another attack',
      'The war in Syria has killed more than 280,000 people.',
      'more than 280,000',
      '2016-11-10',
      [['bakery', 'agrees']],
    ],
    [
      'a war’s toll a year later: a count of another time (see below), not a match',
      'The war in Syria has killed more than 280,000 people.',
      'more than 280,000',
      '2017-07-10',
      [],
    ],
  ])('%s', (_what, text, span, published, expected) => {
    expect(matched(text, span, published)).toEqual(expected);
  });
});

describe('a dated page’s large figure against a report’s everyday one', () => {
  // One outlet's "hundreds dead" in the recent attacks is a toll of its days, as an everyday figure is: another
  // time's "thousands" killed in that city is no rival of it (FA-KES: air raids of February 2015 against the
  // attacks of late April 2016).
  const recent = builtIndex([
    {
      id: 'raids',
      text: 'The truce in Syria is in danger after the recent attacks in Aleppo that have left hundreds dead.',
      meta: { date: '2016-05-02' },
    },
    TALKS,
  ]);
  const THOUSANDS = 'Air raids on rebel areas of Aleppo have killed thousands of people, the monitor said.';
  it.each([
    ['two days after the report: a rival', '2016-05-04', [['raids', 'conflicts']]],
    ['weeks after the report: another time', '2016-05-20', []],
    ['a year before the report: another time', '2015-02-22', []],
  ])('%s', (_what, published, expected) => {
    const claim = extractClaims(THOUSANDS, { referenceDate: published }).find((c) => c.text === 'thousands');
    expect(claim).toBeDefined();
    if (!claim) return;
    const found = matchClaim(recent, claim, { published }).matches.map((m) => [m.doc, m.relation]);
    expect(found).toEqual(expected);
  });
});

describe('a dated page’s own news day', () => {
  const dated = builtIndex([
    {
      id: 'bakery',
      text: 'Bomber kills 16 in Hasakeh\n\nA motorcycle bomber struck a bakery in Hasakeh on July 4, 2016, officials in Syria said.',
      meta: { date: '2016-07-05' },
    },
    ...DOCS.slice(1),
  ]);
  const dayMatches = (sentence: string, published: string, own: boolean) => {
    const claim = extractClaims(sentence, { referenceDate: published }).find((c) => c.kind === 'date');
    expect(claim).toBeDefined();
    return claim ? matchClaim(dated, claim, own ? { published } : {}).matches.map((m) => m.relation) : [];
  };
  const SAID = (day: string) => `A motorcycle bomber struck a bakery in Hasakeh on ${day}, officials said.`;
  it.each([
    // Each day its own report's: two bombings, not two dates for one.
    [SAID('July 8, 2016'), '2016-07-09', true, []],
    // Read against a reader's today, the page's date proves nothing: a rival date, as before.
    [SAID('July 8, 2016'), '2016-07-09', false, ['conflicts']],
    // A day within two of the corpus's: one bombing, dated otherwise.
    [SAID('July 5, 2016'), '2016-07-06', true, ['conflicts']],
    // A yearless day in the month before the page's date is of that year, as a dated report's is.
    [SAID('July 5'), '2016-07-06', true, ['conflicts']],
    // A page looking back weeks names a day the matcher weighs as before.
    [SAID('July 8, 2016'), '2016-08-20', true, ['conflicts']],
  ])('%s (published %s, the page’s own date: %s) → %j', (sentence, published, own, expected) => {
    expect(dayMatches(sentence, published, own)).toEqual(expected);
  });
  it('is found by a page scan too, whose gates compare the date the matcher does', () => {
    const [found = []] = scanTexts(dated, scanGates(dated), [SAID('July 5')], '2016-07-06', true);
    expect(found.map(({ claim, result }) => [claim.text, result.matches.map((m) => m.relation)])).toEqual([
      ['July 5', ['conflicts']],
    ]);
  });
});

describe('scanTexts', () => {
  it('holds tolls to the reference date only when it is the page’s own', () => {
    const text = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';
    const found = (published: boolean) =>
      scanTexts(index, scanGates(index), [text], '2017-07-10', published)[0]?.map((f) => f.claim.text);
    expect(found(false)).toEqual(['16']);
    expect(found(true)).toEqual([]);
  });
});

describe('a large count made again at another time', () => {
  const tally = (id: string, date: string, killed: string): CorpusSource => ({
    id,
    text: `The war in Syria has killed more than ${killed} people since it began in 2011.\n\nTalks on Syria resumed in Geneva.`,
    meta: { date },
  });
  const JUNE_2016 = tally('june-2016', '2016-06-20', '280,000');
  const NOV_2017 = tally('nov-2017', '2017-11-06', '340,000');
  const tallies = builtIndex([
    JUNE_2016,
    NOV_2017,
    tally('mar-2018', '2018-03-15', '350,000'),
    // A monitor's higher count, earlier: a disagreement read within three months of it, an earlier count after
    // (see RIVAL_RUNNING_APART_DAYS).
    tally('mar-2016', '2016-03-02', '470,000'),
  ]);
  const docs = (text: string, span: string, published?: string) => {
    const claim = extractClaims(text, { referenceDate: published ?? '2017-10-20' }).find(
      (c) => c.text === span,
    );
    expect(claim, `no claim "${span}"`).toBeDefined();
    if (!claim) return [];
    const matches = matchClaim(tallies, claim, published ? { published } : {}).matches;
    return matches.map((m): [string, string] => [m.doc, m.relation]).sort();
  };
  const PAGE_2017 = 'The war in Syria has killed more than 330,000 people since it began in 2011.';
  const PAGE_2016 = 'The war in Syria has killed more than 280,000 people since it began in 2011.';

  it.each([
    [
      'an undated page: every other count conflicts',
      PAGE_2017,
      'more than 330,000',
      undefined,
      [
        ['june-2016', 'conflicts'],
        ['mar-2016', 'conflicts'],
        ['mar-2018', 'conflicts'],
        ['nov-2017', 'conflicts'],
      ],
    ],
    [
      'a page of October 2017: counts of a year before, however large, and larger ones of months after are other times',
      PAGE_2017,
      'more than 330,000',
      '2017-10-20',
      [['nov-2017', 'conflicts']],
    ],
    [
      'a page of May 2016: the same count agrees, a higher one made under three months earlier conflicts',
      PAGE_2016,
      'more than 280,000',
      '2016-05-25',
      [
        ['june-2016', 'agrees'],
        ['mar-2016', 'conflicts'],
      ],
    ],
    [
      'a page of late June 2016: the higher count of almost four months before is another time’s',
      PAGE_2016,
      'more than 280,000',
      '2016-06-25',
      [['june-2016', 'agrees']],
    ],
  ])('%s', (_what, text, span, published, expected) => {
    expect(docs(text, span, published)).toEqual(expected);
  });

  it('names the counts of other times apart, with when each was reported', () => {
    const at = (text: string, span: string, published?: string) => {
      const claim = extractClaims(text, { referenceDate: published ?? '2017-10-20' }).find(
        (c) => c.text === span,
      );
      expect(claim, `no claim "${span}"`).toBeDefined();
      return claim ? matchClaim(tallies, claim, published ? { published } : {}) : null;
    };
    const dated = at(PAGE_2017, 'more than 330,000', '2017-10-20');
    const counts = dated?.otherCounts?.map((c) => [
      c.doc,
      c.when,
      c.reported,
      c.passage.slice(c.spanStart, c.spanEnd),
    ]);
    expect(counts?.sort()).toEqual([
      ['june-2016', 'earlier', '2016-06-20', 'more than 280,000'],
      // Larger, but a running count of nineteen months before (see countAtAnotherTime).
      ['mar-2016', 'earlier', '2016-03-02', 'more than 470,000'],
      ['mar-2018', 'later', '2018-03-15', 'more than 350,000'],
    ]);
    const statuses = dated?.variance.reports.map((r) => [r.doc, r.status]).sort();
    expect(statuses).toEqual([
      ['june-2016', 'earlier-count'],
      ['mar-2016', 'earlier-count'],
      ['mar-2018', 'later-count'],
      ['nov-2017', 'conflicts'],
    ]);
    expect(dated?.variance.summary).toBe(
      '1 source gives a different figure, 2 gave earlier counts, 1 gave a later count',
    );
    // Undated, no time is known to differ: each is a conflict, and there is no other time to name.
    expect(at(PAGE_2017, 'more than 330,000')?.otherCounts).toBeUndefined();
  });

  it('is found in a page scan when it is all the corpus says, gated as ungated', () => {
    const growing = builtIndex([JUNE_2016, NOV_2017, TALKS]);
    const text = 'The war in Syria has killed more than 370,000 people since it began in 2011.';
    const scan = (gated: boolean, published: boolean) =>
      scanTexts(growing, gated ? scanGates(growing) : null, [text], '2019-06-01', published)[0] ?? [];
    const found = scan(true, true);
    const toll = found.find((f) => f.claim.text === 'more than 370,000');
    expect(toll?.result.matches).toEqual([]);
    expect(toll?.result.otherCounts?.map((c) => [c.doc, c.when]).sort()).toEqual([
      ['june-2016', 'earlier'],
      ['nov-2017', 'earlier'],
    ]);
    expect(scan(false, true)).toEqual(found);
    // Read against a reader's today, the counts are conflicts, as before.
    const undated = scan(true, false).find((f) => f.claim.text === 'more than 370,000');
    expect(undated?.result.matches.map((m) => m.relation)).toEqual(['conflicts', 'conflicts']);
  });

  it('is no disagreement of the corpus’s own, unless a count fell within three months', () => {
    // Every two of these were reported three months or more apart: counts of two times, as a page reads them.
    expect(tallies.disagreements).toEqual([]);
    const fell = builtIndex([
      tally('mar-2016', '2016-03-02', '470,000'),
      tally('apr-2016', '2016-04-20', '280,000'),
    ]);
    expect(fell.disagreements.map((d) => d.reports.map((r) => r.doc).sort())).toEqual([
      ['apr-2016', 'mar-2016'],
    ]);
    const growing = builtIndex([JUNE_2016, NOV_2017]);
    expect(growing.disagreements).toEqual([]);
  });
});

describe('a running count that agrees, reported half a year or more away', () => {
  const index = builtIndex([
    {
      id: 'mar-2014',
      text: 'The war in Syria has displaced millions of people since it began in 2011.',
      meta: { date: '2014-03-10' },
    },
    {
      id: 'jun-2016',
      text: 'Millions of Syrians have been displaced since the war in Syria began in 2011.',
      meta: { date: '2016-06-01' },
    },
    {
      id: 'ghouta',
      text: 'The United States said the chemical attack on Ghouta in Syria killed 1,429 people.',
      meta: { date: '2013-08-31' },
    },
  ]);
  const result = (text: string, span: string, published: string) => {
    const claim = extractClaims(text, { referenceDate: published }).find((c) => c.text === span);
    expect(claim, `no claim "${span}"`).toBeDefined();
    return claim ? matchClaim(index, claim, { published }) : null;
  };
  const docs = (r: ReturnType<typeof result>) => ({
    matches: r?.matches.map((m) => [m.doc, m.relation]) ?? [],
    other: r?.otherCounts?.map((c) => [c.doc, c.when]) ?? [],
  });

  it('is a count of another time; one of the same months still agrees', () => {
    const page = 'The war in Syria has displaced millions since it started in 2011.';
    expect(docs(result(page, 'millions', '2016-07-10'))).toEqual({
      matches: [['jun-2016', 'agrees']],
      other: [['mar-2014', 'earlier']],
    });
  });

  it('leaves the toll of one event alone, however long after it is told', () => {
    const page =
      'The United States said more than 1,400 people were killed in the chemical attack on Ghouta.';
    expect(docs(result(page, 'more than 1,400', '2015-08-20'))).toEqual({
      matches: [['ghouta', 'agrees']],
      other: [],
    });
  });
});

describe('runsOn', () => {
  it.each([
    ['The war has killed more than 280,000 people.', true],
    ['Millions have been displaced.', true],
    ['More than 300 people were killed in Aleppo since April.', true],
    ['Some 500 people were killed so far this year.', true],
    ['The attack killed 1,429 people.', false],
    ['Israel seized 1,200 square kilometres of the Golan in 1967.', false],
    ['Syria has a population of 23 million.', false],
    ['The town has been a refuge for 60,000 people.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(runsOn(sentence)).toBe(expected);
  });
});

describe('countGrew', () => {
  const count = (nominal: number, date: string): DatedCount => ({
    value: { type: 'quantity', low: nominal, high: nominal, nominal },
    date,
  });
  it.each([
    ['a larger count 17 months later', count(280_000, '2016-06-20'), count(330_000, '2017-11-01'), true],
    ['either order', count(330_000, '2017-11-01'), count(280_000, '2016-06-20'), true],
    [
      'a larger count 3 weeks later: the same time',
      count(280_000, '2016-06-20'),
      count(290_000, '2016-07-11'),
      false,
    ],
    ['a smaller count a year later', count(470_000, '2016-03-02'), count(330_000, '2017-03-02'), false],
    ['the same count a year later', count(280_000, '2016-06-20'), count(280_000, '2017-06-20'), false],
    ['an undated report', count(280_000, ''), count(330_000, '2017-11-01'), false],
  ])('%s', (_what, a, b, grew) => {
    expect(countGrew(a, b)).toBe(grew);
  });
});

describe('a dateline dates its report', () => {
  // A scraped report whose credit line and date run into its first sentence, filed under a wrong date.
  const misfiled = builtIndex([
    {
      id: 'misfiled',
      text:
        'Bomber kills 16 in Hasakeh Monitor AFP Friday 8 Jul 2016 A motorcycle bomber killed 16 people outside a ' +
        'bakery in Hasakeh, officials in Syria said.\n\nTalks on Syria resumed in Geneva.',
      meta: { date: '2016-06-20' },
    },
    TALKS,
  ]);
  const relations = (text: string, published: string) => {
    const claim = extractClaims(text, { referenceDate: published }).find((c) => c.text === '16');
    expect(claim, 'no claim "16"').toBeDefined();
    if (!claim) return [];
    return matchClaim(misfiled, claim, { published }).matches.map((m) => m.relation);
  };

  it('is no claim, but is told to whoever asks', () => {
    const datelines: string[] = [];
    const claims = extractClaims(misfiled.passages[0]?.text ?? '', {
      referenceDate: '2016-06-20',
      onDateline: (value) => datelines.push(value.start),
    });
    expect(claims.filter((c) => c.kind === 'date')).toEqual([]);
    expect(datelines).toEqual(['2016-07-08']);
    expect(misfiled.passages[0]?.dateline).toBe('2016-07-08');
  });

  it('is the day its passage was reported; a passage without one has its document’s date', () => {
    const talks = misfiled.passages.findIndex((p) => misfiled.documents[p.doc]?.id === 'talks');
    expect([reportDate(misfiled, 0), reportDate(misfiled, talks)]).toEqual(['2016-07-08', '2016-07-01']);
  });

  it.each([
    [
      'a page of the dateline’s day: the same report',
      'A motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '2016-07-09',
      ['agrees'],
    ],
    [
      'a page of the misfiled date: another time',
      'A motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '2016-06-21',
      [],
    ],
    [
      'a page published weeks later whose own dateline names the day',
      'Hasakeh Monitor AFP Saturday 9 Jul 2016 A motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
      '2016-08-30',
      ['agrees'],
    ],
  ])('%s', (_what, text, published, expected) => {
    expect(relations(text, published)).toEqual(expected);
  });

  it('dates the claims after it in a page scan or a checked text, over the day the page was given', () => {
    // The dateline on a line of its own: the claim's sentence names no day (see pageNewsDays for one that does).
    const text = 'Published July 9 2016\nA motorcycle bomber killed 16 people outside a bakery in Hasakeh.';
    const gates = scanGates(misfiled);
    const scanned = (published: string, dated: boolean) =>
      scanTexts(misfiled, gates, [text], published, dated)[0]
        ?.filter(({ claim }) => claim.text === '16')
        .flatMap(({ result }) => result.matches.map((m) => m.relation));
    const counted = (published: string, dated: boolean) =>
      scanCounting(misfiled, gates, text, published, dated)
        .found.filter(({ claim }) => claim.text === '16')
        .flatMap(({ result }) => result.matches.map((m) => m.relation));
    // A year after the attack, or a reader's today: the dateline says the page is the attack's day's report.
    for (const [day, dated] of [
      ['2017-07-06', true],
      ['2026-11-22', false],
    ] as const) {
      expect(scanned(day, dated), `${day} ${dated}`).toEqual(['agrees']);
      expect(counted(day, dated), `${day} ${dated}`).toEqual(['agrees']);
    }
    // Without it, a year on, the toll is another attack's.
    const undated = text.replace('Published July 9 2016\n', '');
    expect(scanTexts(misfiled, gates, [undated], '2017-07-06', true)[0]).toEqual([]);
  });
});

describe('a dateline dates the passages after it in a corpus document', () => {
  const REPORT = 'Syrian aircraft killed 10 people in a camp for displaced people on Wednesday.';
  const index = builtIndex([
    // Recorded weeks before the day its dateline gives: 196 of FA-KES's 613 articles with a dateline are recorded
    // on another day than it gives.
    {
      id: 'misdated',
      text: `Raids kill 10 in camp\n\nPublished October 29 2014\n\n${REPORT}`,
      meta: { date: '2014-10-03' },
    },
    { id: 'undated', text: `Raids kill 10 in camp\n\nPublished October 29 2014\n\n${REPORT}` },
    {
      id: 'after',
      text: `Raids kill 10 in camp\n\n${REPORT}\n\nPublished October 29 2014`,
      meta: { date: '2014-10-03' },
    },
    { id: 'unanchored', text: `Raids kill 10 in camp\n\n${REPORT}` },
    // A dateline run into the article's first sentence, as FA-KES's scraped texts have it.
    {
      id: 'run-in',
      text: `Raids kill 10 in camp\n\nNGO AFP Wednesday 29 Oct 2014 ${REPORT}`,
      meta: { date: '2014-10-03' },
    },
    // The passage after it names no day of its own.
    {
      id: 'toll',
      text: 'Raids kill 10 in camp\n\nPublished October 29 2014\n\nSyrian aircraft killed 10 people at a camp, a monitor said.',
      meta: { date: '2014-10-03' },
    },
    // On a subheading between two prose lines.
    {
      id: 'subheading',
      text: `Raids kill 10 in camp\n\nAid agencies said more help was needed.\n\nUpdated October 29 2014\n\n${REPORT}`,
      meta: { date: '2014-10-03' },
    },
    // Far down an undated document: it dates what follows it, not the document.
    {
      id: 'deep',
      text: `Raids kill 10 in camp\n\n${'Aid agencies said more help was needed. '.repeat(20)}\n\nPublished October 29 2014\n\n${REPORT}`,
    },
  ]);
  const wednesday = (id: string) => {
    const doc = index.documents.findIndex((d) => d.id === id);
    return index.claims.find((c) => index.passages[c.passage]?.doc === doc && c.kind === 'date')?.value;
  };

  const date = (id: string) => index.documents.find((d) => d.id === id)?.date;

  it('counts the relative days of a misdated or undated document from its dateline', () => {
    for (const id of ['misdated', 'undated', 'run-in', 'subheading', 'deep'])
      expect(wednesday(id), id).toMatchObject({ start: '2014-10-29', relative: true });
  });

  it('dates an undated document by a dateline at its top, and leaves a recorded date as it is', () => {
    expect([date('undated'), date('deep'), date('unanchored')]).toEqual(['2014-10-29', null, null]);
    expect([date('misdated'), date('run-in')]).toEqual(['2014-10-03', '2014-10-03']);
  });

  it('says when the news of the passages after it happened', () => {
    const passage = index.passages.findIndex((p) => index.documents[p.doc]?.id === 'toll');
    expect(reportDate(index, passage)).toBe('2014-10-29');
    // A page of that day's toll is the same report; one of the document's recorded date is another time.
    const relations = (published: string) =>
      matchClaim(
        index,
        extractClaims('Syrian aircraft killed 10 people at a camp for the displaced, a monitor said.', {
          referenceDate: published,
        }).find((c) => c.text === '10')!,
        { published },
      )
        .matches.filter((m) => m.doc === 'toll')
        .map((m) => m.relation);
    expect(relations('2014-10-30')).toEqual(['agrees']);
    expect(relations('2014-10-04')).toEqual([]);
  });

  it('leaves what comes before it to the recorded date, and an undated document without one names no day', () => {
    expect(wednesday('after')).toMatchObject({ start: '2014-10-01' });
    expect(wednesday('unanchored')).toBeUndefined();
  });
});

describe('the day a report was said', () => {
  // "…, officials said Thursday": no claim, but the day the report was made.
  const said = builtIndex([
    {
      id: 'results',
      text: 'Brightwell’s revenue was $4.2 billion, up 11.8% from the same period last year, the company said on Wednesday.',
      meta: { date: '2025-08-08' },
    },
  ]);
  it('is no claim, but is told to whoever asks, and dates its passage as a dateline does', () => {
    const days: string[] = [];
    const claims = extractClaims('The toll rose to 41, officials said Thursday.', {
      referenceDate: '2025-09-12',
      onSaid: (value) => days.push(value.start),
    });
    expect(claims.filter((c) => c.kind === 'date')).toEqual([]);
    expect(days).toEqual(['2025-09-11']);
    expect(reportDate(said, 0)).toBe('2025-08-06');
  });
  it('holds a dated page’s figure to that day, not to "last year" beside it', () => {
    const claim = extractClaims('Brightwell’s revenue rose 11.8% in the quarter.', {
      referenceDate: '2025-08-07',
    }).find((c) => c.text === '11.8%');
    expect(claim).toBeDefined();
    const found = claim ? matchClaim(said, claim, { published: '2025-08-07' }).matches : [];
    expect(found.map((m) => m.relation)).toEqual(['agrees']);
  });
  it('leaves an undated page’s news undated: "formed in 2012, said on Friday" reports the page’s day', () => {
    expect(
      writtenNewsDays('The group, formed in 2012, said on Friday it had killed 20 soldiers.'),
    ).toBeNull();
    expect(writtenNewsDays('The group, formed in 2012, killed 20 soldiers in 2014.')).not.toBeNull();
  });
});
