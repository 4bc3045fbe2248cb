/**
 * Reads a quantity claim at a figure: the decision of whether a figure is a count, and its interval.
 * The word tables it consults are in quantity-words.ts, the looks at neighbouring words in
 * quantity-context.ts.
 */
import { isDigit, isHyphen, isLetter, letterRunStart, nextWord, prevWord, skipSpaces } from '../text/chars';
import { lowerIs } from '../text/word-table';
import type { QuantityValue } from '../types';
import { readDigits } from './numbers';
import { isHedge } from './hedge';
import { boundsFor, qualifierBefore } from './qualifiers';
import {
  afterBracketedCount,
  ageEnd,
  counterAfter,
  isClockTime,
  isDatedStampTime,
  isEntryNumber,
  isListMarker,
  isRelatedList,
  isStampTime,
  unitAt,
  wholeAfter,
} from './quantity-context';
import {
  DURATION_UNITS,
  FIELD_LABEL_WORDS,
  LABEL_WORDS,
  SHORT_LABEL_WORDS,
  ONE_NOT_AFTER,
  ONE_NOT_COUNT,
  OFFSET_WORDS,
  SCALES_BY_SPAN,
  STAMP_WORDS,
} from './quantity-words';
import { readNumberWords } from './spelled-numbers';
import { isNumberInName } from './in-name';
import { isNamedFigure } from './name-number';
import { isGenericOne, isOrdinalPeriod } from './non-counts';
import { figureInQuotedTitle } from './quoted-title';
import { significantDigits } from '../text/significant-digits';

/** A figure found in the text, with its reading. */
export interface QuantityHit {
  start: number;
  end: number;
  value: QuantityValue;
  /** Set when the figure is a time span followed by "ago": the caller turns it into a date. */
  ago?: { end: number; unitWord: string; count: number };
}

/** Result of trying a figure at a hit: the claim (or null) and where scanning resumes. */
export interface QuantityRead {
  hit: QuantityHit | null;
  skipTo: number;
}

/**
 * Where the second figure of a range starts when it is at `k`: `k` for a digit, past the currency sign `sign`
 * (-1 for none) when the figure repeats it ("$24 to $28"), else -1.
 */
function rangeFigureAt(text: string, k: number, sign: number): number {
  if (isDigit(text.charCodeAt(k))) return k;
  return sign > 0 && text.charCodeAt(k) === sign && isDigit(text.charCodeAt(k + 1)) ? k + 1 : -1;
}

/**
 * True when what comes right before a figure makes it a label: a label word ("Page 2", "Bug 1637059"), one cut
 * short or marked ("No. 5", "item# 22222", "ID: 285217"), a reference's bracket ("[12]") or a number sign ("#3").
 * A full stop counts only after a short form: "… this season. 3 players" ends a sentence.
 */
function isLabelBefore(text: string, start: number, prevStart: number, prevEnd: number): boolean {
  if (LABEL_WORDS.has(text, prevStart, prevEnd)) return true;
  let j = start;
  while (j > start - 2 && text.charCodeAt(j - 1) === 32) j--;
  const mark = text.charCodeAt(j - 1);
  if (mark === 91 || (mark === 35 && j === start)) return true;
  if (mark !== 46 && mark !== 35 && mark !== 58) return false;
  const wordStart = letterRunStart(text, j - 1);
  const words = mark === 46 ? SHORT_LABEL_WORDS : mark === 58 ? FIELD_LABEL_WORDS : LABEL_WORDS;
  return wordStart < j - 1 && words.has(text, wordStart, j - 1);
}

