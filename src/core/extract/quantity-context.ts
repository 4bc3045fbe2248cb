/**
 * Readers of the words around a figure: its unit, its "of" whole, and the markers that make it a clock time, a
 * list number, a page's counter or a model's number. Separate from quantities.ts so quantityAt reads as the
 * decision it makes, with each look to the left or right of the figure named here.
 */
import {
  isDigit,
  isLetter,
  isNewline,
  isSpace,
  isUpper,
  letterRunEnd,
  lowerOf,
  nextWord,
  prevWord,
  skipSpaces,
} from '../text/chars';
import { lowerIs } from '../text/word-table';
import { readDigits, type Numeral } from './numbers';
import { readNumberWords } from './spelled-numbers';
import {
  SCALES_BY_SPAN,
  SMALL_BY_SPAN,
  TIME_WORDS,
  UNITS_BY_SPAN,
  WHOLE_DETERMINERS,
} from './quantity-words';

/** The unit written right after a figure ending at `end`: "%", "per cent", "percentage points", "km"; null when none. */
export function unitAt(text: string, end: number): { unit: string; end: number; word: string } | null {
  if (text.charCodeAt(end) === 37) return { unit: 'percent', end: end + 1, word: '%' };
  const w = nextWord(text, end, 2, true);
  if (!w) return null;
  if (lowerIs(text, w.start, w.end, 'per')) {
    const cent = nextWord(text, w.end, 2);
    if (cent && lowerIs(text, cent.start, cent.end, 'cent'))
      return { unit: 'percent', end: cent.end, word: 'percent' };
    return null;
  }
  if (lowerIs(text, w.start, w.end, 'percentage')) {
    const pts = nextWord(text, w.end, 2);
    if (pts && lowerOf(text, pts).startsWith('point'))
      return { unit: 'percentage-point', end: pts.end, word: 'percentage' };
    return null;
  }
  const unit = UNITS_BY_SPAN.get(text, w.start, w.end);
  return unit ? { unit: unit.unit, end: w.end, word: unit.word } : null;
}

/** The largest whole of "one in …": "1 in 1,000" is a share, "7 in 2015" a year. */
const MAX_IN_WHOLE = 1000;

/** The whole in "15 of 18" / "15 out of 18" / "15 of the 18" / "one in five" / "1 in every 10". */
export function wholeAfter(text: string, end: number, part: number): { of: number; end: number } | null {
  let w = nextWord(text, end, 2);
  if (w && lowerIs(text, w.start, w.end, 'out')) w = nextWord(text, w.end, 2);
  const viaIn = w !== null && lowerIs(text, w.start, w.end, 'in');
  if (!w || !(viaIn || lowerIs(text, w.start, w.end, 'of'))) return null;
  let j = skipSpaces(text, w.end, 2);
  if (j === w.end) return null;
  const det = nextWord(text, j, 0);
  const hasDeterminer =
    det !== null &&
    (viaIn ? lowerIs(text, det.start, det.end, 'every') : WHOLE_DETERMINERS.has(text, det.start, det.end));
  if (det && hasDeterminer) {
    j = skipSpaces(text, det.end, 2);
    if (j === det.end) return null;
  }
  let n: Numeral | null = null;
  if (isDigit(text.charCodeAt(j))) n = readDigits(text, j).numeral;
  else {
    const word = nextWord(text, j, 0);
    if (word && SMALL_BY_SPAN.has(text, word.start, word.end))
      n = readNumberWords(text, word.start, word.end).numeral;
  }
  if (!n || n.vague || n.value < part || n.ordinal) return null;
  // "one in five adults" is a share; "12 in 2015", "3 in 10 minutes" and "5 in 5" are not.
  if (viaIn && (n.value <= part || n.value > MAX_IN_WHOLE || unitAt(text, n.end) !== null)) return null;
  // "3 of the 2016 victims": a year naming the group, not its size.
  if (hasDeterminer && n.yearLike && n.value >= 1900 && n.value <= 2100) return null;
  // "2 of the 5 million": the whole has a scale the part lacks, so they are not one ratio.
  const sc = nextWord(text, n.end, 2);
  if (sc && SCALES_BY_SPAN.has(text, sc.start, sc.end)) return null;
  return { of: n.value, end: n.end };
}

/** The oldest age read: "Mugabe, 93," is an age; "Homs, 400," is not. */
const MAX_AGE = 120;

/**
 * Where an age written with the figure [start, end) ends: "40-year-old", "40 years old" (`yearEnd`: the end of
 * its unit "year", or -1), "aged 40", and a name's apposition "Robert Mugabe, 93,". -1 when it is no age. An age
 * is read in years, so that "93-year-old Mugabe" and "Mugabe, 93," are one fact.
 */
