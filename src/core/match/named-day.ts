/**
 * The one day a sentence names for its news ("on Tuesday", "on 16 July"): two reports of everyday tolls that each
 * name their day, and name different days, report two attacks. Within the report-day slack (see report-days.ts),
 * "rocket attacks on Salah Eddin … on Wednesday" and "… late on Tuesday" were two attacks on the same district, as
 * were "raids on Aleppo province on Wednesday" and "barrel bombs … on Thursday"; a strike around midnight, "on
 * Tuesday night" against "on Wednesday", is one.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { extractClaims } from '../extract-claims';
import { isoDay, runsSince } from './day-span';
import type { ClaimContext } from './subject';

/** A day a sentence names, and whether its words reach across midnight. */
export interface NamedDay {
  /** Days since 1970. */
  day: number;
  /** "night", "overnight", "midnight", "late", "early", "dawn": the event may fall on the day before or after. */
  night: boolean;
}

/** Words that put an event near midnight, so the day before or after may name it too. */
const NIGHT = /\b(?:night|overnight|midnight|late|early|dawn|evening)\b/i;

/**
 * The one day `dates` (a sentence's, in order) name, or null when they name none or several: a day or weekday,
 * not one a period runs from ("since Monday").
 */
export function namedDay(
  sentence: string,
  dates: readonly { value: DateValue; start: number }[],
): NamedDay | null {
  let day: number | null = null;
  for (const { value, start } of dates) {
    if (value.precision !== 'day' || runsSince(sentence, start)) continue;
    const on = isoDay(value.start);
    if (on === null || (day !== null && on !== day)) return null;
    day = on;
  }
  return day === null ? null : { day, night: NIGHT.test(sentence) };
}

/** True when two named days are different days: more than one apart, or one apart with neither near midnight. */
export function otherNamedDays(a: NamedDay, b: NamedDay): boolean {
  const apart = Math.abs(a.day - b.day);
  return apart > 1 || (apart === 1 && !a.night && !b.night);
}

/** The page sentence's named day, on a page that gives its date (its weekdays are then its week's). */
function pageNamedDay(ctx: ClaimContext): NamedDay | null {
  if (ctx.namedDay === undefined) {
    ctx.namedDay = null;
    if (ctx.published) {
      const dates: { value: DateValue; start: number }[] = [];
      for (const c of extractClaims(ctx.claim.sentence, { referenceDate: ctx.published }))
        if (c.value.type === 'date') dates.push({ value: c.value, start: c.start });
      ctx.namedDay = namedDay(ctx.claim.sentence, dates);
    }
  }
  return ctx.namedDay;
}

/** A corpus passage's named day, from its own dates (its dateline is when it was reported, not its news). */
function passageNamedDay(index: CorpusIndex, passageIndex: number): NamedDay | null {
  const passage = index.passages[passageIndex];
  if (!passage) return null;
  const dates: { value: DateValue; start: number }[] = [];
  for (const c of passage.claims) {
    const claim = index.claims[c];
    if (claim?.value.type === 'date') dates.push({ value: claim.value, start: claim.start });
  }
  return namedDay(passage.text, dates);
}

/** True when the page sentence and the passage each name one day for their news, and other days (otherNamedDays). */
export function namesOtherDay(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = pageNamedDay(ctx);
  if (!page) return false;
  const corpus = passageNamedDay(index, passageIndex);
  return corpus !== null && otherNamedDays(page, corpus);
}
