/**
 * Windows over a sentence's terms around a claim: the terms just before it and just after it, within reach
 * and within its clause. The subject readers (subject.ts, quote-subject.ts) pick from these.
 */
import { isDigit } from '../text/chars';
import type { TermBuffer } from '../text/terms';
import { breaksPhrase, joinsChange } from './phrase-breaks';
import { isClockTime } from './quantity-context';

/**
 * How far after a claim its subject is looked for, in characters. The caller passes the terms of the whole
 * sentence (computed once per sentence), and these windows pick from them.
 */
export const AFTER_REACH = 160;
/** How far before a claim its subject is looked for, in characters. */
export const BEFORE_REACH = 120;

/** Index of the first term starting at or after `pos`. */
export function firstAtOrAfter(b: TermBuffer, pos: number): number {
  let lo = 0;
  let hi = b.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((b.start[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices found by termsBefore; shared, since subjects are worked out one at a time. */
export const before = new Int32Array(8);

/**
 * Puts in `before` the indices of terms ending before `start` within reach, after the last count
 * there, nearest first (at most `max`, at most 8), and returns how many. A year or a clock time in the same clause
 * is no count: in "bought Whole Foods in 2017 for $13.7 billion" the words before the year say what the sum paid
 * for, and in "disappeared at 9 p.m. on Wednesday" the words before the time say what happened that day.
 * `text` is the buffer's text, to tell a year or a time by; without it every figure ends the reach.
 */
export function termsBefore(b: TermBuffer, start: number, max: number, text = ''): number {
  let n = 0;
  for (let k = firstAtOrAfter(b, start) - 1; k >= 0 && n < max; k--) {
    if ((b.start[k] ?? 0) < start - BEFORE_REACH) break;
    if (b.number[k] === 1) {
      // Only within the figure's clause: "Since the uprising began in March 2011, more than 280,000 …".
      const end = b.end[k] ?? 0;
      if (isYear(text, b.start[k] ?? 0, end) || (text !== '' && isClockTime(text, end))) {
        // The colon of "10:30" belongs to the time; it is no clause mark.
        const after = text.charCodeAt(end) === 58 ? end + 3 : end;
        if (!breaksPhrase(text, after, start, false)) continue;
      }
      // A change's first figure: "revenue rose 12% to $4.2 billion" says what the second is of too.
      if (text !== '' && joinsChange(text, end, start)) continue;
      break;
    }
    if ((b.end[k] ?? 0) <= start) before[n++] = k;
  }
  return n;
}

/** Four digits of a year of 1900–2099, not part of a longer figure ("2,017,000", "2017.5"). */
function isYear(text: string, s: number, e: number): boolean {
  if (e - s !== 4) return false;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  // "19" or "20".
  if (!(c0 === 49 && c1 === 57) && !(c0 === 50 && c1 === 48)) return false;
  return !joinedAt(text, e, e + 1) && !joinedAt(text, s - 1, s - 2);
}

/** A comma or point at `mark` with a digit at `digit`: the figure goes on past its four digits. */
function joinedAt(text: string, mark: number, digit: number): boolean {
  return (text.charCodeAt(mark) === 44 || text.charCodeAt(mark) === 46) && isDigit(text.charCodeAt(digit));
}

/** One past the last index of the terms starting before `end + AFTER_REACH`. */
export function afterLimit(b: TermBuffer, from: number, end: number): number {
  let k = from;
  while (k < b.n && (b.start[k] ?? 0) < end + AFTER_REACH) k++;
  return k;
}
