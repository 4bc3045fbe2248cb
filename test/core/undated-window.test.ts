/**
 * An undated document is placed in time by the events it shares with dated ones, and its running counts are then
 * told apart from a page's count of another year (see undated-window.ts).
 */
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import type { CorpusIndex, CorpusSource } from '../../src/core/corpus-index';
import type { Claim, ClaimKind } from '../../src/core/types';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { likelyWindow, placedDocuments, undatedWindow } from '../../src/core/match/undated-window';
import { builtIndex } from './built-index';

/** An ISO day as days since 1970, as windows give them. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The position of document `id` in `index`. */
const docAt = (index: CorpusIndex, id: string) => index.documents.findIndex((d) => d.id === id);

/** The first claim of `kind` in `text`, read on `referenceDate`. */
function firstClaim(text: string, kind: ClaimKind, referenceDate: string): Claim {
  const claim = extractClaims(text, { referenceDate }).find((c) => c.kind === kind);
  if (!claim) throw new Error(`no ${kind} in ${text}`);
  return claim;
}

/** A dated report of the truce, with its year. */
const DATED: CorpusSource = {
  id: 'dated',
  text: 'Truce holds\n\nA truce between the government and the rebels in Syria took effect on February 27, 2016.',
  meta: { date: '2016-05-01' },
};

/** An undated report that names the truce's day without its year, and the war's running toll. */
const UNDATED: CorpusSource = {
  id: 'undated',
  text:
    'Kerry warns Russia\n\n' +
    'The truce between the government and the rebels in Syria, in effect since February 27, is at risk.\n\n' +
    'The war in Syria has killed more than 280,000 people since it began in 2011.\n\n' +
    'In Aleppo, dozens of people were killed in air strikes in the past few days.\n\n' +
    'Russia began its air strikes in support of the government in September.',
};

/** Another undated report on another subject, sharing no event with a dated one. */
const ELSEWHERE: CorpusSource = {
  id: 'elsewhere',
  text: 'Harvest report\n\nFarmers in the valley began the grape harvest on September 3, ahead of the rains.',
};

describe('undatedWindow', () => {
  const index = builtIndex([DATED, UNDATED, ELSEWHERE]);
  const doc = (id: string) => docAt(index, id);

  it('places an undated document in the year after an event a dated one gives with its year', () => {
    expect(undatedWindow(index, doc('undated'))).toEqual([day('2016-02-27'), day('2016-02-27') + 365]);
  });

  it('ends the likely window 216 days after a state it gives as running since a placed day', () => {
    expect(likelyWindow(index, doc('undated'))).toEqual([day('2016-02-27'), day('2016-02-27') + 216]);
    // A day that starts no running state ("began the grape harvest on September 3") leaves the year.
    const harvest = builtIndex([
      {
        id: 'harvest-dated',
        text: 'Harvest report\n\nFarmers in the valley began the grape harvest on September 3, 2018, ahead of the rains.',
        meta: { date: '2018-09-10' },
      },
      ELSEWHERE,
    ]);
    const at = docAt(harvest, 'elsewhere');
    expect(likelyWindow(harvest, at)).toEqual(undatedWindow(harvest, at));
    expect(likelyWindow(harvest, at)?.[1]).toBe(day('2018-09-03') + 365);
  });

  it('places neither a dated document nor one that shares no event with a dated one', () => {
    expect(undatedWindow(index, doc('dated'))).toBeNull();
    expect(undatedWindow(index, doc('elsewhere'))).toBeNull();
  });

  it('places no day when its events lie more than a year apart', () => {
    const apart = builtIndex([
      DATED,
      {
        id: 'harvest-dated',
        text: 'Harvest report\n\nFarmers in the valley began the grape harvest on September 3, 2018, ahead of the rains.',
        meta: { date: '2018-09-10' },
      },
      { id: 'both', text: `${UNDATED.text}\n\n${ELSEWHERE.text.split('\n\n')[1] ?? ''}` },
      ELSEWHERE,
    ]);
    const at = (id: string) => docAt(apart, id);
    // Each event alone places its document: the harvest in the year after September 3, 2018.
    expect(undatedWindow(apart, at('elsewhere'))?.[0]).toBe(day('2018-09-03'));
    expect(undatedWindow(apart, at('both'))).toBeNull();
  });

  it('gives the placed documents the days they were written between, and leaves the others as they are', () => {
    expect(placedDocuments(index).map((d) => [d.id, d.date, d.writtenBetween ?? null])).toEqual([
      ['dated', '2016-05-01', null],
      ['undated', null, ['2016-02-27', '2017-02-26']],
      ['elsewhere', null, null],
    ]);
  });

  it('places no one-off day by another report of that month: only a state both say runs on from it', () => {
    const tabqa = builtIndex([
      {
        id: 'pentagon',
        text: 'Pentagon\n\nThe Pentagon announced in March 2016 that American forces had killed a commander near Tabqa.',
        meta: { date: '2016-04-02' },
      },
      {
        id: 'assault',
        text: 'Tabqa\n\nOn March 22 American aircraft ferried forces behind militant lines near Tabqa.',
      },
    ]);
    expect(undatedWindow(tabqa, docAt(tabqa, 'assault'))).toBeNull();
  });

  it('places an event by a report of its very day, however many reports share more of its words', () => {
    // Fourteen dated reports of the truce at risk on other days share every word with the undated one; the one
    // report of its day shares one. Searched by words alone, the candidates were these fourteen.
    const others: CorpusSource[] = Array.from({ length: 14 }, (_, i) => ({
      id: `risk-${i}`,
      text: `Truce\n\nThe truce between the government and the rebels in Syria, in effect since March ${i + 3}, 2016, is at risk.`,
      meta: { date: '2016-04-20' },
    }));
    const sameDay: CorpusSource = {
      id: 'same-day',
      text: 'Brokered\n\nOn February 27 a ceasefire brokered by Russia took effect in Syria.',
      meta: { date: '2016-03-01' },
    };
    const crowded = builtIndex([...others, sameDay, UNDATED]);
    expect(undatedWindow(crowded, docAt(crowded, 'undated'))?.[0]).toBe(day('2016-02-27'));
  });

  it('places the undated seeds that report the truce of 27 February as 004 does', () => {
    const seeds = builtIndex(readCorpusDir(new URL('../../seeds/', import.meta.url).pathname));
    const windows = seeds.documents.map((d, i) => [d.id.slice(0, 3), undatedWindow(seeds, i)?.[0] ?? null]);
    expect(Object.fromEntries(windows)).toEqual({
      '000': day('2016-02-27'),
      '001': day('2016-02-27'),
      '002': day('2016-02-27'),
      '003': null,
      '004': null,
    });
  });
});

