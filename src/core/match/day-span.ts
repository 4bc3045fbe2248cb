/**
 * Days as the time rules count them (days since 1970), and the span of days the dates of one sentence cover.
 * Shared by the corpus's report days (report-days.ts) and a page's news days (page-news-days.ts).
 */
import type { DateValue } from '../types';
import { toDay } from './compare-dates';

/** Days since 1970 of an ISO date, or null for a malformed one. */
export function isoDay(iso: string): number | null {
  const n = toDay(iso);
  return Number.isNaN(n) ? null : n;
}

/** The ISO date of a day since 1970 (isoDay's inverse). */
export function dayIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A report appears this many days after its event at most (a weekly round-up; most are next-day). */
export const REPORT_LAG_DAYS = 7;

/** Before a date, the words of a period that runs from it up to the report ("killed since the offensive began on"). */
const SINCE = /\bsince\b[^.;]{0,60}$/i;

/** True when the date at `start` of `sentence` opens a period that runs on to the report ("in effect since"). */
export function runsSince(sentence: string, start: number): boolean {
  return SINCE.test(sentence.slice(Math.max(0, start - 70), start));
}

/** The days the dates of one sentence cover; a date after "since" runs on to its report's news days. */
export class DaySpan {
  private first = Infinity;
  private last = -Infinity;

  constructor(private readonly news: [number, number] | null) {}

  /** Adds a date found at `start` in `sentence`. */
  add(value: DateValue, sentence: string, start: number): void {
    const from = isoDay(value.start);
    const to = isoDay(value.end);
    if (from === null || to === null) return;
    const since = runsSince(sentence, start);
    this.first = Math.min(this.first, from);
    this.last = Math.max(this.last, since && this.news ? Math.max(to, this.news[1]) : to);
  }

  /** Adds a dateline's day (ISO): the day its text was reported, which no "since" runs on from. */
  addDay(iso: string): void {
    const on = isoDay(iso);
    if (on === null) return;
    this.first = Math.min(this.first, on);
    this.last = Math.max(this.last, on);
  }

  /** The days covered, or null when no date was added. */
  days(): [number, number] | null {
    return this.first <= this.last ? [this.first, this.last] : null;
  }
}
