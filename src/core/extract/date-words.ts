/**
 * The names the date readers look for: months, weekdays, and the words before a bare month or year
 * that make it a date. Shared with the speaker finder (a month is not a speaker), so kept apart
 * from the readers.
 */
import { LowerWords } from '../text/word-table';

/** Month names and their usual abbreviations → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Month names written in full: an abbreviation ("Mar") may take a point, a full name may not. */
const FULL_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Weekday names → 0 (Monday) … 6 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0],
  ['tuesday', 1],
  ['wednesday', 2],
  ['thursday', 3],
  ['friday', 4],
  ['saturday', 5],
  ['sunday', 6],
]);

/** MONTHS by span → 1–12. */
export const MONTHS_BY_SPAN = new LowerWords(MONTHS);
/** WEEKDAYS by span → 0–6. */
export const WEEKDAYS_BY_SPAN = new LowerWords(WEEKDAYS);
/** FULL_MONTHS by span. */
export const FULL_MONTHS_BY_SPAN = LowerWords.set(FULL_MONTHS);

/**
 * Words before a bare month or year that make it a date ("in September", "since 2011"). Without one,
 * "May" is a verb, "March" a walk, and "2011" may be a count, so a bare name is not read as a date.
 */
export const PERIOD_CONTEXT = LowerWords.set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'of',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'through',
  'throughout',
  'between',
  'end',
  'last',
  'next',
  'this',
  'and',
  'to',
  'summer',
  'spring',
  'autumn',
  'fall',
  'winter',
  'year',
  'around',
  'circa',
  'beginning',
]);
