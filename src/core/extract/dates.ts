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
import {
  addDays,
  dayValue,
  daysInMonth,
  monthValue,
  pastYearFor,
  weekday,
  weekValue,
  yearValue,
  type Ymd,
} from './date-math';

/** A date found in the text. */
export interface DateHit {
  start: number;
  end: number;
  value: DateValue;
}

/** Month names and their usual abbreviations → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

const FULL_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Weekday names → 0 (Monday) … 6 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0],
  ['tuesday', 1],
  ['wednesday', 2],
  ['thursday', 3],
  ['friday', 4],
  ['saturday', 5],
  ['sunday', 6],
]);

const MONTHS_BY_SPAN = new LowerWords(MONTHS);
const WEEKDAYS_BY_SPAN = new LowerWords(WEEKDAYS);
const FULL_MONTHS_BY_SPAN = LowerWords.set(FULL_MONTHS);

/**
 * Words before a bare month or year that make it a date ("in September", "since 2011"). Without one,
 * "May" is a verb, "March" a walk, and "2011" may be a count, so a bare name is not read as a date.
 */
const PERIOD_CONTEXT = LowerWords.set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'of',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'through',
  'throughout',
  'between',
  'end',
  'last',
  'next',
  'this',
  'and',
  'to',
  'summer',
  'spring',
  'autumn',
  'fall',
  'winter',
  'year',
  'around',
  'circa',
  'beginning',
]);

/** Units of "N … ago" and the date precision they give. */
const AGO_UNITS: ReadonlyMap<string, 'hour' | 'day' | 'week' | 'month' | 'year'> = new Map([
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

function readInt(text: string, i: number, maxDigits: number): { value: number; end: number } | null {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j)) && j - i <= maxDigits) j++;
  if (j === i || j - i > maxDigits) return null;
  return { value: Number(text.slice(i, j)), end: j };
}

/** End of an ordinal suffix ("27th") at `i`, or `i` when there is none. */
function ordinalSuffixEnd(text: string, i: number): number {
  const e = i + 2;
  if (
    (lowerIs(text, i, e, 'st') ||
      lowerIs(text, i, e, 'nd') ||
      lowerIs(text, i, e, 'rd') ||
      lowerIs(text, i, e, 'th')) &&
    !isLetter(text.charCodeAt(i + 2))
  ) {
    return i + 2;
  }
  return i;
}

/** A four-digit year (1000–2999) at i, after an optional comma and spaces; null when absent. */
function yearAfter(text: string, i: number): { y: number; end: number } | null {
  let j = i;
  if (text.charCodeAt(j) === 44) j++;
  j = skipSpaces(text, j, 3);
  if (j === i) return null;
  const n = readInt(text, j, 4);
  if (!n || n.end - j !== 4 || n.value < 1000 || n.value > 2999) return null;
  if (isLetter(text.charCodeAt(n.end))) return null;
  return { y: n.value, end: n.end };
}

/** A month name at [s, e) followed by a day and/or year, or preceded by a period word. */
export function dateAtMonth(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  const month = MONTHS_BY_SPAN.get(text, s, e);
  if (month === undefined) return null;
  const abbreviated = !FULL_MONTHS_BY_SPAN.has(text, s, e);
  const after = abbreviated && text.charCodeAt(e) === 46 ? e + 1 : e;
  const j = skipSpaces(text, after, 3);
  if (j > after && isDigit(text.charCodeAt(j))) {
    const n = readInt(text, j, 4);
    if (n && n.end - j <= 2 && !isDigit(text.charCodeAt(n.end)) && text.charCodeAt(n.end) !== 58) {
      const dayEnd = ordinalSuffixEnd(text, n.end);
      if (dayEnd === n.end && isLetter(text.charCodeAt(n.end))) return null;
      const year = yearAfter(text, dayEnd);
      const y = year ? year.y : pastYearFor(month, n.value, ref);
      if (n.value < 1 || n.value > daysInMonth(y, month)) return null;
      return { start: s, end: year ? year.end : dayEnd, value: dayValue({ y, m: month, d: n.value }, !year) };
    }
    if (n && n.end - j === 4 && !isDigit(text.charCodeAt(n.end)) && !isLetter(text.charCodeAt(n.end))) {
      if (n.value < 1000 || n.value > 2999) return null;
      return { start: s, end: n.end, value: monthValue(n.value, month, false) };
    }
    return null;
  }
  if (abbreviated) return null;
  const prev = prevWord(text, s, 3, true);
  if (!prev || !PERIOD_CONTEXT.has(text, prev.start, prev.end)) return null;
  let y = pastYearFor(month, null, ref);
  let start = s;
  if (lowerIs(text, prev.start, prev.end, 'last')) {
    y = month < ref.m ? ref.y : ref.y - 1;
    start = prev.start;
  } else if (lowerIs(text, prev.start, prev.end, 'next')) {
    y = month > ref.m ? ref.y : ref.y + 1;
    start = prev.start;
  } else if (lowerIs(text, prev.start, prev.end, 'this')) {
    y = ref.y;
    start = prev.start;
  }
  return { start, end: e, value: monthValue(y, month, true) };
}

