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

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO form of a day. */
export function iso(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
}

function toMs(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day `n` days after `d` (negative for before). */
export function addDays(d: Ymd, n: number): Ymd {
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Day of week, 0 = Monday … 6 = Sunday (weeks in news run Monday to Sunday). */
export function weekday(d: Ymd): number {
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
