/**
 * The figure model shared by the number readers, and the reader of figures written in digits
 * ("280,000", "1.2m", "52nd"). Figures written as words are read in spelled-numbers.ts.
 */
import { isDigit, isHyphen, isLetter, letterRunEnd } from '../text/chars';
import { SCALE_SUFFIXES } from '../text/number-words';
import { LowerWords, lowerIs } from '../text/word-table';

const SUFFIX_SCALES = new LowerWords(SCALE_SUFFIXES);

/** A figure read from the text, before qualifiers and units. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Digits after the decimal point as written (1.2 → 1); drives the rounding interval. */
  decimals: number;
  /** A multiplier was applied ("1.2 million", "$5bn"); the figure is rounded to that scale. */
  scale: number;
  /** Written as digits (not words). */
  digits: boolean;
  /** Digits only, no separators, four of them: could be a year. */
  yearLike: boolean;
  /** Leading zero ("05"): a day or a code, never a count. */
  leadingZero: boolean;
  /** "52nd". */
  ordinal: boolean;
  /** Range for vague words ("dozens" → 24..99). */
  vague?: readonly [number, number];
  /** See QuantityValue.reach. */
  reach?: number;
}

/** A numeral, or where to resume scanning when the run of digits is not a figure (ids, versions, times). */
export type NumeralRead = { numeral: Numeral; skipTo: number } | { numeral: null; skipTo: number };

/** Longest digit run read as a figure; longer runs are ids, hashes or hostile input. */
const MAX_DIGITS = 15;

/** No figure here: scanning resumes at `skipTo`. */
export function reject(skipTo: number): NumeralRead {
  return { numeral: null, skipTo };
}

/**
 * A no-break or thin space between digit groups ("280 000", "1 200 000"), as French and SI typography write
 * thousands. A plain space is not one: "in 2015 300 people" is a year and a count.
 */
function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** True when exactly three digits follow position `j` and no fourth: a thousands group after a space. */
function groupOfThreeAt(text: string, j: number): boolean {
  return (
    isDigit(text.charCodeAt(j)) &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    !isDigit(text.charCodeAt(j + 3))
  );
}

/**
 * End of the run of digits, commas, points and group spaces (separators only when a digit follows). A group
 * space joins only groups of one to three digits, so "2016 300" stays a year and a count. Linear.
 */
function rawRunEnd(text: string, i: number): number {
  let j = i;
  let group = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      j++;
      group++;
    } else if ((c === 44 || c === 46) && isDigit(text.charCodeAt(j + 1))) {
      j++;
      group = 0;
    } else if (isGroupSpace(c) && group <= 3 && groupOfThreeAt(text, j + 1)) {
      j++;
      group = 0;
    } else break;
  }
  return j;
}

/** Exact powers of ten for the decimals a figure may have (at most MAX_DIGITS). */
const POW10: readonly number[] = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => Number(`1e${k}`));

/** The reading of the last run parseRun accepted; extraction never re-enters itself. */
let runValue = 0;
let runDecimals = 0;
let runGrouped = false;

/**
 * Validates "280,000", "1.2", "1,234.5" in `text[i, end)` (a run of rawRunEnd) in one char loop:
 * comma groups of exactly three digits after a first group of one to three, at most one decimal
 * point, after any groups, at most MAX_DIGITS digits. On success the reading is left in run*.
 *
 * The value is the integer of all the digits divided by a power of ten: both are exact (under
 * 2^53 and 1e22), so the one division rounds correctly, as Number() of the written figure does.
 */
function parseRun(text: string, i: number, end: number): boolean {
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let groups = 1;
  let groupLength = 0;
  let point = false;
  for (let k = i; k < end; k++) {
    let c = text.charCodeAt(k);
    if (isGroupSpace(c)) c = 44;
    if (c === 46 || c === 44) {
      if (point) return false;
      // Closes an integer group: the first may be one to three digits, the others exactly three.
      if (groups === 1 ? groupLength > 3 && c === 44 : groupLength !== 3) return false;
      if (c === 46) point = true;
      else groups++;
      groupLength = 0;
      continue;
    }
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    if (point) decimals++;
    else groupLength++;
  }
  if (!point && groups > 1 && groupLength !== 3) return false;
  if (digits === 0 || digits > MAX_DIGITS) return false;
  runValue = decimals === 0 ? mantissa : mantissa / (POW10[decimals] ?? 1);
  runDecimals = decimals;
  runGrouped = groups > 1;
  return true;
}

/**
 * Reads the figure whose first digit is at `i`. Rejects what a reader does not check as a count:
 * codes glued to letters ("v2", "A320", "4G", "COVID-19"), versions ("2.1.3"), times ("10:30",
 * "3pm"), phone numbers ("555-123-4567"), decimal commas and over-long runs.
 */
export function readDigits(text: string, i: number): NumeralRead {
  const end = rawRunEnd(text, i);
  const prev = text.charCodeAt(i - 1);
  if (isLetter(prev) || prev === 35 || prev === 43 || prev === 47 || prev === 58 || prev === 95)
    return reject(end);
  if (isHyphen(prev) && isLetter(text.charCodeAt(i - 2))) return reject(end);
  if ((prev === 46 || prev === 44) && isDigit(text.charCodeAt(i - 2))) return reject(end);
  if (!parseRun(text, i, end)) return reject(end);
  const value = runValue;
  const decimals = runDecimals;
  const grouped = runGrouped;
  const next = text.charCodeAt(end);
  // Times and numeric dates.
  if ((next === 58 || next === 47) && isDigit(text.charCodeAt(end + 1)))
    return reject(rawRunEnd(text, end + 1));
  // Phone numbers and codes: 555-1234, 202-555-0100.
  if (isHyphen(next) && isDigit(text.charCodeAt(end + 1))) {
    const second = rawRunEnd(text, end + 1);
    const third = isHyphen(text.charCodeAt(second)) && isDigit(text.charCodeAt(second + 1));
    if (third || (end - i >= 3 && second - end - 1 >= 4) || text.charCodeAt(end + 1) === 48)
      return reject(second);
  }
  let stop = end;
  let ordinal = false;
  let scale = 1;
  if (isLetter(next)) {
    const wEnd = letterRunEnd(text, end);
    const unit = lowerIs(text, end, wEnd, 'km') || lowerIs(text, end, wEnd, 'kg');
    if (
      lowerIs(text, end, wEnd, 'st') ||
      lowerIs(text, end, wEnd, 'nd') ||
      lowerIs(text, end, wEnd, 'rd') ||
      lowerIs(text, end, wEnd, 'th')
    )
      ordinal = true;
    else if (SUFFIX_SCALES.has(text, end, wEnd)) scale = SUFFIX_SCALES.get(text, end, wEnd) ?? 1;
    else if (!unit) return reject(wEnd);
    if (!unit) stop = wEnd;
  }
  const length = end - i;
  return {
    numeral: {
      start: i,
      end: stop,
      value: value * scale,
      decimals,
      scale,
      digits: true,
      yearLike: !ordinal && scale === 1 && length === 4 && !grouped && decimals === 0,
      leadingZero: length > 1 && text.charCodeAt(i) === 48 && text.charCodeAt(i + 1) !== 46,
      ordinal,
    },
    skipTo: stop,
  };
}
