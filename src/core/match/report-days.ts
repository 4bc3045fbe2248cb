/**
 * When the event a corpus passage reports took place, as far as the corpus tells: the days its own sentence
 * names, else the days before its document appeared. Two reports of one attack's toll are published within days
 * of each other; "8 killed in rocket attacks on Aleppo" dated 6 October and "three killed in a rocket attack in
 * Aleppo" dated 31 October are two attacks, however alike their words. Used only between corpus documents,
 * which are both reports: a page may look back on any date, so a page claim is never held to its page's date.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { toDay } from './compare-values';

/** Days since 1970 of an ISO date, or null for a malformed one. */
function day(iso: string): number | null {
  const n = toDay(iso);
  return Number.isNaN(n) ? null : n;
}

/** A report appears this many days after its event at most (a weekly round-up; most are next-day). */
const REPORT_LAG_DAYS = 7;

/** Days either side that still count as the same time: time zones, "overnight", a dateline's own lag. */
const SLACK_DAYS = 2;

/**
 * The days [first, last] the passage's event falls in: from the day, week or month dates of its own sentence,
 * else the REPORT_LAG_DAYS before its document's date; null when neither is known (or only a year is).
 */
function reportDays(index: CorpusIndex, passageIndex: number): [number, number] | null {
  const passage = index.passages[passageIndex];
  if (!passage) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const c of passage.claims) {
    const value = index.claims[c]?.value;
    if (value?.type !== 'date' || value.precision === 'year') continue;
    const from = day(value.start);
    const to = day(value.end);
    if (from === null || to === null) continue;
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return first <= last ? [first, last] : newsDays(index, passage.doc);
}

/** The REPORT_LAG_DAYS up to a document's date: when the news it reports happened; null when it is undated. */
function newsDays(index: CorpusIndex, doc: number): [number, number] | null {
  const published = index.documents[doc]?.date;
  const on = published ? day(published) : null;
  return on === null ? null : [on - REPORT_LAG_DAYS, on];
}

function overlap(x: [number, number], y: [number, number]): boolean {
  return x[0] - SLACK_DAYS <= y[1] && y[0] - SLACK_DAYS <= x[1];
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

/** A date's days when it is a day or week within its own document's news days; else null. */
function newsOf(index: CorpusIndex, at: { passage: number; value: DateValue }): [number, number] | null {
  const { precision, start, end } = at.value;
  if (precision !== 'day' && precision !== 'week') return null;
  const news = newsDays(index, index.passages[at.passage]?.doc ?? -1);
  const from = day(start);
  const to = day(end);
  if (!news || from === null || to === null) return null;
  return overlap([from, to], news) && to <= news[1] + SLACK_DAYS ? [from, to] : null;
}
