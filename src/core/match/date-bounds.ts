/**
 * Which end of a period a date is: the start ("since 2014", "from 2011 to …", "between 2011 and …"), the end
 * ("from 2011 to 2013", "until 2013"), or neither (a day something happened). A period's end and another
 * period's start are two boundaries, not two statements of one: "Islamists, who held power from 2011 to 2013"
 * and a city "under Islamist siege since 2014" are no dispute over when one thing happened, however near the
 * years, and "to 2013" is no statement of a state that began "since 2013".
 */

/** A date's place in its period. */
export type DateBound = 'start' | 'end' | 'point';

/** How much text before a date is read for the words that make it a bound. */
const LOOK_BEHIND = 60;

/** A part of a month or year written before it: "since early 2014", "until mid-", "from the end of". */
const PART = String.raw`(?:(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)[\s-]+)?`;

/** Right before a date, the words that open a period running on from it. */
const SINCE_BEFORE = new RegExp(String.raw`\bsince\s+${PART}$`, 'i');

/** Right before a date, "from" or "between", which make it a start only when an end follows (FROM_END_AFTER). */
const FROM_BEFORE = new RegExp(String.raw`\b(?:from|between)\s+${PART}$`, 'i');

/** Right after a "from" or "between" date, the word that leads to the period's end: "from 2011 to 2013". */
const FROM_END_AFTER = /^\s*(?:to|until|till|through|thru|and|[-–—]|onwards?\b)/i;

/** Right before a date, the words that close a period opened before it: "from 2011 to", "between 2011 and". */
const RANGE_END_BEFORE = new RegExp(
  String.raw`\b(?:from|between)\b[^.;:!?]{1,40}?\s(?:to|until|till|through|thru|and)\s+${PART}$`,
  'i',
);

/** Right before a date, "until", "till" or "up to": a period's end, unless denied (NOT_BEFORE). */
const UNTIL_BEFORE = new RegExp(String.raw`\b(?:until|till|up\s+to)\s+${PART}$`, 'i');

/** Before "until", in its clause: "did not arrive until 2013" says when something first happened. */
const NOT_BEFORE = /\b(?:not|never|only)\b[^,;.]{0,40}$|n['’]t\b[^,;.]{0,40}$/i;

/** True when `before` (the text before a date) ends in the words that close a period. */
function endsPeriod(before: string): boolean {
  if (RANGE_END_BEFORE.test(before)) return true;
  const until = UNTIL_BEFORE.exec(before);
  return until !== null && !NOT_BEFORE.test(before.slice(0, until.index));
}

/** The bound the date at [start, end) of `text` (its sentence) is of its period. */
export function dateBound(text: string, start: number, end: number): DateBound {
  if (start < 0) return 'point';
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  if (endsPeriod(before)) return 'end';
  if (SINCE_BEFORE.test(before)) return 'start';
  if (FROM_BEFORE.test(before) && FROM_END_AFTER.test(text.slice(end, end + 12))) return 'start';
  return 'point';
}

/**
 * True when one date is a period's start and the other a period's end (see dateBound): two boundaries, which
 * neither dispute nor confirm each other.
 */
export function oppositeBounds(a: DateBound, b: DateBound): boolean {
  return (a === 'start' && b === 'end') || (a === 'end' && b === 'start');
}
