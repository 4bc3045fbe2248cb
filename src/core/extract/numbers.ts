import {
  isDigit,
  isHyphen,
  isLetter,
  letterRunEnd,
  lowerOf,
  nextWord,
  prevWord,
  type Span,
} from '../text/chars';
import { DOZEN, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, VAGUE_PLURALS } from '../text/number-words';
import { LowerWords, lowerIs } from '../text/word-table';

const SUFFIX_SCALES = new LowerWords(SCALE_SUFFIXES);
const SMALL_SPANS = new LowerWords(SMALL_NUMBERS);
const SCALE_SPANS = new LowerWords(SCALES);

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
}

/** A numeral, or where to resume scanning when the run of digits is not a figure (ids, versions, times). */
export type NumeralRead = { numeral: Numeral; skipTo: number } | { numeral: null; skipTo: number };

/** Longest digit run read as a figure; longer runs are ids, hashes or hostile input. */
const MAX_DIGITS = 15;

function reject(skipTo: number): NumeralRead {
  return { numeral: null, skipTo };
}

/** End of the run of digits, commas and points (separators only when a digit follows). Linear. */
function rawRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 44 || c === 46) && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
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
    const c = text.charCodeAt(k);
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

const FEW_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9]],
  ['few', [2, 5]],
  ['many', [2, 9]],
]);

/**
 * Reads number words starting at the word [s, e): "five", "twenty-five", "two hundred and fifty
 * thousand", "a million", "dozens", "hundreds of thousands", "tens of thousands", "several hundred".
 * At most a dozen words are read, so a hostile run of number words stays linear.
 */
export function readNumberWords(text: string, s: number, e: number): NumeralRead {
  const first = text.slice(s, e).toLowerCase();
  const vague = VAGUE_PLURALS.get(first);
  if (vague) return readVague(text, s, e, first, vague);
  let start = s;
  let total = 0;
  let current = 0;
  let lastSmall = -1;
  let end = s;
  let word: Span | null = { start: s, end: e };
  let count = 0;
  while (word && count < 12) {
    const ws = word.start;
    const we = word.end;
    const small = SMALL_SPANS.get(text, ws, we);
    const scale = SCALE_SPANS.get(text, ws, we);
    const isAnd = lowerIs(text, ws, we, 'and');
    if (small !== undefined) {
      // "twenty five" continues; "five six" does not.
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10)) break;
      current += small;
      lastSmall = small;
    } else if (lowerIs(text, ws, we, 'hundred')) {
      current = (current || 1) * 100;
      lastSmall = -1;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      lastSmall = -1;
    } else if (lowerIs(text, ws, we, 'dozen')) {
      current = (current || 1) * DOZEN;
      lastSmall = -1;
    } else if (isAnd && count > 0) {
      const after = nextWord(text, word.end, 3);
      if (!after || !SMALL_SPANS.has(text, after.start, after.end)) break;
    } else break;
    if (!isAnd) end = word.end;
    count++;
    word = nextWord(text, word.end, 3, true);
  }
  if (end === s && !SMALL_NUMBERS.has(first) && !SCALES.has(first) && first !== 'dozen') return reject(e);
  let value = total + current;
  let range: readonly [number, number] | undefined;
  // A scale word with nothing before it: "a million", "several thousand", "a few hundred", "a dozen".
  if (!SMALL_NUMBERS.has(first)) {
    const before = prevWord(text, s, 3);
    const b = before ? lowerOf(text, before) : '';
    const few = FEW_WORDS.get(b);
    const unit = value;
    if (before && (b === 'a' || b === 'an')) {
      start = before.start;
      if (first === 'dozen') range = [10, 14];
    } else if (before && few) {
      start = before.start;
      const bb = b === 'few' ? prevWord(text, before.start, 3) : null;
      if (bb && lowerOf(text, bb) === 'a') start = bb.start;
      range = [few[0] * unit, few[1] * unit];
      value = Math.round((range[0] + range[1]) / 2);
    } else if (first === 'dozen' || SCALES.has(first)) {
      return reject(e);
    }
  }
  return {
    numeral: {
      start,
      end,
      value,
      decimals: 0,
      scale: 1,
      digits: false,
      yearLike: false,
      leadingZero: false,
      ordinal: false,
      ...(range ? { vague: range } : {}),
    },
    skipTo: end,
  };
}

/** "dozens", "hundreds of thousands", "tens of millions", "scores of". */
function readVague(
  text: string,
  s: number,
  e: number,
  word: string,
  range: readonly [number, number],
): NumeralRead {
  let start = s;
  let end = e;
  let [low, high] = range;
  const unit = low / 2;
  const of = nextWord(text, e, 3);
  if (word === 'scores' && (!of || lowerOf(text, of) !== 'of')) return reject(e);
  // "hundreds of thousands": the larger unit follows.
  if (of && lowerOf(text, of) === 'of' && (word === 'hundreds' || word === 'tens')) {
    const big = nextWord(text, of.end, 3);
    const bigRange = big ? VAGUE_PLURALS.get(lowerOf(text, big)) : undefined;
    if (big && bigRange) {
      const bigUnit = bigRange[0] / 2;
      low = 2 * unit * bigUnit;
      high = 10 * unit * bigUnit - 1;
      end = big.end;
    }
  } else {
    // "tens of thousands": the trigger was the larger unit; look back.
    const ofBefore = prevWord(text, s, 3);
    const lead = ofBefore && lowerOf(text, ofBefore) === 'of' ? prevWord(text, ofBefore.start, 3) : null;
    const leadWord = lead ? lowerOf(text, lead) : '';
    if (lead && (leadWord === 'tens' || leadWord === 'hundreds')) {
      const factor = leadWord === 'tens' ? 10 : 100;
      low = 2 * factor * unit;
      high = 10 * factor * unit - 1;
      start = lead.start;
    }
  }
  return {
    numeral: {
      start,
      end,
      value: Math.round((low + high) / 2),
      decimals: 0,
      scale: 1,
      digits: false,
      yearLike: false,
      leadingZero: false,
      ordinal: false,
      vague: [low, high],
    },
    skipTo: end,
  };
}
