import {
  isDigit,
  isHyphen,
  isLetter,
  isNewline,
  isSpace,
  lowerOf,
  nextWord,
  prevWord,
  skipSpaces,
} from '../text/chars';
import { SCALES, SMALL_NUMBERS } from '../text/number-words';
import { LowerWords, lowerIs } from '../text/word-table';
import type { QuantityValue } from '../types';
import { readDigits, readNumberWords, type Numeral } from './numbers';
import { boundsFor, isHedge, qualifierBefore } from './qualifiers';

/** A figure found in the text, with its reading. */
export interface QuantityHit {
  start: number;
  end: number;
  value: QuantityValue;
  /** Set when the figure is a time span followed by "ago": the caller turns it into a date. */
  ago?: { end: number; unitWord: string; count: number };
}

/** Units written after a figure → QuantityValue.unit. Plurals and singulars both listed. */
const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['percent', 'percent'],
  ['pc', 'percent'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['km', 'km'],
  ['kilometres', 'km'],
  ['kilometers', 'km'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
  ['mile', 'mile'],
  ['miles', 'mile'],
  ['metres', 'm'],
  ['meters', 'm'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['kg', 'kg'],
  ['kilograms', 'kg'],
  ['tonnes', 'tonne'],
  ['tons', 'tonne'],
  ['dollars', 'usd'],
  ['euros', 'eur'],
]);

/** Words before a figure that make it a label, not a count: "Page 2", "No. 5", "version 3", "Flight 17". */
const LABEL_WORDS = LowerWords.set([
  'page',
  'p',
  'pp',
  'chapter',
  'section',
  'part',
  'step',
  'no',
  'number',
  'vol',
  'volume',
  'issue',
  'episode',
  'season',
  'figure',
  'fig',
  'table',
  'line',
  'item',
  'article',
  'rule',
  'route',
  'flight',
  'room',
  'platform',
  'gate',
  'exit',
  'highway',
  'channel',
  'version',
  'v',
  'ver',
  'release',
  'build',
  'grade',
  'level',
  'tier',
  'slide',
  'paragraph',
  'clause',
  'resolution',
  'ext',
  'tel',
  'phone',
  'fax',
  'box',
  'suite',
  'apt',
  'unit',
  'lot',
  'code',
  'id',
  'ref',
  'isbn',
  'doi',
  'pin',
  'zip',
  'postcode',
]);

/** Words after a figure that make it a clock time. */
const TIME_WORDS = LowerWords.set([
  'am',
  'pm',
  'gmt',
  'utc',
  'bst',
  'cet',
  'est',
  'edt',
  'pst',
  'hrs',
  'oclock',
]);

/** Words after "one" that make it a pronoun or idiom rather than a count. */
const ONE_NOT_COUNT = LowerWords.set([
  'of',
  'another',
  'or',
  'and',
  'way',
  'thing',
  'day',
  'time',
  'side',
  'hand',
  'point',
]);
const ONE_NOT_AFTER = LowerWords.set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
]);

/** UNIT_WORDS by span, each with its own spelling (an "ago" reads the spelling). */
const UNITS_BY_SPAN = new LowerWords([...UNIT_WORDS].map(([w, unit]) => [w, { unit, word: w }] as const));
const SCALES_BY_SPAN = new LowerWords(SCALES);
const SMALL_BY_SPAN = new LowerWords(SMALL_NUMBERS);

/** Result of trying a figure at a hit: the claim (or null) and where scanning resumes. */
export interface QuantityRead {
  hit: QuantityHit | null;
  skipTo: number;
}

