/**
 * Large counts of another time. A war's toll, a count of the displaced or of refugees is reported again and again
 * as it grows; a corpus report of it made long before or after the page's is context for the page's figure, not
 * a source that agrees or disagrees with it (see OtherTimeCount).
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuantityValue, Relation } from '../types';
import { isEveryday } from './figure-size';
import type { OtherTime } from './match-score';
import { dayIso, isoDay } from './day-span';
import { reportDate } from './report-days';
import type { ClaimContext } from './subject';
import { likelyWindow, undatedWindow } from './undated-window';

/**
 * Reports this many days apart or more give a large figure at two different times. A war's toll, a count of the
 * displaced or of refugees is reported again every few weeks, each time larger.
 */
const COUNT_APART_DAYS = 30;

/** True when two reports (ISO dates) lie `days` or more apart; false when either date is unknown. */
export function reportsApart(a: string, b: string, days = COUNT_APART_DAYS): boolean {
  const x = isoDay(a);
  const y = isoDay(b);
  return x !== null && y !== null && Math.abs(x - y) >= days;
}

/**
 * Reports of a running count this many days apart give it at two different times even when their figures agree:
 * "millions displaced" in March 2014 and in July 2016, "more than 10 million" in July 2016 and "11 million" in
 * November 2017. Within a few months the same count is often repeated as it stood (SOHR's "more than 280,000"
 * from June to October 2016), which two readers took for the same fact.
 */
export const RUNNING_APART_DAYS = 180;

/**
 * Rival figures of a running count this many days apart give it at two times: what differs between them is the
 * time. Two labellers each called every such pair in conflicts-fresh three months or more apart two time frames
 * (war tolls of February against June 2016, April against October 2017), and split on pairs two to six weeks
 * apart. The same figure stays one fact for longer (RUNNING_APART_DAYS): a count repeated as it stood.
 */
export const RIVAL_RUNNING_APART_DAYS = 90;

/**
 * A sentence whose count runs on to the day of its report: "has killed more than 280,000 since 2011", "have
 * been displaced", "so far". A count of one event or year ("killed 1,429 in the attack", "seized 1,200 square
 * kilometres in 1967") is the same fact whenever it is reported.
 */
const RUNS_ON =
  /\bsince\b|\b(?:so|thus) far\b|\bto date\b|\b(?:has|have)\s+(?:now\s+|already\s+)?(?!(?:to|no|not|a|an|the|been\s+(?:a|an|the|no))\b)[a-z]+\b/i;

/** True when the sentence gives its count as running on to its report (see RUNS_ON). */
export function runsOn(sentence: string): boolean {
  return RUNS_ON.test(sentence);
}

/**
 * True when two reports (ISO dates) `days` or more apart each give their count as running on to the report
 * (see runsOn): two times' counts of one running total.
 */
export function runningApart(
  a: { date: string; sentence: string },
  b: { date: string; sentence: string },
  days: number,
): boolean {
  return reportsApart(a.date, b.date, days) && runsOn(a.sentence) && runsOn(b.sentence);
}

/** A large figure as one report gives it: the figure and the day its report appeared. */
export interface DatedCount {
  value: QuantityValue;
  /** ISO date of the report (see reportDate, or the page's own). */
  date: string;
}

/**
 * True when two reports of a large figure lie `apartDays` (COUNT_APART_DAYS) or more apart and the later one gives
 * the larger figure: the same count made again later ("more than 280,000 killed" in June 2016, "more than 330,000"
 * in November 2017), not two sources that disagree. False when either date is unknown, or the earlier figure is
 * the larger (two counts of one time by different monitors read so: 470,000 against a later 330,000; three months
 * apart, countAtAnotherTime takes such running counts for two times all the same).
 */
export function countGrew(a: DatedCount, b: DatedCount, apartDays = COUNT_APART_DAYS): boolean {
  if (!reportsApart(a.date, b.date, apartDays)) return false;
  const [earlier, later] = a.date < b.date ? [a, b] : [b, a];
  return earlier.value.nominal < later.value.nominal;
}

/**
 * Set when a corpus figure is a large count made again at another time, the page's date being known: one that
 * `relation` calls a conflict and that grew (see countGrew: "more than 280,000 killed" in a report of June 2016
 * against a page of late 2017 that says "more than 330,000"), or a running count on both sides, reported half a
 * year or more apart (three months for rival figures), whatever the figures (see RUNNING_APART_DAYS,
 * RIVAL_RUNNING_APART_DAYS, runsOn). Null otherwise.
 */
export function countAtAnotherTime(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpusValue: QuantityValue,
  passageIndex: number,
  relation: Relation,
): OtherTime | null {
  const page = ctx.claim.value;
  if (page.type !== 'quantity' || ctx.published === undefined) return null;
  if (isEveryday(page) && isEveryday(corpusValue)) return null;
  const reported = reportDate(index, passageIndex) ?? undatedReport(index, passageIndex, ctx.published, true);
  if (reported === null) return null;
  const bound = typeof reported === 'string' ? undefined : reported.bound;
  const likely = typeof reported === 'string' ? undefined : reported.likely;
  const day = typeof reported === 'string' ? reported : reported.day;
  const published = ctx.published;
  const running = (): boolean =>
    runningApart(
      { date: published, sentence: ctx.claim.sentence },
      { date: day, sentence: index.passages[passageIndex]?.text ?? '' },
      relation === 'conflicts' ? RIVAL_RUNNING_APART_DAYS : RUNNING_APART_DAYS,
    );
  if (relation === 'conflicts') {
    // The likely end is already where nineteen in twenty such reports were made by, and the page lies past it
    // (see undatedReport): a larger figure there is a later count, with no month's grace on top (fresh7 and
    // fresh8's October 2016 tolls). Three months apart (RIVAL_RUNNING_APART_DAYS), a running count is another
    // time's even when the later figure is the smaller, another monitor's: "over 470,000" (February 2016) against
    // "more than 400,000" (June 2016), which both labellers of a sample of conflicts called two time frames.
    const apartDays = likely ? 0 : COUNT_APART_DAYS;
    if (
      !countGrew({ value: page, date: published }, { value: corpusValue, date: day }, apartDays) &&
      !running()
    )
      return null;
  } else if (!running()) return null;
  return {
    when: day < published ? 'earlier' : 'later',
    reported: day,
    ...(bound ? { bound } : {}),
    ...(likely ? { likely } : {}),
  };
}

/**
 * For a passage of an undated document written in a known window (see undatedWindow): the window's edge nearest
 * the page's day, when the page's day lies outside it, as the day its report was made at the latest ('before')
 * or the earliest ('after'). Null when the window is unknown or holds the page's day. With `likely`, the window's
 * end is where its report was likely made by (see likelyWindow), and `likely` is set when that end, earlier than
 * the certain one, is the edge given.
 */
export function undatedReport(
  index: CorpusIndex,
  passageIndex: number,
  published: string,
  likely = false,
): { day: string; bound: 'after' | 'before'; likely?: true } | null {
  const doc = index.passages[passageIndex]?.doc;
  const window = doc === undefined ? null : undatedWindow(index, doc);
  const on = isoDay(published);
  if (!window || on === null || doc === undefined) return null;
  if (on < window[0]) return { day: dayIso(window[0]), bound: 'after' };
  const end = likely ? (likelyWindow(index, doc)?.[1] ?? window[1]) : window[1];
  if (on > end)
    return { day: dayIso(end), bound: 'before', ...(end < window[1] ? { likely: true as const } : {}) };
  return null;
}
