/**
 * The one day a sentence names for its news ("on Tuesday", "on 16 July"): two reports of everyday tolls that each
 * name their day, and name different days, report two attacks. Within the report-day slack (see report-days.ts),
 * "rocket attacks on Salah Eddin … on Wednesday" and "… late on Tuesday" were two attacks on the same district, as
 * were "raids on Aleppo province on Wednesday" and "barrel bombs … on Thursday"; a strike around midnight, "on
 * Tuesday night" against "on Wednesday", is one.
 */
import type { CorpusIndex } from '../corpus/model';
import { isoDay, runsSince } from './day-span';
import type { ClaimContext } from './subject';
import { pageSentenceDates, passageDates, type DateAt } from './sentence-claims';

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
export function namedDay(sentence: string, dates: readonly DateAt[]): NamedDay | null {
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
  if (ctx.namedDay === undefined)
    ctx.namedDay = ctx.published ? namedDay(ctx.claim.sentence, pageSentenceDates(ctx)) : null;
  return ctx.namedDay;
}

/** True when the page sentence and the passage each name one day for their news, and other days (otherNamedDays). */
export function namesOtherDay(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = pageNamedDay(ctx);
  if (!page) return false;
  // A passage's dateline is when it was reported, not its news: only its own dates count.
  const text = index.passages[passageIndex]?.text;
  const corpus = text === undefined ? null : namedDay(text, passageDates(index, passageIndex));
  return corpus !== null && otherNamedDays(page, corpus);
}
