/**
 * "Early March", "mid-2015", "late 2016", "the end of May": the part of a month or year that a word before it
 * names. A reader takes it for about a third of the period, so "mid-July" does not hold 2 July, and "early March"
 * is vaguer than "March 3" but no longer than "March 27".
 */
import { prevWord } from '../text/chars';
import { lowerIs, LowerWords } from '../text/word-table';
import type { DateValue, PeriodPart } from '../types';
import { daysInMonth, iso } from './date-math';

/** Words right before the period: "early March", "mid-2015", "late 2016". */
const PART_WORDS = new LowerWords<PeriodPart>([
  ['early', 'early'],
  ['mid', 'mid'],
  ['late', 'late'],
]);

/** Words before "of" and the period: "the beginning of March", "the end of 2016". */
const PART_OF_WORDS = new LowerWords<PeriodPart>([
  ['beginning', 'early'],
  ['start', 'early'],
  ['middle', 'mid'],
  ['end', 'late'],
]);

/**
 * The part named right before a month or year that starts at `s`, and where its words start; null when none is.
 * Only the word right before counts: "as early as March" says "already in March", not its first days.
 */
export function partBefore(text: string, s: number): { start: number; part: PeriodPart } | null {
  const prev = prevWord(text, s, 3, true);
  if (!prev) return null;
  const part = PART_WORDS.get(text, prev.start, prev.end);
  if (part !== undefined) return { start: prev.start, part };
  if (!lowerIs(text, prev.start, prev.end, 'of')) return null;
  const head = prevWord(text, prev.start, 3);
  const partOf = head ? PART_OF_WORDS.get(text, head.start, head.end) : undefined;
  return head && partOf !== undefined ? { start: head.start, part: partOf } : null;
}

/** First and last month of each third of a year. */
const YEAR_THIRDS: Record<PeriodPart, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** First and last day of each third of a month (0: the month's last day). */
const MONTH_THIRDS: Record<PeriodPart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 0] };

/** `value` (a whole month or year) narrowed to its part, in place. */
export function narrowToPart(value: DateValue, part: PeriodPart): void {
  const y = Number(value.start.slice(0, 4));
  if (value.precision === 'year') {
    const [from, to] = YEAR_THIRDS[part];
    value.start = iso({ y, m: from, d: 1 });
    value.end = iso({ y, m: to, d: daysInMonth(y, to) });
  } else if (value.precision === 'month') {
    const m = Number(value.start.slice(5, 7));
    const [from, to] = MONTH_THIRDS[part];
    value.start = iso({ y, m, d: from });
    value.end = iso({ y, m, d: to === 0 ? daysInMonth(y, m) : to });
  } else return;
  value.part = part;
}
