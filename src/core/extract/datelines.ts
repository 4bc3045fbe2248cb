/**
 * Datelines: the dates that say when a page or article appeared ("Published February 23 2015", "12 February 2015
 * Casualties mount in …", "Monitor AFP Thursday 14 Jul 2016 Air strikes kill …"), which are not dates it
 * reports. Read at each date the extractor finds.
 */
import type { DateValue } from '../types';
import { iso, today } from './date-math';
import { WIRE_AGENCIES } from '../text/agencies';

/**
 * A day's name, whole or cut short ("Thursday", "Thu", "Thurs."), and what may follow it before a date. Written
 * with capitals: a pattern without the i flag takes only a name so written.
 */
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?[ \\t]+';

/**
 * A dateline at the start of a block or line ("Published February 23 2015 …", "Updated: May 5, 2016", "Last
 * Update: Friday 23 August 2013"): when the page or article appeared, not a date it reports. Sticky and
 * zero-width, tried at the date's start. No two runs of blanks may meet without a mark between them: matched
 * backwards over a long run, the pattern would try every way to split it.
 */
const DATELINE = new RegExp(
  `(?<=^[ \\t]*(?:last[ \\t]+)?(?:published|posted|updated?|modified|date of publication)(?:[ \\t]+(?:on|at))?(?::?[ \\t]*|[ \\t]*:[ \\t]*)(?:${WEEKDAY})?)`,
  'imy',
);

/** Only blanks, and a day's name, before a position on its line (sticky and zero-width, tried at a date's start). */
const LINE_START = new RegExp(`(?<=^[ \\t]*(?:${WEEKDAY})?)`, 'imy');
/**
 * What follows a bare dateline: the end of its line, or a space and the capital or figure that begins the
 * article's first sentence or headline ("… 2016 29 Syria Rebels Dead"). Not a colon or a dash, which a
 * timeline's entries take ("March 15, 2011: protests erupt in Deraa").
 */
const DATELINE_AFTER = /[ \t]*(?:$|["“]?\p{Lu}|\p{N})/muy;
/** A clock time right after a date: a time stamp ("Tuesday 19 July 2016 16:45"); "at 16:45" is told. */
const STAMP_AFTER = /[ \t]*\d{1,2}:\d\d\b/y;
/**
 * A day's name then a date, after a capitalised word, a figure, a mark or a news agency's name, as where a
 * scraped page runs its credit line into the date and the date into the article ("… Monitor AFP Thursday 14 Jul
 * 2016 Air strikes kill …", "… in three days Reuters Monday 31 Oct 2016 Syria's army said …"). Prose gives such
 * a date after a word that says what it is ("on", "since", "said"), in lower case.
 */
const AFTER_CREDIT = new RegExp(
  // Case-sensitive: under the i flag \p{Ll} would take capitals too. A dateline's day's name has its capital.
  `(?<=(?:^|[^\\p{Ll}\\s][ \\t]+|\\b(?:Reuters|Xinhua|Anadolu|Sputnik|Agencies)[ \\t]+)${WEEKDAY})`,
  'muy',
);
/** The date's own text starts with a day's name ("Thursday 14 Jul 2016"): the start to try AFTER_CREDIT at. */
const WEEKDAY_FIRST = new RegExp(WEEKDAY, 'iy');
/**
 * A news agency's dateline before a date: the place in capitals at a paragraph's start, a comma ("WASHINGTON,
 * Feb 9 -", "GENEVA, May 2 (Reuters) -", "BEIRUT, Lebanon, March 3 —"). Sticky and zero-width, tried at the
 * date's start; WIRE_AFTER must follow the date.
 */
const WIRE_BEFORE =
  /(?<=^[ \t]*\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3},[ \t]+(?:\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?,[ \t]+)?)/muy;
/**
 * What ends a wire dateline: the agency's or the outlet's name in brackets, then a dash before the article. Any
 * outlet writes its own staff's stories so ("KESTREL BAY, March 14, 2024 (Harbor Wire) –"), not only the agencies
 * named in WIRE_AGENCIES: a short name of capitalised words, after a place in capitals, is its mark.
 */
const WIRE_AFTER = new RegExp(
  `[ \\t]*(?:\\((?:${WIRE_AGENCIES}|\\p{Lu}[\\p{L}.&'-]*(?: \\p{Lu}[\\p{L}.&'-]*){0,3})\\)[ \\t]*)?[-–—][ \\t]`,
  'uy',
);

/** A lower-case word right after a date: FA-KES's scraped pages often lost the capital of an article's first word. */
const LOWER_AFTER = /[ \t]+\p{Ll}/uy;

/**
 * True for a date that dates the page or article rather than reporting a date: after "Published", "Updated" …
 * at a line's start, or a full date (day, month and written year) that is a time stamp (a clock time right
 * after it), or that is alone at a line's start (a day's name may come first) or run into the article's first
 * sentence ("12 February 2015 Casualties mount in …", as 139 of FA-KES's 793 articles begin), or that follows a
 * credit line with its day's name (see AFTER_CREDIT), or a news agency's place (see WIRE_BEFORE).
 */
export function isDateline(text: string, start: number, end: number, value: DateValue): boolean {
  DATELINE.lastIndex = start;
  if (DATELINE.test(text)) return true;
  // An agency's dateline gives a day without its year ("WASHINGTON, Feb 9 -").
  if (value.precision === 'day' && !value.relative) {
    WIRE_AFTER.lastIndex = end;
    WIRE_BEFORE.lastIndex = start;
    if (WIRE_AFTER.test(text) && WIRE_BEFORE.test(text)) return true;
  }
  if (value.precision !== 'day' || value.yearInferred || value.relative) return false;
  STAMP_AFTER.lastIndex = end;
  if (STAMP_AFTER.test(text)) return true;
  DATELINE_AFTER.lastIndex = end;
  const opensText = DATELINE_AFTER.test(text);
  LINE_START.lastIndex = start;
  const lineStart = LINE_START.test(text);
  if (opensText && lineStart) return true;
  // The day's name in the date's own span ("Thursday 14 Jul 2016") or just before it ("Thu 14 Jul 2016").
  WEEKDAY_FIRST.lastIndex = start;
  const at = WEEKDAY_FIRST.test(text) ? WEEKDAY_FIRST.lastIndex : start;
  AFTER_CREDIT.lastIndex = at;
  if (!AFTER_CREDIT.test(text)) return false;
  if (opensText) return true;
  // Run into a lower-case word ("… Monitor AFP Monday 6 Jun 2016 seventeen civilians were killed …"): still a
  // dateline after a credit line, but not at a line's start, where a sentence may open with its date ("Monday 6
  // June 2016 was the bloodiest day").
  LOWER_AFTER.lastIndex = end;
  return !lineStart && LOWER_AFTER.test(text);
}

/**
 * The day (YYYY-MM-DD) a dateline dates its text from: the day its writer counted "on Thursday" and "last week"
 * from. Null for a day after today, which no writer counted from.
 */
export function datelineReference(value: DateValue): string | null {
  return value.start <= iso(today()) ? value.start : null;
}