export function ageEnd(text: string, start: number, end: number, value: number, yearEnd: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_AGE) return -1;
  if (yearEnd >= 0) {
    const old = nextWord(text, yearEnd, 1, true);
    return old && lowerIs(text, old.start, old.end, 'old') ? old.end : -1;
  }
  const before = prevWord(text, start, 2);
  if (before && lowerIs(text, before.start, before.end, 'aged')) return end;
  // "Mugabe, 93,": a comma on both sides, a capitalised word before.
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(start - 2) !== 44 || text.charCodeAt(start - 1) !== 32)
    return -1;
  const name = prevWord(text, start - 2, 0);
  return name && isUpper(text.charCodeAt(name.start)) ? end : -1;
}

/** A clock-time marker right after the figure: "10 am", "3 p.m.", "9 GMT", or minutes: "10:30". */
export function isClockTime(text: string, end: number): boolean {
  if (
    text.charCodeAt(end) === 58 &&
    isDigit(text.charCodeAt(end + 1)) &&
    isDigit(text.charCodeAt(end + 2)) &&
    !isDigit(text.charCodeAt(end + 3))
  )
    return true;
  const j = skipSpaces(text, end, 2);
  const a = text.charCodeAt(j) | 32;
  if ((a === 97 || a === 112) && text.charCodeAt(j + 1) === 46 && (text.charCodeAt(j + 2) | 32) === 109)
    return true;
  const w = nextWord(text, end, 2);
  if (!w) return false;
  if (
    lowerIs(text, w.start, w.end, 'o') &&
    (text.charCodeAt(w.end) === 39 || text.charCodeAt(w.end) === 0x2019)
  )
    return true;
  return (
    TIME_WORDS.has(text, w.start, w.end) &&
    !(lowerIs(text, w.start, w.end, 'est') && text.charCodeAt(w.end) === 46)
  );
}

/**
 * Four digits that can be a 24-hour time written without a colon, followed by the date: "1601 10.10.2017" in
 * "(updated 1601 10.10.2017)". A figure with no date after it may be a count ("posted 1200 videos").
 */
export function isStampTime(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || text.charCodeAt(end) !== 32 || !isDigit(text.charCodeAt(end + 1))) return false;
  return isHourMinutes(text, start);
}

/** True when the four characters at `start` read as a 24-hour time without its colon ("2354"). */
function isHourMinutes(text: string, start: number): boolean {
  for (let i = start; i < start + 4; i++) if (!isDigit(text.charCodeAt(i))) return false;
  const hours = Number(text.slice(start, start + 2));
  const minutes = Number(text.slice(start + 2, start + 4));
  return hours < 24 && minutes < 60;
}

/** A day's date in figures right after a figure and a space: "18.05.2017", "9/4/2017" (sticky). */
const NUMERIC_DATE_AFTER = / \d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?!\d)/y;

/** A full written date and "at" right before a figure: "Sat 24 Aug 2013 at ", "August 24, 2013 at ". */
const DATE_AT_BEFORE =
  /(?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},?) (?:19|20)\d\d,? at $/u;
/** The longest text DATE_AT_BEFORE reads. */
const DATE_AT_CHARS = 26;

/**
 * True when four digits [start, end) are a time stamp's 24-hour time without its colon (see isStampTime) by what
 * stands around them, whatever the word before: a day's date in figures after it ("Middle East 2159
 * 18.05.2017"), or a full written date and "at" before it ("Sat 24 Aug 2013 at 2354 Regional NNA"). A count
 * stands neither before a date in figures nor right after a day's date and "at" ("in 2016 at 1200 sites" is one).
 */
export function isDatedStampTime(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || !isHourMinutes(text, start)) return false;
  NUMERIC_DATE_AFTER.lastIndex = end;
  return (
    NUMERIC_DATE_AFTER.test(text) ||
    DATE_AT_BEFORE.test(text.slice(Math.max(0, start - DATE_AT_CHARS), start))
  );
}

/**
 * True when a bracketed figure comes right before the figure [start, end) and a capital right after it: a topic
 * box's article count and the page's view counter ("Topic US Missile Attack on Syrian Air Base (200) 2510 The US
 * missile strike …"). A figure that a lower-case word follows counts it ("(1) 15 people were killed").
 */
export function afterBracketedCount(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || !(next >= 65 && next <= 90)) return false;
  let j = start - 1;
  if (text.charCodeAt(j) !== 32 || text.charCodeAt(j - 1) !== 41) return false;
  j -= 2;
  const last = j;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  return j < last && text.charCodeAt(j) === 40;
}

