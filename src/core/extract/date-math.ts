import type { DateValue } from '../types';

/** A calendar day, month 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Parses an ISO date (YYYY-MM-DD); null when malformed. */
export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

/** The last day `today` worked out, and the local-time span [from, until) in ms during which it holds. */
let todayYmd: Readonly<Ymd> | null = null;
let todayFrom = 0;
let todayUntil = 0;

/**
 * Today's local calendar date. A page scanner reads text block by block, each block a call without
 * a reference date: the day is worked out again only when the clock leaves the day last found.
 * The object is frozen, as it is shared between calls.
 */
export function today(): Readonly<Ymd> {
  const now = Date.now();
  if (todayYmd === null || now < todayFrom || now >= todayUntil) {
    const t = new Date(now);
    const y = t.getFullYear();
    const m = t.getMonth();
    const d = t.getDate();
    todayYmd = Object.freeze({ y, m: m + 1, d });
    todayFrom = new Date(y, m, d).getTime();
    todayUntil = new Date(y, m, d + 1).getTime();
  }
  return todayYmd;
}

// Dates are worked out by arithmetic on the Gregorian calendar where the Date API would give the same answer (a
// valid day of a year from 100 to 9999; Date.UTC reads years 0–99 as 1900–1999), and with Date otherwise. A
// Date and its strings per date read were a visible part of extraction.

/** Days of each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** True for a year that the arithmetic below reads as Date.UTC does. */
function plainYear(y: number): boolean {
  return Number.isInteger(y) && y >= 100 && y <= 9999;
}

/** True for a valid day of a plain year. */
function plainDay(d: Ymd): boolean {
  return (
    plainYear(d.y) &&
    Number.isInteger(d.m) &&
    d.m >= 1 &&
    d.m <= 12 &&
    Number.isInteger(d.d) &&
    d.d >= 1 &&
    d.d <= daysInMonth(d.y, d.m)
  );
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (plainYear(y) && Number.isInteger(m) && m >= 1 && m <= 12)
    return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Two-digit forms of 0–99, as padStart(2, '0') writes them. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function pad2(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 99 ? (TWO_DIGITS[n] ?? pad(n, 2)) : pad(n, 2);
}

/** ISO form of a day. */
export function iso(d: Ymd): string {
  const y = d.y >= 1000 && d.y <= 9999 && Number.isInteger(d.y) ? String(d.y) : pad(d.y, 4);
  return `${y}-${pad2(d.m)}-${pad2(d.d)}`;
}

function toMs(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days from 1970-01-01 to a valid day of a plain year (H. Hinnant's days_from_civil). */
function daysFromCivil(d: Ymd): number {
  const y = d.m <= 2 ? d.y - 1 : d.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((d.m + 9) % 12) + 2) / 5) + d.d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The day `days` days after 1970-01-01, for days of years from 1 on (civil_from_days). */
function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The day `n` days after `d` (negative for before). */
export function addDays(d: Ymd, n: number): Ymd {
  if (Number.isInteger(n) && Math.abs(n) <= 1_000_000 && plainDay(d))
    return civilFromDays(daysFromCivil(d) + n);
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Day of week, 0 = Monday … 6 = Sunday (weeks in news run Monday to Sunday). */
export function weekday(d: Ymd): number {
  // 1970-01-01 was a Thursday (3).
  if (plainDay(d)) return (((daysFromCivil(d) + 3) % 7) + 7) % 7;
  return (new Date(toMs(d)).getUTCDay() + 6) % 7;
}

/** A one-day DateValue. */
export function dayValue(d: Ymd, yearInferred: boolean): DateValue {
  const s = iso(d);
  return withInferred({ type: 'date', start: s, end: s, precision: 'day' }, yearInferred);
}

/** The Monday-to-Sunday week containing `d`. */
export function weekValue(d: Ymd, yearInferred: boolean): DateValue {
  const monday = addDays(d, -weekday(d));
  return withInferred(
    { type: 'date', start: iso(monday), end: iso(addDays(monday, 6)), precision: 'week' },
    yearInferred,
  );
}

/** A whole month. */
export function monthValue(y: number, m: number, yearInferred: boolean): DateValue {
  return withInferred(
    {
      type: 'date',
      start: iso({ y, m, d: 1 }),
      end: iso({ y, m, d: daysInMonth(y, m) }),
      precision: 'month',
    },
    yearInferred,
  );
}

/** A whole year. */
export function yearValue(y: number, yearInferred: boolean): DateValue {
  return withInferred(
    { type: 'date', start: iso({ y, m: 1, d: 1 }), end: iso({ y, m: 12, d: 31 }), precision: 'year' },
    yearInferred,
  );
}

function withInferred(v: DateValue, yearInferred: boolean): DateValue {
  if (yearInferred) v.yearInferred = true;
  return v;
}

/**
 * The year of a yearless day or month, read the way a reporter means it: the latest such date that
 * is not after the reference date ("February 27" read on 2016-01-10 is 2015-02-27). News reports
 * what happened; guessing the future would turn every past date into next year's.
 */
export function pastYearFor(m: number, d: number | null, ref: Ymd): number {
  if (m < ref.m) return ref.y;
  if (m > ref.m) return ref.y - 1;
  if (d === null || d <= ref.d) return ref.y;
  return ref.y - 1;
}
