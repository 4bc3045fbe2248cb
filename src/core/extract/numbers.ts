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

/**
 * Validates "280,000", "1.2", "1,234.5" in [i, end) without a regex: comma groups of exactly three
 * digits after a first group of one to three, at most one decimal point, after any groups.
 */
function parseRun(raw: string): { value: number; decimals: number; grouped: boolean } | null {
  const point = raw.indexOf('.');
  if (point >= 0 && raw.indexOf('.', point + 1) >= 0) return null;
  const intPart = point >= 0 ? raw.slice(0, point) : raw;
  const frac = point >= 0 ? raw.slice(point + 1) : '';
  if (frac.includes(',')) return null;
  const groups = intPart.split(',');
  const first = groups[0] ?? '';
  if (groups.length > 1) {
    if (first.length < 1 || first.length > 3) return null;
    for (let k = 1; k < groups.length; k++) if ((groups[k] ?? '').length !== 3) return null;
  }
  const digits = groups.join('');
  if (digits.length === 0 || digits.length + frac.length > MAX_DIGITS) return null;
  return {
    value: Number(digits + (frac ? '.' + frac : '')),
    decimals: frac.length,
    grouped: groups.length > 1,
  };
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
  const parsed = parseRun(text.slice(i, end));
  if (!parsed) return reject(end);
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
    const suffix = text.slice(end, wEnd).toLowerCase();
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') ordinal = true;
    else if (SCALE_SUFFIXES.has(suffix)) scale = SCALE_SUFFIXES.get(suffix) ?? 1;
    else if (suffix !== 'km' && suffix !== 'kg') return reject(wEnd);
    if (suffix !== 'km' && suffix !== 'kg') stop = wEnd;
  }
  const raw = text.slice(i, end);
  return {
    numeral: {
      start: i,
      end: stop,
      value: parsed.value * scale,
      decimals: parsed.decimals,
      scale,
      digits: true,
      yearLike: !ordinal && scale === 1 && raw.length === 4 && !parsed.grouped && parsed.decimals === 0,
      leadingZero: raw.length > 1 && raw.charCodeAt(0) === 48 && raw.charCodeAt(1) !== 46,
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
    const w = lowerOf(text, word);
    const small = SMALL_NUMBERS.get(w);
    const scale = SCALES.get(w);
    if (small !== undefined) {
      // "twenty five" continues; "five six" does not.
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10)) break;
      current += small;
      lastSmall = small;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      lastSmall = -1;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      lastSmall = -1;
    } else if (w === 'dozen') {
      current = (current || 1) * DOZEN;
      lastSmall = -1;
    } else if (w === 'and' && count > 0) {
      const after = nextWord(text, word.end, 3);
      if (!after || !SMALL_NUMBERS.has(lowerOf(text, after))) break;
    } else break;
    if (w !== 'and') end = word.end;
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
