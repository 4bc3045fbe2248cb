import { digitsValue, isDigit, isLetter } from '../text/chars';
import { dayValue, daysInMonth, type Ymd } from './date-math';
import type { DateHit } from './dates';

/** Reads 1–`max` digits at i; null when there are none or more than `max`. */
function digitsAt(text: string, i: number, max: number): { value: number; end: number } | null {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  if (j === i || j - i > max) return null;
  return { value: digitsValue(text, i, j), end: j };
}

/**
 * The four-digit year of a two-digit one: the reference's century, or the one before when that
 * would be a later year than the reference's. A report dated 2016 writing "5/4/98" means 1998 and
 * "5/4/16" means 2016; a year in the future is the unlikelier reading for news.
 */
export function yearOfTwoDigits(yy: number, ref: Ymd): number {
  const y = ref.y - (ref.y % 100) + yy;
  return y > ref.y ? y - 100 : y;
}

/**
 * A slash date with a year at s: "5/4/2016", "05/04/16", US order (month first) as written in
 * English news; "31/12/2016" is read day-first because no month is 31. The year is required:
 * without it "1/2", "3/4" and a "3/1" score look exactly like a month and day and are far more
 * often fractions and results than dates.
 */
export function dateAtSlash(text: string, s: number, ref: Ymd): DateHit | null {
  const before = text.charCodeAt(s - 1);
  if (isDigit(before) || before === 47 || isLetter(before)) return null;
  const a = digitsAt(text, s, 2);
  if (!a || text.charCodeAt(a.end) !== 47) return null;
  const b = digitsAt(text, a.end + 1, 2);
  if (!b || text.charCodeAt(b.end) !== 47) return null;
  const yr = digitsAt(text, b.end + 1, 4);
  if (!yr || (yr.end - b.end - 1 !== 2 && yr.end - b.end - 1 !== 4)) return null;
  const after = text.charCodeAt(yr.end);
  if (isLetter(after) || (after === 47 && isDigit(text.charCodeAt(yr.end + 1)))) return null;
  // A decimal point after the year ("1/2/2016.5") is a number, a full stop ends a sentence.
  if (after === 46 && isDigit(text.charCodeAt(yr.end + 1))) return null;
  let m = a.value;
  let d = b.value;
  if (m > 12 && d <= 12) [m, d] = [d, m];
  if (m < 1 || m > 12 || d < 1) return null;
  const twoDigit = yr.end - b.end - 1 === 2;
  const y = twoDigit ? yearOfTwoDigits(yr.value, ref) : yr.value;
  if (y < 1000 || d > daysInMonth(y, m)) return null;
  return { start: s, end: yr.end, value: dayValue({ y, m, d }, false) };
}