function unitAt(text: string, end: number): { unit: string; end: number; word: string } | null {
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

/** Words between "of" and the whole that still make it one figure: "15 of the 18", "two of its five". */
const WHOLE_DETERMINERS = LowerWords.set(['the', 'its', 'their', 'those', 'these', 'his', 'her', 'our']);

/** The whole in "15 of 18" / "15 out of 18" / "15 of the 18". */
function wholeAfter(text: string, end: number, part: number): { of: number; end: number } | null {
  let w = nextWord(text, end, 2);
  if (w && lowerIs(text, w.start, w.end, 'out')) w = nextWord(text, w.end, 2);
  if (!w || !lowerIs(text, w.start, w.end, 'of')) return null;
  let j = skipSpaces(text, w.end, 2);
  if (j === w.end) return null;
  const det = nextWord(text, j, 0);
  const hasDeterminer = det !== null && WHOLE_DETERMINERS.has(text, det.start, det.end);
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
  // "3 of the 2016 victims": a year naming the group, not its size.
  if (hasDeterminer && n.yearLike && n.value >= 1900 && n.value <= 2100) return null;
  // "2 of the 5 million": the whole has a scale the part lacks, so they are not one ratio.
  const sc = nextWord(text, n.end, 2);
  if (sc && SCALES_BY_SPAN.has(text, sc.start, sc.end)) return null;
  return { of: n.value, end: n.end };
}

/** A clock-time marker right after the figure: "10 am", "3 p.m.", "9 GMT". */
function isClockTime(text: string, end: number): boolean {
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

/** A list marker: "1." or "2)" at the start of a paragraph. */
function isListMarker(text: string, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k >= 0 && !isNewline(text.charCodeAt(k))) return false;
  const c = text.charCodeAt(end);
  return (c === 46 || c === 41) && (isSpace(text.charCodeAt(end + 1)) || end + 1 >= text.length);
}

/** No claim at the hit [s, e): scanning resumes at `to`, or past the hit. */
function skip(to: number, e: number): QuantityRead {
  return { hit: null, skipTo: Math.max(to, e) };
}

/**
 * The quantity whose figure starts at the hit [s, e) (digits, or a number word), with qualifier,
 * scale, unit and "of" whole. Returns a null hit for labels, times, years and codes.
 */
export function quantityAt(text: string, s: number, e: number): QuantityRead {
  const digitHit = isDigit(text.charCodeAt(s));
  const read = digitHit ? readDigits(text, s) : readNumberWords(text, s, e);
  const n = read.numeral;
  if (!n) return { hit: null, skipTo: Math.max(read.skipTo, e) };
  if (n.leadingZero) return skip(n.end, e);
  let start = n.start;
  let end = n.end;
  let value = n.value;
  let scale = n.scale;
  // "1.2 million", "3 thousand".
  if (n.digits && !n.ordinal) {
    const w = nextWord(text, end, 2);
    const sc = w ? SCALES_BY_SPAN.get(text, w.start, w.end) : undefined;
    if (w && sc !== undefined && scale === 1) {
      value *= sc;
      scale = sc;
      end = w.end;
    }
  }
  let unit: string | undefined = n.ordinal ? 'ordinal' : undefined;
  const cur = text.charCodeAt(start - 1);
  if (n.digits && (cur === 36 || cur === 0xa3 || cur === 0x20ac)) {
    unit = cur === 36 ? 'usd' : cur === 0xa3 ? 'gbp' : 'eur';
    start--;
    if (cur === 36 && text.slice(start - 2, start) === 'US') start -= 2;
  }
  const prev = prevWord(text, start, 2);
  // An empty span when there is no previous word: no word list holds ''.
  const prevStart = prev ? prev.start : 0;
  const prevEnd = prev ? prev.end : 0;
  const afterBetween = lowerIs(text, prevStart, prevEnd, 'between');
  // "Page 2 of 5": the whole belongs to the label too, so scanning resumes past it.
  if (LABEL_WORDS.has(text, prevStart, prevEnd) || text.charCodeAt(start - 1) === 91)
    return skip(wholeAfter(text, end, value)?.end ?? end, e);
  if (n.digits && !unit && (isClockTime(text, end) || isListMarker(text, start, end))) return skip(end, e);
  let ago: QuantityHit['ago'];
  let of: number | undefined;
  let rangeHigh: number | undefined;
  if (!n.ordinal && unit === undefined) {
    const u = unitAt(text, end);
    if (u) {
      unit = u.unit;
      end = u.end;
      const agoWord = nextWord(text, end, 2);
      if (agoWord && lowerIs(text, agoWord.start, agoWord.end, 'ago'))
        ago = { end: agoWord.end, unitWord: u.word, count: value };
    }
  }
  if (!n.ordinal && !n.vague && unit === undefined) {
    const whole = wholeAfter(text, end, value);
    if (whole) {
      of = whole.of;
      end = whole.end;
    }
  }
  // Ranges: "10-15 people", "10 to 15", "between 10 and 15".
  if (n.digits && !n.ordinal && of === undefined && !ago) {
    const c = text.charCodeAt(n.end);
    let j = -1;
    if ((isHyphen(c) || c === 0x2013) && isDigit(text.charCodeAt(n.end + 1)) && end === n.end) j = n.end + 1;
    const to = nextWord(text, end, 2);
    if (
      to &&
      (lowerIs(text, to.start, to.end, 'to') || (lowerIs(text, to.start, to.end, 'and') && afterBetween))
    ) {
      const k = skipSpaces(text, to.end, 2);
      if (k > to.end && isDigit(text.charCodeAt(k))) j = k;
    }
    if (j > 0) {
      const second = readDigits(text, j).numeral;
      if (second && !second.ordinal && !second.leadingZero && second.value > n.value && !second.yearLike) {
        let high = second.value;
        let secondEnd = second.end;
        const w = nextWord(text, secondEnd, 2);
        const sc = w ? SCALES_BY_SPAN.get(text, w.start, w.end) : undefined;
        if (w && sc !== undefined) {
          high *= sc;
          secondEnd = w.end;
          if (scale === 1) {
            value *= sc;
            scale = sc;
          }
        }
        rangeHigh = high;
        end = secondEnd;
        const u = unit === undefined ? unitAt(text, end) : null;
        if (u) {
          unit = u.unit;
          end = u.end;
        }
        if (afterBetween && prev) start = prev.start;
      }
    }
  }
  // "a week or two", "all three of them": idiom, not a count.
  if (
    !digitHit &&
    !n.vague &&
    (lowerIs(text, prevStart, prevEnd, 'or') ||
      lowerIs(text, prevStart, prevEnd, 'all') ||
      lowerIs(text, prevStart, prevEnd, 'both'))
  )
    return skip(end, e);
  if (!digitHit && n.value === 1 && !n.vague && lowerIs(text, n.start, n.end, 'one')) {
    const after = nextWord(text, n.end, 2);
    // "one of the 18 areas" is a count of a whole; "one of them" is a pronoun.
    const idiom = !after || (ONE_NOT_COUNT.has(text, after.start, after.end) && of === undefined);
    if (!ago && (idiom || ONE_NOT_AFTER.has(text, prevStart, prevEnd))) return skip(end, e);
  }
  const q = rangeHigh === undefined ? qualifierBefore(text, start) : null;
  if (
    n.yearLike &&
    value >= 1900 &&
    value <= 2100 &&
    !unit &&
    !q &&
    of === undefined &&
    rangeHigh === undefined
  ) {
    return skip(end, e);
  }
  if (q) start = q.start;
  const qualifier = q?.qualifier;
  let low: number;
  let high: number;
  let nominal = value;
  let vague = n.vague !== undefined || isHedge(qualifier);
  if (n.vague) {
    [low, high] = n.vague;
    nominal = n.value;
  } else if (rangeHigh !== undefined) {
    low = value;
    high = rangeHigh;
    nominal = (low + high) / 2;
    vague = true;
  } else if (qualifier) {
    [low, high] = boundsFor(value, qualifier, Number.isInteger(value) && unit !== 'percent');
  } else if (scale > 1) {
    // "1.2 million" is rounded to the last written digit: 1.15–1.25 million.
    const half = (0.5 * scale) / 10 ** n.decimals;
    low = value - half;
    high = value + half;
  } else {
    low = value;
    high = value;
  }
  const qv: QuantityValue = { type: 'quantity', low, high, nominal };
  if (qualifier) qv.qualifier = qualifier;
  if (unit) qv.unit = unit;
  if (of !== undefined) qv.of = of;
  if (vague) qv.vague = true;
  if (isLetter(text.charCodeAt(end)) && end > start) return skip(end, e);
  const hit: QuantityHit = { start, end, value: qv };
  if (ago) hit.ago = ago;
  return { hit, skipTo: Math.max(ago ? ago.end : end, e) };
}
