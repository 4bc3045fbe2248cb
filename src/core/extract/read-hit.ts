/**
 * Reads what one trigger hit is: a date, a quantity, or nothing worth a claim. The extractor calls it at
 * every hit of its trigger scan, so it is the engine's hottest path: it allocates nothing of its own and
 * leaves its answer in one shared object (see `hitReading`).
 */
import type { DateValue } from '../types';
import type { Ymd } from './date-math';
import { dateAtDayNumber, dateAtIso, dateAtMonth, dateAtYear, type DateHit } from './dates';
import { agoDate, dateAtRelative, dateAtWeekday } from './dates-relative';
import { MONTHS, WEEKDAYS } from './date-words';
import { dateAtSlash } from './dates-numeric';
import { quantityAt, type QuantityHit } from './quantities';
import { urlTokenEnd } from '../text/url-token';

/** What the last `readHit` found, and where the trigger scan resumes. */
export interface HitReading {
  /** Null when the hit is no claim. */
  kind: 'date' | 'quantity' | null;
  /** The date read, when `kind` is 'date'. */
  date: DateHit | null;
  /** The quantity read, when `kind` is 'quantity'. */
  quantity: QuantityHit | null;
  /** Offset the trigger scan goes on from: past what was read, so its parts are not read again. */
  resumeAt: number;
}

/**
 * The reading of the last hit, one object rather than a fresh one per hit: extraction never re-enters
 * itself, and most hits are not claims.
 */
export const hitReading: HitReading = { kind: null, date: null, quantity: null, resumeAt: 0 };

function foundAsDate(hit: DateHit | null, e: number): boolean {
  if (!hit) return false;
  hitReading.kind = 'date';
  hitReading.date = hit;
  hitReading.resumeAt = Math.max(hit.end, e);
  return true;
}

function notFound(skipTo: number): void {
  hitReading.kind = null;
  hitReading.resumeAt = skipTo;
}

/**
 * Reads the claim at one trigger hit [s, e) into `hitReading`. `w` is the lower-case trigger word ('' for a
 * figure); relative dates are read against `ref`.
 */
export function readHit(text: string, s: number, e: number, w: string, ref: Ymd): void {
  const address = urlTokenEnd(text, s);
  if (address >= 0) {
    notFound(Math.max(address, e));
    return;
  }
  if (w === '') {
    const numeric =
      (e - s === 4 && dateAtIso(text, s)) ||
      (e - s <= 2 && text.charCodeAt(e) === 47 && dateAtSlash(text, s, ref));
    if (
      foundAsDate(numeric || null, e) ||
      (e - s <= 2 && foundAsDate(dateAtDayNumber(text, s, e, ref), e)) ||
      (e - s === 4 && foundAsDate(dateAtYear(text, s, e), e))
    ) {
      return;
    }
  } else {
    if (MONTHS.has(w)) {
      if (!foundAsDate(dateAtMonth(text, s, e, ref), e)) notFound(e);
      return;
    }
    if (WEEKDAYS.has(w)) {
      if (!foundAsDate(dateAtWeekday(text, s, e, ref), e)) notFound(e);
      return;
    }
    if (foundAsDate(dateAtRelative(text, s, e, ref), e)) return;
    if (
      w === 'week' ||
      w === 'month' ||
      w === 'year' ||
      w === 'today' ||
      w === 'tonight' ||
      w === 'yesterday' ||
      w === 'tomorrow'
    ) {
      notFound(e);
      return;
    }
  }
  const q = quantityAt(text, s, e);
  const hit = q.hit;
  if (!hit) {
    notFound(q.skipTo);
    return;
  }
  hitReading.resumeAt = q.skipTo;
  if (hit.ago) {
    const value: DateValue | null = agoDate(hit.ago.count, hit.ago.unitWord, ref);
    if (value) {
      // The span starts at the figure: "nearly six years ago" dates six years back whatever the hedge.
      hitReading.kind = 'date';
      hitReading.date = { start: hit.start, end: hit.ago.end, value };
      return;
    }
  }
  hitReading.kind = 'quantity';
  hitReading.quantity = hit;
}
