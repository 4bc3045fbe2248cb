import { parse } from 'chrono-node/en';
import { dayValue, monthValue, pastYearFor, type Ymd } from './date-math';
import type { DateHit } from './dates';

/** How far past the trigger chrono may look: numeric dates are short. */
const WINDOW = 24;

/**
 * Numeric dates ("05/04/2017", "4/5") through chrono, on a small window starting at `s`.
 *
 * Chrono costs ~50–90 µs a call, so it is kept for the shapes the fast path does not read; names
 * of months and weekdays never reach it. Its yearless results are post-processed: chrono picks the
 * year closest to the reference, which can be next year; news means the past (see pastYearFor).
 */
export function dateAtNumericWithChrono(text: string, s: number, ref: Ymd): DateHit | null {
  const window = text.slice(s, Math.min(text.length, s + WINDOW));
  const results = parse(window, { instant: new Date(ref.y, ref.m - 1, ref.d, 12) }, { forwardDate: false });
  const r = results[0];
  if (!r || r.index !== 0) return null;
  const c = r.start;
  const m = c.get('month');
  const d = c.get('day');
  if (!c.isCertain('month') || m === null) return null;
  const yearKnown = c.isCertain('year');
  if (c.isCertain('day') && d !== null) {
    const y = yearKnown ? (c.get('year') ?? ref.y) : pastYearFor(m, d, ref);
    return { start: s, end: s + r.text.length, value: dayValue({ y, m, d }, !yearKnown) };
  }
  const y = yearKnown ? (c.get('year') ?? ref.y) : pastYearFor(m, null, ref);
  return { start: s, end: s + r.text.length, value: monthValue(y, m, !yearKnown) };
}
