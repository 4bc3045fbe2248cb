/**
 * Readers of written calendar dates: "27 February 2016", "in September", "since 2011", "2016-05-01".
 * Dates read against the reference day ("last Friday", "yesterday", "3 weeks ago") are in
 * dates-relative.ts, slash dates in dates-numeric.ts.
 */
import { digitsValue, isDigit, isLetter, nextWord, prevWord, skipSpaces } from '../text/chars';
import { lowerIs, LowerWords } from '../text/word-table';
import type { DateValue } from '../types';
import { dayValue, daysInMonth, monthValue, pastYearFor, yearValue, type Ymd } from './date-math';
import { FULL_MONTHS_BY_SPAN, MONTHS_BY_SPAN, PERIOD_CONTEXT } from './date-words';
import { unitAt } from './quantity-context';
import { narrowToPart, partBefore } from './period-part';

/** A date found in the text. */
export interface DateHit {
  start: number;
  end: number;
  value: DateValue;
  /** The day a report was made ("officials said Thursday"), not a date it reports: no claim (see whenSaid). */
  said?: boolean;
}

/** Reads 1–`maxDigits` digits at i; null when there are none or more. */
export function readInt(text: string, i: number, maxDigits: number): { value: number; end: number } | null {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j)) && j - i <= maxDigits) j++;
  if (j === i || j - i > maxDigits) return null;
  return { value: digitsValue(text, i, j), end: j };
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

/**
 * The second day of a range of days right after a first day ending at `i`: "19-20 March", "March 19–20", "5 to 7
 * May", "between 3 and 5 June". Read as a count, such a range became a figure of "March" ("19-20" counting what
 * came next) and its month was lost. Null when no day follows, or it is no later than `first`.
 */
function dayRangeEnd(text: string, i: number, first: number): { day: number; end: number } | null {
  let j = skipSpaces(text, i, 1);
  const c = text.charCodeAt(j);
  if (c === 45 || c === 0x2013) j = skipSpaces(text, j + 1, 1);
  else {
    const w = nextWord(text, j, 0);
    if (!w || j === i || !(lowerIs(text, w.start, w.end, 'to') || lowerIs(text, w.start, w.end, 'and')))
      return null;
    j = skipSpaces(text, w.end, 1);
    if (j === w.end) return null;
  }
  const n = readInt(text, j, 2);
  if (!n || isDigit(text.charCodeAt(n.end)) || n.value <= first || n.value > 31) return null;
  const end = ordinalSuffixEnd(text, n.end);
  if (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 58) return null;
  return { day: n.value, end };
}

/** True when the month word at `start` is "may" in lower case: the verb ("10 to 12 may be dead"), never the month. */
function modalMay(text: string, start: number, month: number): boolean {
  return month === 5 && text.charCodeAt(start) === 109;
}

/** The date from day `d` to day `last` of a month (one day when `last` is absent), its year inferred or not. */
function daysValue(d: Ymd, last: number | undefined, yearInferred: boolean): DateValue {
  const value = dayValue(d, yearInferred);
  if (last !== undefined) value.end = dayValue({ ...d, d: last }, yearInferred).start;
  return value;
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

/**
 * A day and year run together after a month name ("Jul 282016", as text pulled out of a page's separate
 * day and year elements reads): five or six digits whose last four are a year of 1900–2099 and whose rest is a
 * day of that month. Read as a count, such a run became a six-figure rival for every death toll.
 */
function gluedDayYear(text: string, j: number, month: number): (Ymd & { end: number }) | null {
  const run = readInt(text, j, 6);
  if (!run || run.end - j < 5 || isLetter(text.charCodeAt(run.end))) return null;
  const y = run.value % 10000;
  const d = Math.floor(run.value / 10000);
  if (y < 1900 || y > 2099 || d < 1 || d > daysInMonth(y, month)) return null;
  return { y, m: month, d, end: run.end };
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
      let dayEnd = ordinalSuffixEnd(text, n.end);
      if (dayEnd === n.end && isLetter(text.charCodeAt(n.end))) return null;
      const range = dayRangeEnd(text, dayEnd, n.value);
      if (range) dayEnd = range.end;
      const year = yearAfter(text, dayEnd);
      const y = year ? year.y : pastYearFor(month, n.value, ref);
      if (n.value < 1 || (range?.day ?? n.value) > daysInMonth(y, month)) return null;
      const value = daysValue({ y, m: month, d: n.value }, range?.day, !year);
      return { start: s, end: year ? year.end : dayEnd, value };
    }
    if (n && n.end - j === 4 && !isDigit(text.charCodeAt(n.end)) && !isLetter(text.charCodeAt(n.end))) {
      if (n.value < 1000 || n.value > 2999) return null;
      return withPart(text, { start: s, end: n.end, value: monthValue(n.value, month, false) });
    }
    const glued = gluedDayYear(text, j, month);
    if (glued) return { start: s, end: glued.end, value: dayValue(glued, false) };
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
  } else return withPart(text, { start, end: e, value: monthValue(y, month, true) });
  return { start, end: e, value: monthValue(y, month, true) };
}

