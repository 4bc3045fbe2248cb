/**
 * When the event a corpus passage reports took place, as far as the corpus tells: the days its own sentence
 * names, else the days before its document appeared. Two reports of one attack's toll are published within days
 * of each other; "8 killed in rocket attacks on Aleppo" dated 6 October and "three killed in a rocket attack in
 * Aleppo" dated 31 October are two attacks, however alike their words. A page's everyday figure is held to
 * its page's date only when the page states that date (see pageNewsDays): a reader's today says nothing of
 * when an undated page's news happened. An undated page's sentence that writes its dates in full still says
 * when its own event was (see writtenNewsDays).
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { toDay } from './compare-dates';
import { extractClaims } from '../extract-claims';
import { undatedWindow } from './undated-window';

/** Days since 1970 of an ISO date, or null for a malformed one. */
export function isoDay(iso: string): number | null {
  const n = toDay(iso);
  return Number.isNaN(n) ? null : n;
}

/** The ISO date of a day since 1970 (isoDay's inverse). */
export function dayIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A report appears this many days after its event at most (a weekly round-up; most are next-day). */
const REPORT_LAG_DAYS = 7;

/**
 * The lag allowed when two reports give different everyday figures (see figuresAnchored): a toll's update comes
 * out within a day or two, while a weekly round-up repeats a toll as it was. In a labelled sample of FA-KES read
 * against the other half of it, the rival tolls of "rocket shells on Aleppo" or "al-Ramouseh" reported six to
 * eight days apart were all other attacks; the same figure reported a week later ("126 people killed by rebel
 * shelling") was the same.
 */
export const RIVAL_LAG_DAYS = 3;

/** Days either side that still count as the same time: time zones, "overnight", a dateline's own lag. */
const SLACK_DAYS = 2;

/**
 * The days [first, last] the passage's event falls in: from its dateline's day and the day, week or month dates
 * of its own sentence (and years, with `years`), else the REPORT_LAG_DAYS before its document's date, or the
 * year an undated document's events place it in (see undatedNewsDays); null when none is known.
 */
function reportDays(
  index: CorpusIndex,
  passageIndex: number,
  years = false,
  lag = REPORT_LAG_DAYS,
): [number, number] | null {
  const passage = index.passages[passageIndex];
  if (!passage) return null;
  const news = newsDays(index, passageIndex, lag) ?? undatedNewsDays(index, passageIndex, lag);
  const span = new DaySpan(news);
  if (passage.dateline) span.addDay(passage.dateline);
  for (const c of passage.claims) {
    const claim = index.claims[c];
    const value = claim?.value;
    if (value?.type !== 'date' || (value.precision === 'year' && !years)) continue;
    // The dateline's day is the report's: "on Monday" after it only widens the span to another day's news, and
    // before it was counted from the document's date, which the dateline shows to be wrong or another day's.
    // (Kept, it brought one more FA-KES pair in the thirty-sixth session, of two events near Tabqa.)
    if (value.relative && passage.dateline) continue;
    span.add(value, passage.text, claim?.start ?? 0);
  }
  return span.days() ?? news;
}

/** Before a date, the words of a period that runs from it up to the report ("killed since the offensive began on"). */
const SINCE = /\bsince\b[^.;]{0,60}$/i;

/** True when the date at `start` of `sentence` opens a period that runs on to the report ("in effect since"). */
export function runsSince(sentence: string, start: number): boolean {
  return SINCE.test(sentence.slice(Math.max(0, start - 70), start));
}

/** The days the dates of one sentence cover; a date after "since" runs on to its report's news days. */
class DaySpan {
  private first = Infinity;
  private last = -Infinity;

  constructor(private readonly news: [number, number] | null) {}

  /** Adds a date found at `start` in `sentence`. */
  add(value: DateValue, sentence: string, start: number): void {
    const from = isoDay(value.start);
    const to = isoDay(value.end);
    if (from === null || to === null) return;
    const since = runsSince(sentence, start);
    this.first = Math.min(this.first, from);
    this.last = Math.max(this.last, since && this.news ? Math.max(to, this.news[1]) : to);
  }

  /** Adds a dateline's day (ISO): the day its text was reported, which no "since" runs on from. */
  addDay(iso: string): void {
    const on = isoDay(iso);
    if (on === null) return;
    this.first = Math.min(this.first, on);
    this.last = Math.max(this.last, on);
  }

