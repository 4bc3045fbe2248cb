/**
 * Compares a page claim's date with a corpus claim's: the same day, month or year, a vaguer or more precise
 * statement of it, a rival date for what may be the same event, or too far apart to be about one event. Relations
 * are stated from the corpus's side, as for figures (see compare-values.ts).
 */
import { boundedMemo } from '../text/bounded-memo';
import type { Claim, ClaimValue, DateValue } from '../types';
import type { ValueComparison } from './compare-values';
import { daysInMonth } from '../extract/date-math';

/**
 * Dates further apart than this are different events, not a disputed date for one event. Outlets that disagree on
 * when one thing happened are a day or a few apart (time zones, announced against in force, overnight); weeks
 * apart, the same words ("began", "ceasefire", "air strikes") name another event of the same kind: another
 * offensive, another truce. At 120 days, all five date conflicts the engine made on the labelled dev and test
 * pages were such pairs ("mid-January" rockets against the truce "since February 27", a siege that "began on
 * July 17" against Russia's campaign that began "in September"); the gold set's rival dates are 1 to 3 days apart.
 */
export const MAX_CONFLICT_DAYS = 7;

/** How much closeness a rival date loses per day apart (compatibility 0.8 for a day's difference or less). */
const CONFLICT_LOSS_PER_DAY = 0.0025;

const DAY_MS = 86_400_000;

/**
 * A yearless date ("in June", "on February 27") in a dated corpus document is the one before its date, so its year
 * is as good as written: not a guess to be moved next to a page's date, as an undated document's must be (see
 * alignYears). Kept as inferred, an article of July 2016 saying "in June" agreed with a page's "June 2018". Dates
 * counted from the writer's day ("last week") keep their own flag.
 */
export function yearAsWritten(value: ClaimValue): ClaimValue {
  if (value.type !== 'date' || !value.yearInferred || value.relative) return value;
  const { yearInferred: _guessed, ...dated } = value;
  return dated;
}

/** A month or day said with the year it falls in counted from the writer's day: "last September", "next March". */
const NAMED_YEAR = /^(?:last|this|next)\s/i;

/** "since" right before a date, as its sentence writes it. */
const SINCE_BEFORE = /\bsince\s+$/i;

/** True when the claim's sentence writes "since" right before it ("since April"). */
function afterSince(claim: Claim): boolean {
  const at = claim.sentence.indexOf(claim.text);
  return at > 0 && SINCE_BEFORE.test(claim.sentence.slice(Math.max(0, at - 12), at));
}

/** A page's yearless date at most this many days before its publication day is taken as that year's. */
const RECENT_DAYS = 31;

/**
 * A page claim with its date's year as written (see yearAsWritten) when the page gives its publication day and
 * the date falls in the month before it, or is said with its year counted from the page's ("last September"): a
 * report of 12 September says "September 8" of its own news, and may then dispute a corpus report's "Tuesday,
 * September 9". An older yearless date stays a guess, moved next to the corpus's, but by a year at most
 * (DateValue.yearNearPublished): a 2017 page's "On February 27 a ceasefire took effect" recalls the truce of 2016,
 * where a 2016 page's "defeated there in March" is no March of 2011.
 */
export function withRecentYear(claim: Claim, published: string): Claim {
  const value = yearAsWritten(claim.value);
  if (value === claim.value || value.type !== 'date' || claim.value.type !== 'date') return claim;
  const day = toDay(published);
  const end = toDay(value.end);
  // "Last September", "next March": the page's date names the year, as if it were written.
  if ((end <= day && end >= day - RECENT_DAYS) || NAMED_YEAR.test(claim.text)) return { ...claim, value };
  if (Number.isNaN(day)) return claim;
  const near: DateValue = { ...claim.value, yearNearPublished: true };
  if (afterSince(claim)) near.yearNotLater = true;
  return { ...claim, value: near };
}

/**
 * Days since 1970 of an ISO date; NaN for a malformed one. Kept per date: the same few hundred corpus dates are
 * compared with every page date.
 */
