/**
 * When a page sentence's news happened: on a page that gives its date, the days its sentence names, else the week
 * before the page appeared; on a page that does not, the days its sentence writes in full, if it writes them all.
 * Held against the corpus's report days (report-days.ts).
 */
import type { DateValue } from '../types';
import { placeIn, type ClaimContext } from './subject';
import { clauseBounds, STATEMENT_END } from './subject-score';
import { extractClaims } from '../extract-claims';
import { DaySpan, isoDay, REPORT_LAG_DAYS } from './day-span';
import { countsFromToldEvent } from './told-event-time';

/**
 * The days [first, last] a page sentence's news falls in, on a page published on `published`: the dates its
 * sentence names (a year too: "in 2014, a car bomb killed 34" looks back to 2014), else the `lag` days before
 * the page appeared. A page that looks back on an attack names when it happened; one that does not reports its
 * own day's news, unless it counts its time from an event told before ("three days later", see
 * told-event-time.ts): null then, no time known (but for a rival's shorter lag, which stays the page's days).
 */
export function pageNewsDays(
  sentence: string,
  published: string,
  lag = REPORT_LAG_DAYS,
): [number, number] | null {
  // The claims of one sentence arrive one after another, and each would read the sentence again; only the days
  // a sentence that names none falls back on depend on `lag`, so one reading serves every lag.
  if (lastNews?.sentence !== sentence || lastNews.published !== published)
    lastNews = { sentence, published, days: readPageNewsDays(sentence, published) };
  if (lastNews.days) return lastNews.days;
  // "Three days later …": an earlier event's time, which the sentence does not give; no time holds its news. A
  // rival's shorter lag (RIVAL_LAG_DAYS) still holds it to the page's days: a different figure is another
  // event's unless both are known to be of one time, and this one's is not known.
  if (lag >= REPORT_LAG_DAYS && countsFromToldEvent(sentence)) return null;
  const on = isoDay(published);
  return on === null ? null : [on - lag, on];
}

/** The last sentence pageNewsDays or writtenNewsDays read (published '' for writtenNewsDays), with its days. */
let lastNews: { sentence: string; published: string; days: [number, number] | null } | null = null;

/** The days the dates of a page sentence name, or null when it names none (a "since" runs on to `published`). */
function readPageNewsDays(sentence: string, published: string): [number, number] | null {
  const on = isoDay(published);
  // DaySpan reads only the end of the news days, the page's own day, whatever the lag.
  const span = new DaySpan(on === null ? null : [on, on]);
  const onDateline = (value: DateValue) => span.addDay(value.start);
  for (const c of extractClaims(sentence, { referenceDate: published, onDateline, onSaid: onDateline })) {
    if (c.value.type === 'date') span.add(c.value, sentence, c.start);
  }
  return span.days();
}

/**
 * The days a page sentence's news falls in on a page that gives no date of its own, when the sentence writes
 * every date it has in full, year and all ("The last major attack was in 2002, when militants killed more than 20
 * people"): that is when its event happened, whenever the page appeared. Null when the sentence has no date, or
 * one counted from a day the page does not give ("on Friday", "last year", "March 3"): its news is then the
 * page's own, of an unknown day, and a year beside it ("the group, formed in 2012, said on Friday …") only
 * background. A dateline dates its sentence as on a dated page; a date after "since" runs on to any later day.
 */
export function writtenNewsDays(sentence: string): [number, number] | null {
  if (lastNews?.sentence !== sentence || lastNews.published !== '')
    lastNews = { sentence, published: '', days: readWrittenNewsDays(sentence) };
  return lastNews.days;
}

function readWrittenNewsDays(sentence: string): [number, number] | null {
  const span = new DaySpan(UNBOUNDED);
  let dated = false;
  const onDateline = (value: DateValue) => {
    span.addDay(value.start);
    dated = true;
  };
  // "… said on Friday": the news is the page's own, of a day the page does not give.
  let said = false;
  const onSaid = () => void (said = true);
  for (const c of extractClaims(sentence, { onDateline, onSaid })) {
    if (said) return null;
    if (c.value.type !== 'date') continue;
    if (c.value.relative || c.value.yearInferred) return null;
    span.add(c.value, sentence, c.start);
    dated = true;
  }
  return dated && !said ? span.days() : null;
}

/** News days with no known end: a "since" date on an undated page runs on to any later day. */
const UNBOUNDED: [number, number] = [-Infinity, Infinity];

/**
 * The news days of a claim's page sentence, read in the claim's clause (claimClause): against the page's date when
 * the page states it (pageNewsDays), else only what the clause writes in full (writtenNewsDays). Worked out once
 * per claim, on its context.
 */
export function claimNewsDays(ctx: ClaimContext): [number, number] | null {
  if (ctx.pageDays === undefined) {
    const text = claimClause(ctx);
    ctx.pageDays = ctx.published ? pageNewsDays(text, ctx.published) : writtenNewsDays(text);
  }
  return ctx.pageDays;
}

/**
 * The statement of its page sentence a claim's news is read in (see STATEMENT_END): a date of another statement of the
 * sentence is not its figure's. "A truce has nominally held since February 27, although fighting around Aleppo has
 * killed dozens in recent days": the dozens are of the days before the page, not of any day since February 27.
 */
export function claimClause(ctx: ClaimContext): string {
  const sentence = ctx.claim.sentence;
  const at = placeIn(sentence, ctx.claim);
  if (at < 0) return sentence;
  const [from, to] = clauseBounds(sentence, at, at + ctx.claim.text.length, STATEMENT_END);
  return from === 0 && to === sentence.length ? sentence : sentence.slice(from, to);
}