/**
 * True when the figure [start, end), up to three plain digits, follows a word with a capital inside it, one space
 * before: a product's or a group's number ("PlayStation 4", "iPhone 7", "iOS 17", "the DeirEzzor 24 monitoring
 * group"), not a count. Prose writes no such word before a count; a word run into the next by a lost full stop
 * ("Aleppo 15 people") has its capital first. In the 130 saved pages it also takes two days of dates run into a
 * source's name ("Associated PressDecember 2, 2016"), read as counts before, not as dates.
 */
export function isModelNumber(
  text: string,
  start: number,
  end: number,
  prevStart: number,
  prevEnd: number,
): boolean {
  if (end - start > 3 || prevEnd !== start - 1 || text.charCodeAt(prevEnd) !== 32) return false;
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  for (let i = prevStart + 1; i < prevEnd; i++) {
    const c = text.charCodeAt(i - 1);
    if (c >= 97 && c <= 122 && isUpper(text.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * The end of the bare figure one space after a label's figure (digits only), else `end`: a share widget prints a
 * pair of counters ("Get short URL 0 13 The coalition …"), and a third figure is the article's ("Get short URL 0
 * 85 12 Daesh terrorists were killed"). A figure that a lower-case word follows counts it ("Page 2 14 people
 * were killed").
 */
export function counterAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32 || !isDigit(text.charCodeAt(end + 1))) return end;
  let j = end + 1;
  while (isDigit(text.charCodeAt(j))) j++;
  const next = text.charCodeAt(j + 1);
  if (isLetter(text.charCodeAt(j)) || (text.charCodeAt(j) === 32 && next >= 97 && next <= 122)) return end;
  return j;
}

/**
 * "Related" or "Topic" with its capital right after a figure: a heading of a news site's related articles or
 * topic box ("… 510 Topic US Missile Attack on Syrian Air Base"), not what the figure (a view counter) counts.
 */
export function isRelatedList(text: string, end: number): boolean {
  const w = nextWord(text, end, 1);
  if (w === null) return false;
  const length = w.end - w.start;
  return (
    (length === 7 && text.startsWith('Related', w.start)) ||
    (length === 5 && text.startsWith('Topic', w.start))
  );
}

/** A list marker: "1." or "2)" at the start of a paragraph. */
export function isListMarker(text: string, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k >= 0 && !isNewline(text.charCodeAt(k))) return false;
  const c = text.charCodeAt(end);
  return (c === 46 || c === 41) && (isSpace(text.charCodeAt(end + 1)) || end + 1 >= text.length);
}

/**
 * A numbered heading: one capitalised word and a number at the start of a paragraph, then a colon ("Post 15:",
 * "Update 12:", "Day 4:"), as live blogs and timelines number their entries. `wordStart` is the word's start.
 */
export function isEntryNumber(text: string, wordStart: number, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 58 || !isUpper(text.charCodeAt(wordStart))) return false;
  let k = wordStart - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k >= 0 && !isNewline(text.charCodeAt(k))) return false;
  // Only the word and one space before the figure.
  return text.charCodeAt(start - 1) === 32 && letterRunEnd(text, wordStart) === start - 1;
}

/**
 * True when the figure [start, end) stands in brackets right after a measure that ended at `measureEnd`: "190
 * kilometers (118 miles)", "98-kilometer (60-mile)". It restates that measure in another unit, so it is not a
 * claim of its own; read as one, its subject came from the measure's unit word ("kilometers"), which made every
 * such restatement look like every other.
 */
export function restatesMeasure(text: string, measureEnd: number, start: number, end: number): boolean {
  if (measureEnd < 0 || measureEnd > start) return false;
  const open = skipSpaces(text, measureEnd, 2);
  if (text.charCodeAt(open) !== 40 || skipSpaces(text, open + 1, 2) !== start) return false;
  return text.charCodeAt(skipSpaces(text, end, 2)) === 41;
}

/**
 * What a duration counts when it is the time since something last happened: "the first attempt … in two years",
 * "the deadliest attack in three years", "for the first time in a decade". Not a word `terms()` gives, so it is
 * never what another figure counts; two such durations still meet.
 */
export const SINCE_LAST = 'since';

/** A superlative or "first" before "in" and a duration: the duration is the time since the last one. */
const SINCE_LAST_BEFORE =
  /\b(?:first|deadliest|bloodiest|worst|heaviest|fiercest|biggest|largest|highest|lowest|strongest|weakest|longest)\b[^.;:,!?\n]{0,80}\bin(?: the (?:past|last))?\s+$/i;

/** True when the duration starting at `start` follows "in" after a superlative or "first" in its clause. */
export function isTimeSinceLast(text: string, sentenceStart: number, start: number): boolean {
  return SINCE_LAST_BEFORE.test(text.slice(Math.max(sentenceStart, start - 120), start));
}