/** True when the word right after `end` is "ago". */
function isAgo(text: string, end: number): boolean {
  const w = nextWord(text, end, 2);
  return w !== null && lowerIs(text, w.start, w.end, 'ago');
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
  if (n.leadingZero || (!digitHit && isNumberInName(text, s, e))) return skip(n.end, e);
  // "52m ago", "3k ago": a feed's time stamp in minutes or the like, not 52 million of anything.
  if (n.digits && n.scale > 1 && isLetter(text.charCodeAt(n.end - 1)) && isAgo(text, n.end))
    return skip(n.end, e);
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
  // "Native 4K", "4K/HDR", "a 5K run": a screen's resolution or a race's length. Thousands in shorthand take two
  // digits or more ("20K followers") or a currency ("$4K"); a count of four thousand is written "4,000".
  if (n.digits && n.scale === 1000 && n.end - n.start === 2 && unit === undefined) return skip(n.end, e);
  const prev = prevWord(text, start, 2);
  // An empty span when there is no previous word: no word list holds ''.
  const prevStart = prev ? prev.start : 0;
  const prevEnd = prev ? prev.end : 0;
  const afterBetween = lowerIs(text, prevStart, prevEnd, 'between');
  // "Page 2 of 5": the whole belongs to the label too, so scanning resumes past it. So does a bare figure
  // after it: a page's share counters ("Get short URL 0 13 The coalition's airstrikes …").
  if (isLabelBefore(text, start, prevStart, prevEnd))
    return skip(wholeAfter(text, end, value)?.end ?? counterAfter(text, end), e);
  // "… 91 Related US Mistakes …": a page's counter before its related-articles list or topic box.
  if (n.digits && isRelatedList(text, end)) return skip(end, e);
  if (n.digits && !unit && (isClockTime(text, end) || isListMarker(text, start, end))) return skip(end, e);
  if (n.digits && prev && isEntryNumber(text, prevStart, start, end)) return skip(end, e);
  if (n.digits && isStampTime(text, start, end) && STAMP_WORDS.has(text, prevStart, prevEnd))
    return skip(end, e);
  if (n.digits && !unit && (isDatedStampTime(text, start, end) || afterBracketedCount(text, start, end)))
    return skip(end, e);
  if (n.digits && !unit && isNamedFigure(text, start, end, prevStart, prevEnd)) return skip(end, e);
  if (figureInQuotedTitle(text, n.start, n.end)) return skip(end, e);
  if (n.ordinal && isOrdinalPeriod(text, end)) return skip(end, e);
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
      else if (agoWord && DURATION_UNITS.has(u.unit) && OFFSET_WORDS.has(text, agoWord.start, agoWord.end))
        return skip(agoWord.end, e);
    }
  }
  if (!n.ordinal && !n.vague && !ago && (unit === undefined || unit === 'year')) {
    const age = ageEnd(text, start, end, value, unit === 'year' ? end : -1);
    // In years, like "93-year-old": an age is a span of years, as a war's "six-year-old" is.
    if (age >= 0) {
      unit = 'year';
      end = age;
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
    // The second figure of a range in money repeats the currency sign: "$24 to $28", "£5-£6".
    const sign = cur === 36 || cur === 0xa3 || cur === 0x20ac ? cur : -1;
    let j = -1;
    if ((isHyphen(c) || c === 0x2013) && end === n.end) j = rangeFigureAt(text, n.end + 1, sign);
    // "drew 2-2", "won 3-1", "5,000-1 outsiders": two figures joined with no rise between them are a score,
    // a vote or odds, not a range, and neither is a count of its own.
    if (j > 0 && unit === undefined) {
      const other = readDigits(text, j).numeral;
      if (other && !other.ordinal && !other.yearLike && other.value <= n.value) return skip(other.end, e);
    }
    const to = nextWord(text, end, 2);
    if (
      to &&
      (lowerIs(text, to.start, to.end, 'to') || (lowerIs(text, to.start, to.end, 'and') && afterBetween))
    ) {
      const k = skipSpaces(text, to.end, 2);
      if (k > to.end) j = rangeFigureAt(text, k, sign);
    }
    if (j > 0) {
      const second = readDigits(text, j).numeral;
      // "Grew by 1.4 million to 44.9 million" gives a change, then the level it reached; "by 10 to 15%" a range.
      const afterBy = lowerIs(text, prevStart, prevEnd, 'by');
      if (second && !second.ordinal && !second.leadingZero && second.value > n.value && !second.yearLike) {
        let high = second.value;
        let secondEnd = second.end;
        const w = nextWord(text, secondEnd, 2);
        const sc = w ? SCALES_BY_SPAN.get(text, w.start, w.end) : undefined;
        if (w && sc !== undefined) {
          high *= sc;
          secondEnd = w.end;
        }
        const shared = sc !== undefined && scale === 1 ? sc : 1;
        if (!afterBy || high <= 3 * value * shared) {
          value *= shared;
          scale *= shared;
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
    const idiom =
      !after ||
      (ONE_NOT_COUNT.has(text, after.start, after.end) && of === undefined) ||
      isGenericOne(text, n.end);
    if (!ago && (idiom || ONE_NOT_AFTER.has(text, prevStart, prevEnd))) return skip(end, e);
  }
  // "nearly two decades" is "nearly 20 years" in other words: read in years, so that the two compare.
  const per = unit === 'decade' ? 10 : 1;
  if (per !== 1) {
    value *= per;
    if (rangeHigh !== undefined) rangeHigh *= per;
    unit = 'year';
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
  // A hedge on a figure written to four significant digits or more ("some 282,451") says the count is not final,
  // not that the figure is a round guess: it stays precise, within a hundredth (see boundsFor).
  const exact = n.vague === undefined && significantDigits(value) >= 4;
  let vague = n.vague !== undefined || (isHedge(qualifier) && !exact);
  if (n.vague) {
    [low, high] = [n.vague[0] * per, n.vague[1] * per];
    nominal = n.value * per;
  } else if (rangeHigh !== undefined) {
    low = value;
    high = rangeHigh;
    nominal = (low + high) / 2;
    vague = true;
  } else if (qualifier) {
    [low, high] = boundsFor(value, qualifier, Number.isInteger(value) && unit !== 'percent', exact);
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
  if (n.reach !== undefined) qv.reach = n.reach;
  if (isLetter(text.charCodeAt(end)) && end > start) return skip(end, e);
  const hit: QuantityHit = { start, end, value: qv };
  if (ago) hit.ago = ago;
  return { hit, skipTo: Math.max(ago ? ago.end : end, e) };
}