export const toDay = boundedMemo(8192, (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * Moves an ISO date by whole years, keeping month and day; 29 February falls back to the 28th in a common year.
 * A month's last day stays its last day (`monthEnd`): "February" of 2026 moved to 2016 must end on the 29th, or it
 * would sit inside the page's February 2016 and read as more precise than it.
 */
function shiftYears(iso: string, years: number, monthEnd = false): string {
  if (years === 0) return iso;
  const y = Number(iso.slice(0, 4)) + years;
  const year = String(y).padStart(4, '0');
  if (iso.slice(5, 7) === '02' && (monthEnd || iso.slice(8) === '29')) {
    const last = daysInMonth(y, 2);
    return `${year}-02-${monthEnd ? last : Math.min(29, last)}`;
  }
  return `${year}${iso.slice(4)}`;
}

/**
 * Moves a date or period by whole years to where it lies nearest the other value; start and end move together,
 * so a period across New Year ("December 28 to January 3") stays whole and can still contain January 1. A date
 * whose year is near its page's publication (DateValue.yearNearPublished) moves a year at most, else not at all.
 */
export function nearestYear(value: DateValue, other: DateValue): DateValue {
  const years = Number(other.start.slice(0, 4)) - Number(value.start.slice(0, 4));
  const target = (toDay(other.start) + toDay(other.end)) / 2;
  let best: Shifted | null = null;
  let bestDistance = Infinity;
  const reach = value.yearNearPublished === true ? 1 : Infinity;
  const forward = value.yearNotLater === true ? 0 : reach;
  for (let shift = Math.max(years - 1, -reach); shift <= Math.min(years + 1, forward); shift++) {
    const moved = shifted(value, shift);
    const distance = Math.abs(moved.middle - target);
    if (distance < bestDistance) [best, bestDistance] = [moved, distance];
  }
  return best?.value ?? value;
}

/** A date or period moved by whole years (see nearestYear), with the middle of its days. */
interface Shifted {
  value: DateValue;
  middle: number;
}

/**
 * Moves worked out per value and shift: the same corpus dates are moved next to page date after page date, and
 * a move builds strings. The moved value is only read (see compareDates), so one copy serves every caller.
 */
const shiftedValues = new WeakMap<DateValue, Map<number, Shifted>>();

function shifted(value: DateValue, shift: number): Shifted {
  let byShift = shiftedValues.get(value);
  if (!byShift) shiftedValues.set(value, (byShift = new Map()));
  let found = byShift.get(shift);
  if (!found) {
    const start = shiftYears(value.start, shift);
    // The end of February moves to the end of February; its first two thirds end where they did.
    const monthEnd = value.precision === 'month' && value.part !== 'early' && value.part !== 'mid';
    const end = shiftYears(value.end, shift, monthEnd);
    found = { value: { ...value, start, end }, middle: (toDay(start) + toDay(end)) / 2 };
    byShift.set(shift, found);
  }
  return found;
}

/**
 * An inferred year carries no evidence: it is the reference date's guess (a page's publication date, or the build
 * date for an undated corpus document). So when either side's year was inferred, the inferred side is moved by
 * whole years next to the other and the two compare on month and day: "February 27" (no year written) agrees with
 * "February 27, 2016", and with another yearless "February 27" resolved against a different reference date.
 * A date counted from the reference date ("Saturday", "last month") is not moved: its month and day were not
 * written either, so a Saturday of 2015 moved to 2011 would sit beside "March 2011" by accident.
 */
function alignYears(page: DateValue, corpus: DateValue): [DateValue, DateValue] {
  if (corpus.yearInferred && !corpus.relative) return [page, nearestYear(corpus, page)];
  if (page.yearInferred && !page.relative) return [nearestYear(page, corpus), corpus];
  return [page, corpus];
}

/**
 * Whether two different dates can be rival dates for one event, rather than dates of two events. Not when either
 * was counted from its writer's day: "on Friday" names a recent day, and another date is another event. Not when
 * only one year was written: the other was placed in the written one's year by alignYears, and a day that
 * differs within a guessed year ("4 October 2014" against an undated "September") is no evidence of a dispute.
 */
function mayConflict(page: DateValue, corpus: DateValue): boolean {
  if (page.relative === true || corpus.relative === true) return false;
  return (page.yearInferred === true) === (corpus.yearInferred === true);
}

/** `a` is a day or month without a written year and `b` a bare year. */
function yearlessAgainstYear(a: DateValue, b: DateValue): boolean {
  return a.yearInferred === true && a.relative !== true && a.precision !== 'year' && b.precision === 'year';
}

/**
 * One side was counted from its writer's day ("Friday", "last week") and the other's year was not written: the
 * first is a day near one reference date, the second a day or month placed in a guessed year, so any agreement
 * of month and day between them is chance. Nor does a bare year, written or counted, say anything about a day so
 * counted: "in 2013" holds the "Tuesday" of every report of 2013 ("In 2013, McConnell called the debt …" against a
 * 2013 report's "Tuesday" on Syria), and "last year" the "Thursday" of every report of the year before (Nusra
 * severed its ties "last year" against a road the regime severed "on Thursday"). A month back ("18 months ago") is
 * a date a report looks back to, and may be the year's. Two days both so counted compare as days: each was
 * counted from its own writer's day (a corpus document's relative dates are kept only when it is dated), so "on
 * Monday" in a report of Tuesday 6 September and in one of Monday 5 September is the same day. A dated report's
 * counted day against a page's yearless day is the one exception (see reportDayAgainstYearless).
 */
function relativeAgainstYearless(a: DateValue, b: DateValue): boolean {
  if (a.relative !== true) return false;
  if (b.precision === 'year' && a.precision === 'day') return true;
  if (b.relative === true) return false;
  return b.yearInferred === true;
}

/**
 * A corpus report's day counted from its own date ("on Saturday" in a report of Sunday 16 April 2017) against a
 * page's day of the same precision whose year was not written ("On April 15"): the report's day is a real one,
 * and the page's month and day, moved to its year, are the same day or not (a corpus document's relative dates
 * are kept only when it is dated). Only a day, not a month: every year has an April, and a shared month of a
 * guessed year is no sign of one event.
 */
function reportDayAgainstYearless(page: DateValue, corpus: DateValue): boolean {
  return (
    corpus.relative === true &&
    corpus.precision === 'day' &&
    page.precision === 'day' &&
    page.yearInferred === true &&
    page.relative !== true
  );
}

/** Compares two dates by range and precision; null when they are too far apart to be one event. */
export function compareDates(pageValue: DateValue, corpusValue: DateValue): ValueComparison | null {
  // A month or day whose year was not written says nothing about a bare year, nor a bare year about it:
  // aligned, an undated "September" would sit inside any year a page names ("in the 1980s").
  if (yearlessAgainstYear(pageValue, corpusValue) || yearlessAgainstYear(corpusValue, pageValue)) return null;
  if (
    relativeAgainstYearless(pageValue, corpusValue) ||
    (relativeAgainstYearless(corpusValue, pageValue) && !reportDayAgainstYearless(pageValue, corpusValue))
  )
    return null;
  const [page, corpus] = alignYears(pageValue, corpusValue);
  const [ps, pe, cs, ce] = [toDay(page.start), toDay(page.end), toDay(corpus.start), toDay(corpus.end)];
  if (Number.isNaN(ps) || Number.isNaN(pe) || Number.isNaN(cs) || Number.isNaN(ce)) return null;
  if (ps === cs && pe === ce) return { relation: 'agrees', compatibility: 1 };
  // A part of the same month or year ("mid-March 2011" against "March 2011") is as sure a sign of one event as
  // the whole: the vaguer side was only written more loosely.
  const nested = page.precision === corpus.precision ? 1 : 0.85;
  if (cs <= ps && ce >= pe) return { relation: 'vaguer', compatibility: nested };
  if (ps <= cs && pe >= ce) return { relation: 'more-precise', compatibility: nested };
  if (!mayConflict(pageValue, corpusValue)) return null;
  const gap = Math.max(cs - pe, ps - ce, 0);
  if (gap > MAX_CONFLICT_DAYS && !(ps <= ce && cs <= pe)) return null;
  const compatibility = 0.8 - CONFLICT_LOSS_PER_DAY * gap;
  return { relation: 'conflicts', compatibility };
}