/** A day number at [s, e) followed by a month: "27 February", "27th of February 2016", "05 Apr 2017". */
export function dateAtDayNumber(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  if (e - s > 2) return null;
  const day = Number(text.slice(s, e));
  let j = ordinalSuffixEnd(text, e);
  const ofWord = nextWord(text, j, 3);
  if (ofWord && lowerIs(text, ofWord.start, ofWord.end, 'of')) j = ofWord.end;
  const m = nextWord(text, j, 3);
  if (!m || m.start === j) return null;
  const month = MONTHS_BY_SPAN.get(text, m.start, m.end);
  if (month === undefined) return null;
  let end = m.end;
  if (!FULL_MONTHS_BY_SPAN.has(text, m.start, m.end) && text.charCodeAt(end) === 46) end++;
  const year = yearAfter(text, end);
  const y = year ? year.y : pastYearFor(month, day, ref);
  if (day < 1 || day > daysInMonth(y, month)) return null;
  return { start: s, end: year ? year.end : m.end, value: dayValue({ y, m: month, d: day }, !year) };
}

/** A four-digit year at [s, e) read as a date when a period word precedes it ("in 2011", "mid-2015"). */
export function dateAtYear(text: string, s: number, e: number): DateHit | null {
  if (e - s !== 4) return null;
  const y = Number(text.slice(s, e));
  if (y < 1000 || y > 2999) return null;
  const prev = prevWord(text, s, 3, true);
  if (!prev || !PERIOD_CONTEXT.has(text, prev.start, prev.end)) return null;
  return { start: s, end: e, value: yearValue(y, false) };
}

/** An ISO date "2016-05-01" starting at s. */
export function dateAtIso(text: string, s: number): DateHit | null {
  if (text.charCodeAt(s + 4) !== 45 || text.charCodeAt(s + 7) !== 45) return null;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(text.charCodeAt(s + k))) return null;
  if (isDigit(text.charCodeAt(s + 10)) || isDigit(text.charCodeAt(s - 1))) return null;
  const y = Number(text.slice(s, s + 4));
  const m = Number(text.slice(s + 5, s + 7));
  const d = Number(text.slice(s + 8, s + 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { start: s, end: s + 10, value: dayValue({ y, m, d }, false) };
}

/** A weekday name at [s, e): "Wednesday", "last Friday", "on Monday, May 2". Never a future day unless "next". */
export function dateAtWeekday(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  const wd = WEEKDAYS_BY_SPAN.get(text, s, e);
  if (wd === undefined) return null;
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
  return { start, end: e, value: dayValue(day, true) };
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
  if (w === 'today' || w === 'tonight') return { start: s, end: e, value: dayValue(ref, true) };
  if (w === 'yesterday') return { start: s, end: e, value: dayValue(addDays(ref, -1), true) };
  if (w === 'tomorrow') return { start: s, end: e, value: dayValue(addDays(ref, 1), true) };
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
  return { start: prev.start, end: e, value };
}

/** The date "n <unit> ago" points at, at the unit's precision; null when the word is not a time unit. */
export function agoDate(n: number, unitWord: string, ref: Ymd): DateValue | null {
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