  /** The days covered, or null when no date was added. */
  days(): [number, number] | null {
    return this.first <= this.last ? [this.first, this.last] : null;
  }
}

/**
 * The `lag` days up to the day a passage was written (after a dateline, its day; else its document's date): when
 * the news it reports happened; null when that day is unknown.
 */
function newsDays(index: CorpusIndex, passageIndex: number, lag = REPORT_LAG_DAYS): [number, number] | null {
  const published = writtenDay(index, passageIndex);
  const on = published ? isoDay(published) : null;
  return on === null ? null : [on - lag, on];
}

function overlap(x: [number, number], y: [number, number]): boolean {
  return x[0] - SLACK_DAYS <= y[1] && y[0] - SLACK_DAYS <= x[1];
}

/**
 * The days [first, last] a page sentence's news falls in, on a page published on `published`: the dates its
 * sentence names (a year too: "in 2014, a car bomb killed 34" looks back to 2014), else the `lag` days before
 * the page appeared. A page that looks back on an attack names when it happened; one that does not reports its
 * own day's news.
 */
export function pageNewsDays(
  sentence: string,
  published: string,
  lag = REPORT_LAG_DAYS,
): [number, number] | null {
  // The claims of one sentence arrive one after another, and each would read the sentence again; only the days
  // a sentence that names none falls back on depend on `lag`, so one reading serves every lag.
  if (lastNews?.sentence !== sentence || lastNews.published !== published)
    lastNews = { sentence, published, days: readPageNewsDays(sentence, published) };
  if (lastNews.days) return lastNews.days;
  const on = isoDay(published);
  return on === null ? null : [on - lag, on];
}

/** The last sentence pageNewsDays or writtenNewsDays read (published '' for writtenNewsDays), with its days. */
let lastNews: { sentence: string; published: string; days: [number, number] | null } | null = null;

/** The days the dates of a page sentence name, or null when it names none (a "since" runs on to `published`). */
function readPageNewsDays(sentence: string, published: string): [number, number] | null {
  const on = isoDay(published);
  // DaySpan reads only the end of the news days, the page's own day, whatever the lag.
  const span = new DaySpan(on === null ? null : [on, on]);
  const onDateline = (value: DateValue) => span.addDay(value.start);
  for (const c of extractClaims(sentence, { referenceDate: published, onDateline, onSaid: onDateline })) {
    if (c.value.type === 'date') span.add(c.value, sentence, c.start);
  }
  return span.days();
}

/**
 * The days a page sentence's news falls in on a page that gives no date of its own, when the sentence writes
 * every date it has in full, year and all ("The last major attack was in 2002, when militants killed more than 20
 * people"): that is when its event happened, whenever the page appeared. Null when the sentence has no date, or
 * one counted from a day the page does not give ("on Friday", "last year", "March 3"): its news is then the
 * page's own, of an unknown day, and a year beside it ("the group, formed in 2012, said on Friday …") only
 * background. A dateline dates its sentence as on a dated page; a date after "since" runs on to any later day.
 */
export function writtenNewsDays(sentence: string): [number, number] | null {
  if (lastNews?.sentence !== sentence || lastNews.published !== '')
    lastNews = { sentence, published: '', days: readWrittenNewsDays(sentence) };
  return lastNews.days;
}

function readWrittenNewsDays(sentence: string): [number, number] | null {
  const span = new DaySpan(UNBOUNDED);
  let dated = false;
  const onDateline = (value: DateValue) => {
    span.addDay(value.start);
    dated = true;
  };
  // "… said on Friday": the news is the page's own, of a day the page does not give.
  let said = false;
  const onSaid = () => void (said = true);
  for (const c of extractClaims(sentence, { onDateline, onSaid })) {
    if (said) return null;
    if (c.value.type !== 'date') continue;
    if (c.value.relative || c.value.yearInferred) return null;
    span.add(c.value, sentence, c.start);
    dated = true;
  }
  return dated && !said ? span.days() : null;
}

/** News days with no known end: a "since" date on an undated page runs on to any later day. */
const UNBOUNDED: [number, number] = [-Infinity, Infinity];

/**
 * False only when the passage's event days (its document's news taken as `lag` days) are known and lie more than
 * SLACK_DAYS from `page`'s. A year the passage names counts here, as the page's does: "last year, 135 health
 * workers were killed" is a year's tally.
 */
