/**
 * The period a count covers, when its sentence says so: "since the operation began in 2014", "from March 2011 to
 * June 2016", "during the past month", "in the last 24 hours". Two counts of one kind over periods that start far
 * apart are two facts, however alike their words: the coalition's civilian toll since 2014 is no rival of the
 * civilians killed in one month of 2017, nor the dead of torture from 2011 to 2016 of everyone killed last month.
 */
import type { CorpusIndex } from '../corpus/model';
import { isoDay, runsSince } from './day-span';
import { reportDate } from './report-days';
import type { ClaimContext } from './subject';
import { pageSentenceDates, passageDates, type DateAt } from './sentence-claims';

/** A period of days since 1970, [first, last]. */
export type Period = readonly [number, number];

/** Days in a unit of "the past N units" (hours are counted as the days they reach into). */
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };

/** Number words "the past N units" takes. */
const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

/** "during the past month", "in the last 24 hours", "over the previous two weeks", "within the past year". */
const PAST_UNITS =
  /\b(?:during|in|over|within|for)\s+the\s+(?:past|last|previous)\s+(?:(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(hour|day|week|month|year)s?\b/i;

/** A date's start right after "from" ("from March 2011 to June 2016"). */
const FROM_BEFORE = /\bfrom\s+$/i;
/** A date's end right after "to", "until" or "through" that closes a "from". */
const TO_BEFORE = /\b(?:to|until|till|through)\s+$/i;

/** Words without which a sentence marks no period (see PAST_UNITS, FROM_BEFORE, runsSince). */
const PERIOD_WORDS = /\b(?:since|from|past|last|previous)\b/i;

/** Starts further apart than this share of the longer period (and PERIOD_APART_DAYS) make two periods. */
const PERIOD_APART_SHARE = 0.25;
/** Starts this many days apart or fewer are one period whatever the periods' lengths. */
const PERIOD_APART_DAYS = 60;

/**
 * The period a sentence's count covers, from its own words (see the file comment), reported on `reported` (ISO);
 * null when the sentence names none. Only marked periods count: a date that only says when something was said
 * ("the UN said in August") or happened is no period.
 */
export function sentencePeriod(
  sentence: string,
  dates: readonly DateAt[],
  reported: string | null,
): Period | null {
  const on = reported === null ? null : isoDay(reported);
  const past = PAST_UNITS.exec(sentence);
  if (past && on !== null) {
    const word = (past[1] ?? '').toLowerCase();
    const count = word === '' ? 1 : (SMALL_NUMBERS[word] ?? Number(word));
    const unit = (past[2] ?? '').toLowerCase();
    const days = unit === 'hour' ? Math.ceil(count / 24) : count * (UNIT_DAYS[unit] ?? 1);
    return [on - days, on];
  }
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    if (!date || date.value.relative === true) continue;
    const from = isoDay(date.value.start);
    if (from === null) continue;
    // Its report's day unknown (an undated page), a "since" period is told by its start alone.
    if (runsSince(sentence, date.start)) return [from, on === null ? from : Math.max(from, on)];
    const before = sentence.slice(Math.max(0, date.start - 8), date.start);
    const next = dates[i + 1];
    if (FROM_BEFORE.test(before) && next) {
      const to = isoDay(next.value.end);
      const between = sentence.slice(Math.max(0, next.start - 10), next.start);
      if (to !== null && to >= from && TO_BEFORE.test(between)) return [from, to];
    }
  }
  return null;
}

/** True when two periods start too far apart to be one count's (see PERIOD_APART_SHARE). */
export function periodsApart(a: Period, b: Period): boolean {
  const longer = Math.max(a[1] - a[0], b[1] - b[0]);
  return Math.abs(a[0] - b[0]) > Math.max(PERIOD_APART_DAYS, PERIOD_APART_SHARE * longer);
}

/** The period of a page claim's sentence, worked out once per claim (see sentencePeriod). */
function pagePeriod(ctx: ClaimContext): Period | null {
  if (ctx.period === undefined) {
    const sentence = ctx.claim.sentence;
    // Most sentences mark no period: their dates are not read for it.
    ctx.period = PERIOD_WORDS.test(sentence)
      ? sentencePeriod(sentence, pageSentenceDates(ctx), ctx.published ?? null)
      : null;
  }
  return ctx.period;
}

/** The period of a corpus passage's count (see sentencePeriod), reported on its report day. */
function passagePeriod(index: CorpusIndex, passageIndex: number): Period | null {
  const text = index.passages[passageIndex]?.text;
  if (text === undefined) return null;
  return sentencePeriod(text, passageDates(index, passageIndex), reportDate(index, passageIndex));
}

/**
 * True when a page count and a corpus passage's count each name the period they cover and the two periods start
 * far apart (see periodsApart): two facts, not two sources that differ.
 */
export function countsOtherPeriod(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = pagePeriod(ctx);
  if (!page) return false;
  const corpus = passagePeriod(index, passageIndex);
  return corpus !== null && periodsApart(page, corpus);
}
