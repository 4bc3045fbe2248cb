/**
 * Datelines: the dates that say when a page or article appeared ("Published February 23 2015", "12 February 2015
 * Casualties mount in …"), which are not dates it reports. Read at each date the extractor finds.
 */
import type { DateValue } from '../types';

/**
 * A dateline at the start of a block or line ("Published February 23 2015 …", "Updated: May 5, 2016"): when
 * the page or article appeared, not a date it reports. Sticky and zero-width, tried at the date's start.
 */
const DATELINE =
  /(?<=^[ \t]*(?:last[ \t]+)?(?:published|posted|updated|modified|date of publication)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*)/imy;

/** Only blanks before a position on its line (sticky and zero-width, tried at a date's start). */
const LINE_START = /(?<=^[ \t]*)/my;
/**
 * What follows a bare dateline: the end of its line, or a space and the capital of the article's first word. Not
 * a colon or a dash, which a timeline's entries take ("March 15, 2011: protests erupt in Deraa").
 */
const DATELINE_AFTER = /[ \t]*(?:$|\p{Lu})/muy;

/**
 * True for a date that dates the page or article rather than reporting a date: after "Published", "Updated" …
 * at a line's start, or a full date (day, month and written year) alone at a line's start or run into the
 * article's first sentence ("12 February 2015 Casualties mount in …", as 139 of FA-KES's 793 articles begin).
 */
export function isDateline(text: string, start: number, end: number, value: DateValue): boolean {
  DATELINE.lastIndex = start;
  if (DATELINE.test(text)) return true;
  if (value.precision !== 'day' || value.yearInferred || value.relative) return false;
  LINE_START.lastIndex = start;
  if (!LINE_START.test(text)) return false;
  DATELINE_AFTER.lastIndex = end;
  return DATELINE_AFTER.test(text);
}
