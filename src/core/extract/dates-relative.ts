/**
 * Readers of dates relative to the reference day: weekdays ("last Friday"), relative words
 * ("yesterday", "next year") and "N units ago". Separate from dates.ts because each of these is
 * worked out from the reference day rather than read from the text.
 */
import {
  isDigit,
  isHyphen,
  isLetter,
  letterRunEnd,
  lowerOf,
  nextWord,
  prevWord,
  skipSpaces,
} from '../text/chars';
import { LowerWords, lowerIs } from '../text/word-table';
import type { DateValue } from '../types';
import { addDays, dayValue, monthValue, weekday, weekValue, yearValue, type Ymd } from './date-math';
import { WEEKDAYS_BY_SPAN } from './date-words';
import { dateAtDayNumber, dateAtMonth, readInt, type DateHit } from './dates';
import { UNIT_WORDS } from './quantity-words';
import { isDayInName } from './in-name';

type AgoUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
const AGO_PRECISIONS: ReadonlySet<string> = new Set<AgoUnit>(['hour', 'day', 'week', 'month', 'year']);

/** Units of "N … ago" (the quantity reader's time words) and the date precision they give. */
const AGO_UNITS = new Map(
  [...UNIT_WORDS].filter(([, unit]) => AGO_PRECISIONS.has(unit)) as [string, AgoUnit][],
);

/** Verbs of saying: a bare weekday beside one is when something was said. */
const SAYING = LowerWords.set(
  'said says told announced reported added confirmed stated tweeted wrote warned insisted'.split(' '),
);

/**
 * True when the bare weekday at [s, e) (with `prev`, the word before it) is when a report was made rather than
 * when anything it reports happened: "officials said Thursday", "told reporters on Friday", "on Monday said".
 * Two reports made on the same weekday share no fact, so this is no claim, but it dates its report.
 */
function whenSaid(text: string, s: number, e: number, prev: { start: number; end: number } | null): boolean {
  let before = prev;
  if (before && lowerIs(text, before.start, before.end, 'on')) before = prevWord(text, before.start, 3);
  if (before && SAYING.has(text, before.start, before.end)) return true;
  // "told reporters on Thursday": one object between the verb and the day.
  const object = before && prevWord(text, before.start, 3);
  if (before && prev !== before && object && SAYING.has(text, object.start, object.end)) return true;
  const after = nextWord(text, text.charCodeAt(e) === 44 ? e + 1 : e, 3);
  return after !== null && SAYING.has(text, after.start, after.end);
}

/**
 * A weekday name at [s, e): "Wednesday", "last Friday", "on Monday, May 2". Never a future day unless "next". A
 * bare one beside a verb of saying is marked `said` (see whenSaid).
 */
export function dateAtWeekday(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  const wd = WEEKDAYS_BY_SPAN.get(text, s, e);
  if (wd === undefined || isDayInName(text, s, e, true)) return null;
  // "Monday, May 2, 2016" / "Monday 2 May": the explicit date wins, the span covers both.
  let j = e;
  if (text.charCodeAt(j) === 44) j++;
  const k = skipSpaces(text, j, 3);
  if (k > j || k > e) {
    if (isDigit(text.charCodeAt(k))) {
      const n = readInt(text, k, 2);
      const hit = n ? dateAtDayNumber(text, k, n.end, ref) : null;
      if (hit) return { start: s, end: hit.end, value: hit.value };
    } else {
      const w = letterRunEnd(text, k);
      const hit = w > k ? dateAtMonth(text, k, w, ref) : null;
      if (hit && hit.value.precision === 'day' && hit.start === k)
        return { start: s, end: hit.end, value: hit.value };
    }
  }
  const prev = prevWord(text, s, 3);
  const next = prev !== null && lowerIs(text, prev.start, prev.end, 'next');
  const last = prev !== null && lowerIs(text, prev.start, prev.end, 'last');
  const current = prev !== null && lowerIs(text, prev.start, prev.end, 'this');
  const said = !next && !last && !current && whenSaid(text, s, e, prev);
  const today = weekday(ref);
  let day: Ymd;
  let start = s;
  if (next) {
    day = addDays(ref, (wd - today + 7) % 7 || 7);
  } else if (last) {
    day = addDays(ref, -((today - wd + 7) % 7 || 7));
  } else if (current) {
    day = addDays(ref, wd - today);
  } else {
    day = addDays(ref, -((today - wd + 7) % 7));
  }
  if (prev && (next || last || current)) start = prev.start;
  const value = fromReference(dayValue(day, true));
  return said ? { start, end: e, value, said } : { start, end: e, value };
}