export function sameTimeAsPage(
  index: CorpusIndex,
  passage: number,
  page: [number, number],
  lag = REPORT_LAG_DAYS,
): boolean {
  const x = reportDays(index, passage, true, lag);
  return !x || overlap(x, page);
}

/**
 * The news days of a passage of an undated document placed in time (see undatedWindow): any of the year it was
 * written in, and the `lag` days before. Wide, but it tells a 2016 report's "dozens killed" from a page's of 2014.
 */
function undatedNewsDays(index: CorpusIndex, passage: number, lag: number): [number, number] | null {
  const doc = index.passages[passage]?.doc;
  const window = doc === undefined ? null : undatedWindow(index, doc);
  return window ? [window[0] - lag, window[1]] : null;
}

/** False only when both passages' event days are known and lie more than SLACK_DAYS apart. */
export function sameTime(index: CorpusIndex, a: number, b: number): boolean {
  const x = reportDays(index, a);
  const y = reportDays(index, b);
  return !x || !y || overlap(x, y);
}

/**
 * False for two days or weeks more than SLACK_DAYS apart that each fall in their own document's news days
 * ("Saturday 2 Aug 2014" in a report of that Saturday, "on Monday" in one of that week): each is the day of its
 * own report's incident, not two days given for one event. Dates further back ("since 2012", "on March 27" in a
 * June report) and months are left to the matcher.
 */
export function sameNewsDay(
  index: CorpusIndex,
  a: { passage: number; value: DateValue },
  b: { passage: number; value: DateValue },
): boolean {
  const x = newsOf(index, a);
  const y = newsOf(index, b);
  return !x || !y || overlap(x, y);
}

/**
 * sameNewsDay for a page's date against a corpus one, on a page published on `published` (its own date): a
 * page's "Monday" of its own week and a corpus report's "Monday" a week earlier are each their report's day.
 */
export function samePageNewsDay(
  index: CorpusIndex,
  page: DateValue,
  published: string,
  corpus: { passage: number; value: DateValue },
): boolean {
  const on = isoDay(published);
  const x = on === null ? null : ownNewsDay(page, [on - REPORT_LAG_DAYS, on]);
  const y = newsOf(index, corpus);
  return !x || !y || overlap(x, y);
}

/** A date's days when it is a day or week within its own document's news days; else null. */
function newsOf(index: CorpusIndex, at: { passage: number; value: DateValue }): [number, number] | null {
  return ownNewsDay(at.value, newsDays(index, at.passage));
}

/** A day or week's days when they fall within `news` (a report's news days); else null. */
function ownNewsDay(value: DateValue, news: [number, number] | null): [number, number] | null {
  const { precision, start, end } = value;
  if (precision !== 'day' && precision !== 'week') return null;
  const from = isoDay(start);
  const to = isoDay(end);
  if (!news || from === null || to === null) return null;
  return overlap([from, to], news) && to <= news[1] + SLACK_DAYS ? [from, to] : null;
}

/**
 * The day a corpus passage was written on: as a dateline before it in its document gives it (see
 * Passage.written), else its document's date; undefined when neither is known.
 */
export function writtenDay(index: CorpusIndex, passageIndex: number): string | undefined {
  const passage = index.passages[passageIndex];
  return passage?.written ?? index.documents[passage?.doc ?? -1]?.date ?? undefined;
}

/**
 * The day a corpus passage was reported, as its own dateline gives it, else the day it was written on (see
 * writtenDay); null when neither is known.
 */
export function reportDate(index: CorpusIndex, passageIndex: number): string | null {
  return index.passages[passageIndex]?.dateline ?? writtenDay(index, passageIndex) ?? null;
}

/**
 * True when all the corpus knows of when the passage's news happened is the year its undated document is placed
 * in (see undatedNewsDays): no document date, no dateline, no date of its own.
 */
export function vagueReportTime(index: CorpusIndex, passageIndex: number): boolean {
  const passage = index.passages[passageIndex];
  if (!passage || passage.dateline || newsDays(index, passageIndex) !== null) return false;
  const window = undatedNewsDays(index, passageIndex, REPORT_LAG_DAYS);
  const days = reportDays(index, passageIndex);
  return window !== null && days !== null && days[0] === window[0] && days[1] === window[1];
}