describe('a running count of an undated document, against a dated page', () => {
  const index = builtIndex([DATED, UNDATED]);
  const toll = (text: string, published: string) => {
    return matchClaim(index, firstClaim(text, 'quantity', published), { published });
  };

  it.each([
    // Older than the window: the document's larger count was made after it.
    [
      'More than 170,000 people have been killed in Syria since the war began.',
      '2014-08-17',
      'later',
      'after',
      '2016-02-27',
    ],
    // Newer than the window: the document's smaller count was likely made by the likely window's end.
    [
      'More than 340,000 people have been killed in Syria since the war began.',
      '2017-11-26',
      'earlier',
      'before',
      '2016-09-30',
    ],
    // Smaller, but more than three months past the likely end: a running count of another time all the same.
    [
      'More than 170,000 people have been killed in Syria since the war began.',
      '2017-11-26',
      'earlier',
      'before',
      '2016-09-30',
    ],
  ])('"%s" on a page of %s: a %s count, reported %s %s', (text, published, when, bound, reported) => {
    const result = toll(text, published);
    expect(result.matches).toEqual([]);
    expect(result.otherCounts).toEqual([expect.objectContaining({ doc: 'undated', when, bound, reported })]);
  });

  it.each([
    ['a month', '2016-11-05'],
    // The likely end already holds nineteen in twenty such reports: no month's grace on top of it.
    ['13 days', '2016-10-13'],
  ])('takes a larger count %s past the likely window for a later one, said to be likely', (_, published) => {
    // Within the year the truce allows, but past the days a report of a running truce is likely made in.
    const result = toll('More than 300,000 people have been killed in Syria since the war began.', published);
    expect(result.matches).toEqual([]);
    expect(result.otherCounts).toEqual([
      expect.objectContaining({
        doc: 'undated',
        when: 'earlier',
        bound: 'before',
        reported: '2016-09-30',
        likely: true,
      }),
    ]);
  });

  it('still reads a larger count within the likely window as a rival', () => {
    const result = toll(
      'More than 300,000 people have been killed in Syria since the war began.',
      '2016-09-20',
    );
    expect(result.matches.map((m) => [m.doc, m.relation])).toEqual([['undated', 'conflicts']]);
    expect(result.otherCounts ?? []).toEqual([]);
  });

  it.each([
    // Within the window: two counts that may be of one time, so two sources that disagree.
    ['The war in Syria has killed 250,000 people since it began.', '2016-06-20'],
    // Later but smaller, within three months of the likely end: not the count grown (see countGrew), nor yet
    // another time's (RIVAL_RUNNING_APART_DAYS).
    ['More than 170,000 people have been killed in Syria since the war began.', '2016-12-15'],
  ])('"%s" on a page of %s still differs', (text, published) => {
    const result = toll(text, published);
    expect(result.matches.map((m) => [m.doc, m.relation])).toEqual([['undated', 'conflicts']]);
    expect(result.otherCounts ?? []).toEqual([]);
  });
});