/** `hit`, a whole month or year, narrowed to the part of it named before it ("mid-July", "the end of 2016"). */
function withPart(text: string, hit: DateHit): DateHit {
  const found = partBefore(text, hit.start);
  if (found) {
    narrowToPart(hit.value, found.part);
    hit.start = found.start;
  }
  return hit;
}

/** A day number at [s, e) followed by a month: "27 February", "27th of February 2016", "05 Apr 2017", "5-7 May". */
export function dateAtDayNumber(text: string, s: number, e: number, ref: Ymd): DateHit | null {
  if (e - s > 2) return null;
  const day = digitsValue(text, s, e);
  let j = ordinalSuffixEnd(text, e);
  const range = dayRangeEnd(text, j, day);
  if (range) j = range.end;
  const ofWord = nextWord(text, j, 3);
  if (ofWord && lowerIs(text, ofWord.start, ofWord.end, 'of')) j = ofWord.end;
  const m = nextWord(text, j, 3);
  if (!m || m.start === j) return null;
  const month = MONTHS_BY_SPAN.get(text, m.start, m.end);
  if (month === undefined || modalMay(text, m.start, month)) return null;
  let end = m.end;
  if (!FULL_MONTHS_BY_SPAN.has(text, m.start, m.end) && text.charCodeAt(end) === 46) end++;
  const year = yearAfter(text, end);
  const y = year ? year.y : pastYearFor(month, day, ref);
  if (day < 1 || (range?.day ?? day) > daysInMonth(y, month)) return null;
  return {
    start: s,
    end: year ? year.end : m.end,
    value: daysValue({ y, m: month, d: day }, range?.day, !year),
  };
}

/**
 * A four-digit year at [s, e) read as a date when a period word precedes it ("in 2011", "mid-2015"), or when it
 * qualifies a noun after an article or a possessive ("the 2011 uprising", "a 1963 wedding announcement",
 * "Syria’s 2011 uprising").
 */
export function dateAtYear(text: string, s: number, e: number): DateHit | null {
  if (e - s !== 4) return null;
  const y = digitsValue(text, s, e);
  if (y < 1000 || y > 2999 || isDecade(text, e)) return null;
  const prev = prevWord(text, s, 3, true);
  if (!prev) return null;
  if (!PERIOD_CONTEXT.has(text, prev.start, prev.end) && !qualifiesNoun(text, prev.start, prev.end, s, e, y))
    return null;
  return withPart(text, { start: s, end: e, value: yearValue(y, false) });
}

/** Years a noun-qualifying figure can be: a count of 1900 to 2099 things is rarer than a year. */
const QUALIFYING_YEARS = { from: 1900, to: 2099 };

/**
 * True when the year at [s, e) stands between an article or a possessive ([prevStart, prevEnd)) and a noun in
 * lower case, one space either side: "the 2011 uprising". Not before a plural ("the 2000 people" is a count,
 * with its thousands' comma lost), a figure's unit or a capitalised word.
 */
function qualifiesNoun(
  text: string,
  prevStart: number,
  prevEnd: number,
  s: number,
  e: number,
  y: number,
): boolean {
  if (y < QUALIFYING_YEARS.from || y > QUALIFYING_YEARS.to) return false;
  if (text.charCodeAt(prevEnd) !== 32 || prevEnd + 1 !== s || text.charCodeAt(e) !== 32) return false;
  const possessive =
    prevEnd - prevStart === 1 &&
    (text.charCodeAt(prevStart) | 32) === 115 &&
    isApostrophe(text.charCodeAt(prevStart - 1));
  if (!possessive && !ARTICLES.has(text, prevStart, prevEnd)) return false;
  const next = nextWord(text, e, 1);
  if (!next || !isLowerAscii(text.charCodeAt(next.start)) || next.end - next.start < 3 || unitAt(text, e))
    return false;
  const last = text.charCodeAt(next.end - 1);
  return last !== 115 || text.charCodeAt(next.end - 2) === 115;
}

const ARTICLES = LowerWords.set(['the', 'a', 'an']);

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * True when the four digits ending at `e` name a decade ("the 1980s", "the 1980's"), not a year. With an
 * apostrophe only a round year counts: "2016's budget" is the year's.
 */
function isDecade(text: string, e: number): boolean {
  let k = e;
  const c = text.charCodeAt(k);
  if (c === 39 || c === 0x2019) {
    if (text.charCodeAt(e - 1) !== 48) return false;
    k++;
  }
  return (text.charCodeAt(k) | 32) === 115 && !isLetter(text.charCodeAt(k + 1));
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
