import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFakes } from '../../src/build/read-fakes';
import { BUILD_LIMIT } from '../../src/core/match/claim-postings';
import { findCorpusDisagreements, groupFacts, type Anchor } from '../../src/core/match/disagreements';
import { builtIndex } from './built-index';

const FAKES = new URL('../../../shared/corpora/fa-kes.csv', import.meta.url);

/** An anchor in document `doc` with links "to:doc:differs" (differs as 1 or 0), all scored `score`. */
function anchor(key: string, doc: number, links: string[], score = 1): Anchor {
  const parsed = links.map((link) => {
    const [to = '', other = '0', differs = '0'] = link.split(':');
    return { to, doc: Number(other), differs: differs === '1', score };
  });
  return { key, doc, links: parsed, weight: parsed.length * score };
}

describe('groupFacts', () => {
  it.each([
    {
      name: 'a fact stated differently by one document',
      anchors: [anchor('a', 0, ['b:1:0', 'c:2:1'])],
      groups: [['a', 'b', 'c']],
    },
    {
      name: 'a fact every document states alike',
      anchors: [anchor('a', 0, ['b:1:0', 'c:2:0'])],
      groups: [],
    },
    {
      // a matches b, b matches c, but a and c say nothing about each other: no fact holds all three.
      name: 'a chain of matches',
      anchors: [anchor('a', 0, ['b:1:1']), anchor('b', 1, ['c:2:1']), anchor('c', 2, ['d:3:1'])],
      groups: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    {
      name: 'the claim matched in most documents anchors first, and its members anchor no other fact',
      anchors: [anchor('b', 1, ['a:0:1']), anchor('a', 0, ['b:1:1', 'c:2:0'])],
      groups: [['a', 'b', 'c']],
    },
    {
      name: 'among as many matches, the surest anchor first',
      anchors: [anchor('fragment', 0, ['b:1:1', 'c:2:1'], 0.6), anchor('whole', 0, ['b:1:1', 'c:2:1'], 0.9)],
      groups: [['whole', 'b', 'c']],
    },
    {
      name: 'a link into the anchor’s own document',
      anchors: [anchor('a', 0, ['b:0:1'])],
      groups: [],
    },
  ])('$name', ({ anchors, groups }) => {
    expect(groupFacts(anchors)).toEqual(groups);
  });

  it('takes no document for a dissenter that also states the other’s claim alike, unless in other words', () => {
    // Document 0 words b's claim otherwise (a) and also alike (a2): it states what b states.
    const anchors = [anchor('a', 0, ['b:1:1', 'c:2:1']), anchor('a2', 0, ['b:1:0', 'c:2:0'])];
    expect(groupFacts(anchors)).toEqual([]);
    // a2 is another part of the quotation, which says nothing of what a says: a still differs.
    expect(groupFacts(anchors, (alike, differing) => alike !== 'a2' || differing !== 'a')).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  it('keeps every member one link from its anchor however long the chain', () => {
    // 200 claims, each matching the next in another document: union-find would make one fact of all of them.
    const chain = Array.from({ length: 200 }, (_, i) => anchor(`k${i}`, i, [`k${i + 1}:${i + 1}:1`]));
    const groups = groupFacts(chain);
    expect(Math.max(...groups.map((g) => g.length))).toBe(2);
    expect(new Set(groups.flat()).size).toBe(groups.flat().length);
  });
});

describe('corpus disagreements of a small corpus', () => {
  it('keeps apart two matches of a quote in words a passage prints without quotation marks', () => {
    const said = 'We will not accept any agreement that leaves the besieged towns without food and medicine';
    const other = said.replace('agreement', 'deal');
    const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
    // b and c each hold another quotation, so their passages are candidates; the statement itself is unquoted.
    const docs = [
      {
        id: 'a',
        text: `Peace talks in Geneva\n\nThe negotiator told reporters in Geneva: “${said}.” Talks resume on Monday.`,
      },
      {
        id: 'b',
        text: `Talks stall again\n\n“The besieged towns cannot wait for food and medicine,” an aid worker said, while the opposition negotiator said that ${lower(said)}.`,
      },
      {
        id: 'c',
        text: `Opposition warns\n\n“The besieged towns need food and medicine now,” a doctor said, and the opposition negotiator warned that ${lower(other)}.`,
      },
    ];
    const index = builtIndex(docs);
    const statement = index.disagreements.find((d) => d.reports.some((r) => r.text.includes('accept any')));
    expect(statement?.reports.map((r) => [r.doc, r.text.includes('deal')])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
  });
});

describe('corpus disagreements of a quotation', () => {
  /** Two outlets' reports of one statement, each quoting it in its own words. */
  function quoted(first: string, second: string): string[][] {
    const report = (id: string, said: string) => ({
      id,
      meta: { outlet: `Outlet ${id}` },
      text: `Kerry warns Russia\n\nAfter talks in Oslo, Kerry said “${said}.” The talks resume on Monday.`,
    });
    return builtIndex([report('a', first), report('b', second)]).disagreements.map((d) =>
      d.reports.map((r) => `${r.doc}: ${r.text.replace(/[“”.]/g, '')}`),
    );
  }
  const patience = (who: string) =>
    `Russia needs to understand that our patience is not infinite with whether or not ${who} is going to be held accountable`;
  const prepared = (words: string) => `${words} prepared to hold accountable members of the opposition`;

  it.each([
    // An editor's bracket and a name's article are no one's words: the outlets report the same statement.
    {
      name: 'an editor’s bracket and a name’s article',
      first: patience('[Bashar] Al-Assad'),
      second: patience('Assad'),
      found: [],
    },
    {
      name: 'a name with and without its article',
      first: patience('al-Assad'),
      second: patience('Assad'),
      found: [],
    },
    {
      name: 'two words in another order',
      first: prepared('We are also'),
      second: prepared('We also are'),
      found: [[`a: ${prepared('We are also')}`, `b: ${prepared('We also are')}`]],
    },
    {
      name: 'another word beside a bracket',
      first: patience('[Bashar] Al-Assad'),
      second: patience('Bashar Assad'),
      found: [[`a: ${patience('[Bashar] Al-Assad')}`, `b: ${patience('Bashar Assad')}`]],
    },
    {
      name: 'a name transliterated otherwise',
      first: patience('the Hasakeh council'),
      second: patience('the Hasakah council'),
      found: [],
    },
    // One outlet quoting less of what was said reports no other words.
    {
      name: 'a quotation cut shorter',
      first: patience('Assad'),
      second: 'Russia needs to understand that our patience is not infinite',
      found: [],
    },
    {
      name: 'a quotation cut after a negation it turns around',
      first: 'We will never accept a transitional government that includes Assad',
      second: 'accept a transitional government that includes Assad',
      found: [
        [
          'a: We will never accept a transitional government that includes Assad',
          'b: accept a transitional government that includes Assad',
        ],
      ],
    },
    {
      name: 'a quotation cut shorter in other words',
      first: patience('Assad'),
      second: 'Russia has to understand that our patience is not infinite',
      found: [[`a: ${patience('Assad')}`, 'b: Russia has to understand that our patience is not infinite']],
    },
  ])('$name', ({ first, second, found }) => {
    expect(quoted(first, second)).toEqual(found);
  });
});

describe('corpus disagreements of one report printed twice', () => {
  it('are none, though each of its sentences gives two tolls', () => {
    const report =
      'The monitor said the attack on two villages in Hama killed 15 civilians and 27 fighters, with another 10 ' +
      'bodies yet to be identified. A convoy of 40 trucks reached Homs on Monday, and 12 more waited at the border.';
    const index = builtIndex([
      { id: 'wire', text: `Attack on Hama villages\n\n${report}` },
      { id: 'copy', text: `Hama villages attacked\n\n${report}` },
      { id: 'other', text: 'Talks in Geneva\n\nThe envoy said talks in Geneva would resume next week.' },
    ]);
    expect(index.disagreements.map((d) => d.reports.map((r) => `${r.doc} ${r.text}`))).toEqual([]);
  });
});

describe('corpus disagreements of durations', () => {
  it('do not set the time since the last of something against how long a war has lasted', () => {
    const disagreements = (gap: string) =>
      builtIndex([
        {
          id: 'talks',
          text: `Talks pause\n\nThe envoy announced a pause in the Geneva talks, the first attempt to negotiate an end to Syria's war${gap}.`,
        },
        {
          id: 'toll',
          text: "Toll rises\n\nThe envoy said that 400,000 people had been killed in Syria's five-year war, speaking in Geneva.",
        },
      ]).disagreements.map((d) => d.reports.map((r) => `${r.doc} ${r.text}`));
    expect(disagreements(' in two years')).toEqual([]);
    // What lasted two years is the war here: a rival of its five years.
    expect(disagreements(' after two years of war')).toHaveLength(1);
  });
});

describe('corpus disagreements over time', () => {
  /** Two reports of a rocket attack's toll, published on the given days; `said` may name the attack's own day. */
  function tolls(first: string, second: string, said = ['', '']) {
    const report = (id: string, date: string, dead: number, when: string) => ({
      id,
      meta: { date: date || null, outlet: `Outlet ${id}` },
      text: `Rockets hit Aleppo\n\nRocket attacks on the Salah Eddin district of Aleppo killed ${dead} civilians${when}, a police source in Aleppo said. Dozens more were wounded.`,
    });
    return builtIndex([
      report('a', first, 8, said[0] ?? ''),
      report('b', second, 11, said[1] ?? ''),
    ]).disagreements.map((d) => d.reports.map((r) => `${r.doc}:${r.text}`));
  }

  it.each([
    { name: 'reports of the same days', first: '2016-10-07', second: '2016-10-08', found: [['a:8', 'b:11']] },
    { name: 'reports six weeks apart: two attacks', first: '2016-10-07', second: '2016-11-20', found: [] },
    {
      name: 'reports weeks apart that name the same day',
      first: '2016-10-07',
      second: '2016-11-20',
      said: [' on 6 October', ' on 6 October'],
      found: [['a:8', 'b:11']],
    },
    {
      name: 'reports of the same day that name days a month apart',
      first: '2016-11-01',
      second: '2016-11-01',
      said: [' on 6 October', ' on 31 October'],
      found: [],
    },
    { name: 'a report with no date', first: '2016-10-07', second: '', found: [['a:8', 'b:11']] },
  ])('$name', ({ first, second, said, found }) => {
    expect(tolls(first, second, said)).toEqual(found);
  });

  /** The war's toll in two dated reports: a running count, "since 2011". */
  function warTolls(first: string, second: string) {
    const report = (id: string, date: string, toll: string) => ({
      id,
      meta: { date, outlet: `Outlet ${id}` },
      text: `Syria\n\nThe war in Syria has killed more than ${toll} people since it began in 2011, a monitor said.`,
    });
    return builtIndex([report('a', first, '470,000'), report('b', second, '400,000')]).disagreements.map(
      (d) => d.reports.map((r) => `${r.doc}:${r.text}`),
    );
  }

  it.each([
    {
      name: 'a running count of the same weeks, by two monitors',
      first: '2016-02-17',
      second: '2016-03-10',
      found: [['a:more than 470,000', 'b:more than 400,000']],
    },
    // As a page dated in June reads February's 470,000: an earlier count, not a source that disagrees.
    {
      name: 'a running count reported four months apart',
      first: '2016-02-17',
      second: '2016-06-20',
      found: [],
    },
  ])('$name', ({ first, second, found }) => {
    expect(warTolls(first, second)).toEqual(found);
  });

  /** Two reports that each date an air raid on Aleppo's Salah Eddin district, published on the given days. */
  function raids(days: [string, string], published: [string, string]) {
    const report = (id: string, on: string, date: string) => ({
      id,
      meta: { date, outlet: `Outlet ${id}` },
      text: `Raids on Aleppo\n\nGovernment air raids struck the Salah Eddin district of Aleppo on ${on}, a monitor in Aleppo said.`,
    });
    return builtIndex([
      report('a', days[0], published[0]),
      report('b', days[1], published[1]),
    ]).disagreements.map((d) => d.reports.map((r) => `${r.doc}:${r.text}`));
  }

  it.each([
    {
      name: 'two days given for one raid',
      days: ['14 July 2016', '12 July 2016'],
      published: ['2016-07-15', '2016-07-15'],
      found: [['a:14 July 2016', 'b:12 July 2016']],
    },
    {
      name: 'each report dating its own day’s raid',
      days: ['22 July 2016', '18 July 2016'],
      published: ['2016-07-22', '2016-07-18'],
      found: [],
    },
  ] as const)('$name', ({ days, published, found }) => {
    expect(raids([...days], [...published])).toEqual(found);
  });
});

describe('corpus disagreements of reports with datelines', () => {
  /**
   * Two wire reports of air strikes on Douma, each opening with its dateline ("… Monitor AFP Monday 2 Feb 2015 …")
   * and saying the strikes were "on Monday"; the documents' own dates are the scraper's, later than the reports.
   */
  function strikes(datelines: [string, string]) {
    const report = (id: string, dateline: string, dead: number) => ({
      id,
      meta: { date: '2015-02-13', outlet: `Outlet ${id}` },
      text:
        `Strikes on Douma\n\nSyria air strikes kill ${dead} in Douma Monitor AFP ${dateline} Government air strikes ` +
        `on the town of Douma killed ${dead} people on Monday and wounded dozens more, a monitor said.`,
    });
    return builtIndex([report('a', datelines[0], 32), report('b', datelines[1], 15)]).disagreements.map((d) =>
      d.reports.map((r) => `${r.doc}:${r.text}`),
    );
  }

  it.each([
    {
      name: 'the same Monday: one attack’s two tolls',
      datelines: ['Monday 2 Feb 2015', 'Monday 2 Feb 2015'],
      found: [['a:32', 'b:15']],
    },
    // "On Monday", counted from the documents' date, would make both the 9th.
    {
      name: 'Mondays a week apart: two attacks',
      datelines: ['Monday 2 Feb 2015', 'Monday 9 Feb 2015'],
      found: [],
    },
  ] as const)('$name', ({ datelines, found }) => {
    expect(strikes([...datelines])).toEqual(found);
  });
});

describe('corpus disagreements of a real corpus', () => {
  // FA-KES articles print the same list of related headlines, which links each attack to the next: grouped
  // by connected components, two "facts" spanned 770 and 780 of its documents.
  it.skipIf(!existsSync(FAKES))(
    'are facts around one claim each, every claim in one of them',
    () => {
      const docs = readFakes(FAKES.pathname).slice(0, 300);
      const index = builtIndex(docs);
      const stored = findCorpusDisagreements(index);
      expect(stored.length).toBeGreaterThan(10);
      const seen = new Set<string>();
      for (const d of stored) {
        expect(d.reports.length).toBeLessThanOrEqual(BUILD_LIMIT + 1);
        const docsOf = d.reports.map(([passage]) => index.passages[passage]?.doc);
        expect(new Set(docsOf).size).toBe(d.reports.length);
        for (const report of d.reports) {
          expect(seen.has(report.join())).toBe(false);
          seen.add(report.join());
        }
      }
    },
    60_000,
  );
});