describe('an everyday figure of an undated document, against a dated page', () => {
  const index = builtIndex([DATED, UNDATED]);
  /** The undated report's sentence, restated as a page would print it. */
  const RESTATED =
    'In Aleppo, dozens of people were killed in air strikes in the past few days, activists said.';
  it.each([
    [RESTATED, '2016-06-20', ['undated']],
    // Two years before the document was written: another day's strikes, whatever the words.
    [RESTATED, '2014-06-20', []],
    // Within the year, a shared place is no anchor: the document's week is unknown, and Aleppo saw dozens killed
    // in air strikes week after week.
    ['Dozens of people were killed in air strikes on Aleppo, activists said.', '2016-06-20', []],
    // An undated page: no time of its own to hold the report to.
    ['Dozens of people were killed in air strikes on Aleppo, activists said.', undefined, ['undated']],
  ])('%s on a page of %s matches %j', (text, published, docs) => {
    const claim = firstClaim(text, 'quantity', published ?? '2016-06-20');
    const options = published ? { published } : {};
    expect(matchClaim(index, claim, options).matches.map((m) => m.doc)).toEqual(docs);
  });
});

describe("the corpus's own disagreements, with an undated document placed in time", () => {
  /** A dated report of the war's toll, as it stood on `date`. */
  const toll = (figure: string, date: string): CorpusSource => ({
    id: `toll-${date}`,
    text: `War toll\n\nThe war in Syria has killed ${figure} people since it began in 2011.`,
    meta: { date },
  });
  const tolls = (docs: CorpusSource[]) =>
    builtIndex(docs).disagreements.filter((d) => d.reports.some((r) => r.text.includes('280,000')));

  it('lists a toll of the same year that differs', () => {
    const [found] = tolls([DATED, UNDATED, toll('250,000', '2016-06-20')]);
    expect(found?.reports.map((r) => r.doc).sort()).toEqual(['toll-2016-06-20', 'undated']);
  });

  it('does not list a smaller toll two years older: the count grew', () => {
    expect(tolls([DATED, UNDATED, toll('170,000', '2014-08-17')])).toEqual([]);
  });

  it.each([
    ['2016-06-20', ['strikes-2016-06-20', 'undated']],
    // Two years before the undated report was written: another day's strikes.
    ['2014-06-20', []],
  ])('lists an everyday toll of Aleppo reported on %s against the undated "dozens": %j', (date, docs) => {
    const strikes: CorpusSource = {
      id: `strikes-${date}`,
      text: 'Aleppo\n\nIn Aleppo, hundreds of people were killed in air strikes in the past few days.',
      meta: { date },
    };
    const found = builtIndex([DATED, UNDATED, strikes]).disagreements.find((d) =>
      d.reports.some((r) => r.doc === strikes.id),
    );
    expect(found?.reports.map((r) => r.doc).sort() ?? []).toEqual(docs);
  });
});

describe('a yearless date of an undated document placed in time, against a page date with its year', () => {
  const index = builtIndex([DATED, UNDATED]);
  it.each([
    // Within the year before the document was written (after 27 February 2016): it may be this September.
    ['Russia began its air strikes in Syria in September 2015.', ['undated']],
    // Not 2014: the document was written after February 2016, and its "September" was within the year before.
    ['Russia began its air strikes in Syria in September 2014.', []],
  ])('"%s" matches %j', (text, docs) => {
    expect(matchClaim(index, firstClaim(text, 'date', '2018-01-01')).matches.map((m) => m.doc)).toEqual(docs);
  });
});
