/**
 * When the event a corpus passage reports took place, as far as the corpus tells: the days its own sentence
 * names, else the days before its document appeared. Two reports of one attack's toll are published within days
 * of each other; "8 killed in rocket attacks on Aleppo" dated 6 October and "three killed in a rocket attack in
 * Aleppo" dated 31 October are two attacks, however alike their words. A page's everyday figure is held to
 * its page's date only when the page states that date (see page-news-days.ts): a reader's today says nothing
 * of when an undated page's news happened.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { DaySpan, isoDay, REPORT_LAG_DAYS } from './day-span';
import { undatedWindow } from './undated-window';
import { perIndex } from './terms-cache';

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
 * in (see undatedNewsDays): no document date, no dateline, no date of its own. Kept per passage: asked for every
 * everyday figure of a dated page that meets it.
 */
export const vagueReportTime = perIndex((index: CorpusIndex, passageIndex: number): boolean => {
  const passage = index.passages[passageIndex];
  if (!passage || passage.dateline || newsDays(index, passageIndex) !== null) return false;
  const window = undatedNewsDays(index, passageIndex, REPORT_LAG_DAYS);
  const days = reportDays(index, passageIndex);
  return window !== null && days !== null && days[0] === window[0] && days[1] === window[1];
});