/** Marks a date counted from the reference date (see DateValue.relative). */
function fromReference(value: DateValue): DateValue {
  value.relative = true;
  return value;
}

/** The words dateAtRelative reads, each mapped to itself. */
const RELATIVE_WORDS = new LowerWords(
  ['today', 'tonight', 'yesterday', 'tomorrow', 'week', 'month', 'year'].map((w) => [w, w] as const),
);

/**
 * Relative words: "yesterday", "today", "last week", "this month", "next year", "a year ago".
 * `s, e` is the span of the trigger word.
 */
export function dateAtRelative(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  const w = RELATIVE_WORDS.get(text, s, e);
  if (w === undefined) return null;
  if (
    (w === 'today' || w === 'tonight' || w === 'yesterday' || w === 'tomorrow') &&
    isDayInName(text, s, e, false)
  )
    return null;
  if (w === 'today' || w === 'tonight')
    return { start: s, end: e, value: fromReference(dayValue(ref, true)) };
  if (w === 'yesterday') return { start: s, end: e, value: fromReference(dayValue(addDays(ref, -1), true)) };
  if (w === 'tomorrow') return { start: s, end: e, value: fromReference(dayValue(addDays(ref, 1), true)) };
  if (w !== 'week' && w !== 'month' && w !== 'year') return null;
  // "this year-end report", "last year's": a modifier, not a date of its own.
  if (isHyphen(text.charCodeAt(e)) && isLetter(text.charCodeAt(e + 1))) return null;
  const prev = prevWord(text, s, 3);
  if (!prev) return null;
  const p = lowerOf(text, prev);
  if (p === 'a' || p === 'one') {
    const ago = nextWord(text, e, 3);
    if (!ago || lowerOf(text, ago) !== 'ago') return null;
    const hit = agoDate(1, w, ref);
    return hit ? { start: prev.start, end: ago.end, value: hit } : null;
  }
  const shift = p === 'last' ? -1 : p === 'next' ? 1 : p === 'this' ? 0 : null;
  if (shift === null) return null;
  let value: DateValue;
  if (w === 'week') value = weekValue(addDays(ref, 7 * shift), true);
  else if (w === 'year') value = yearValue(ref.y + shift, true);
  else {
    const m0 = ref.m - 1 + shift;
    const y = ref.y + Math.floor(m0 / 12);
    value = monthValue(y, (((m0 % 12) + 12) % 12) + 1, true);
  }
  return { start: prev.start, end: e, value: fromReference(value) };
}

/** The date "n <unit> ago" points at, at the unit's precision; null when the word is not a time unit. */
export function agoDate(n: number, unitWord: string, ref: Ymd): DateValue | null {
  const value = agoValue(n, unitWord, ref);
  return value && fromReference(value);
}

function agoValue(n: number, unitWord: string, ref: Ymd): DateValue | null {
  const unit = AGO_UNITS.get(unitWord);
  if (unit === undefined || !Number.isFinite(n) || n < 0 || n > 10_000) return null;
  switch (unit) {
    case 'hour':
      return dayValue(addDays(ref, -Math.floor(n / 24)), true);
    case 'day':
      return dayValue(addDays(ref, -Math.round(n)), true);
    case 'week':
      return weekValue(addDays(ref, -Math.round(7 * n)), true);
    case 'month': {
      const m0 = ref.m - 1 - Math.round(n);
      const y = ref.y + Math.floor(m0 / 12);
      return monthValue(y, (((m0 % 12) + 12) % 12) + 1, true);
    }
    case 'year':
      return yearValue(ref.y - Math.round(n), true);
  }
}
