/**
 * A pasted text's byline with its date ("By Jane Doe, June 15, 2016", "Jane Doe | Updated June 15, 2016"): a
 * news article copied from a page, a PDF or an e-mail says under its headline who wrote it and when. A line that
 * opens with "Published" or is a date alone is a dateline the extractor reads anywhere (see isDateline); a line
 * that opens with names may be a sentence on its way to a date, so a byline is taken only near the top, where an
 * article has its byline, and only when the rest of its line is a date that would be a dateline on its own.
 */
import { extractClaims } from './extract-claims';
import { datelineReference } from './extract/datelines';
import type { TextSpan } from './corpus/clean';

/** Non-blank lines a byline is looked for in: a section label, a headline, a standfirst, a credit, the byline. */
const MAX_LINES = 8;
/** Longest line read as a byline: longer ones are paragraphs, and the pattern must not run over a whole one. */
const MAX_LINE = 200;

/**
 * A word of a name, capitalised ("Jane", "O’Brien", "JANE", "Smith-Jones", "J."), or a particle before one
 * ("de", "van", "al-"). Written with capitals and no i flag: under it \p{Lu} would take any letter.
 */
const NAME = "(?:(?:de|da|del|der|van|von|la|le|al|bin|ibn|el|du|di|dos)[ \\t-]+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/**
 * One or more names: "Jane Doe", "Jane Doe and John Roe", "Jane Doe, Reuters", "JANE DOE & JOHN ROE", "Jane Doe |
 * The Daily Ledger". A word is a name's only if a space, a comma, "and" or a bar comes between it and the next,
 * so a line is split into names one way only and a line that is no byline is given up on at once.
 */
const NAMES = `${NAME}(?:(?:[ \\t]*[,|·•][ \\t]*|[ \\t]+(?:and|&)[ \\t]+|[ \\t]+)${NAME}){0,11}`;
/** A word that may stand between a byline's names and its date: "Updated", "Published on:", "Posted". */
const STAMP =
  '(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted|PUBLISHED|UPDATED|POSTED)(?:[ \\t]+on)?[ \\t]*:?[ \\t]*)?';

/**
 * A byline, up to its date: "By" and names, then a comma, a bar, a dot or a dash ("By Jane Doe, ", "BY JANE DOE
 * · "); or names then a bar or a dot, which prose does not put after a name ("Jane Doe | "). The date is the
 * rest of the line (group 1).
 */
const BYLINE = new RegExp(
  `^[ \\t]*(?:(?:By|BY|by)[ \\t]+${NAMES}[ \\t]*[,|·•—–-]|${NAMES}[ \\t]*[|·•])[ \\t]*${STAMP}(\\S.*?)[ \\t]*$`,
  'u',
);

/** A comma before a clock time ("June 15, 2016, 10:42 a.m."), as news agencies' style has it. */
const COMMA_BEFORE_TIME = /,(?=[ \t]*\d{1,2}:\d\d)/;

/** A line: no line break inside. */
const LINE = /[^\n\r\u2028\u2029]+/g;

/** A byline found: its line's span in the text, and the day (YYYY-MM-DD) it dates the text from. */
export interface Byline extends TextSpan {
  day: string;
}

/**
 * The day `date` (the rest of a byline's line) gives when it would be a dateline alone on its line: a full day
 * with its year ("June 15, 2016", "Wednesday 15 June 2016 10:42 EDT", "2016-06-15"), at most a clock time after
 * it; null for a day after today (see datelineReference) or anything else. A clock time after a comma is a time
 * stamp as one after a space is.
 */
function datelineDay(date: string, referenceDate: string): string | null {
  let day: string | null = null;
  let datelines = 0;
  const claims = extractClaims(date.replace(COMMA_BEFORE_TIME, ' '), {
    referenceDate,
    onDateline: (value, start) => {
      datelines++;
      if (start === 0) day = datelineReference(value);
    },
  });
  return claims.length === 0 && datelines === 1 ? day : null;
}

/**
 * The byline among the first MAX_LINES non-blank lines of `text` that dates it, or null: the first such line.
 * `referenceDate` (YYYY-MM-DD) is the day the text is otherwise read as of.
 */
export function bylineOf(text: string, referenceDate: string): Byline | null {
  let lines = 0;
  for (const line of text.matchAll(LINE)) {
    if (line[0].trim() === '') continue;
    if (++lines > MAX_LINES) break;
    if (line[0].length > MAX_LINE) continue;
    const date = BYLINE.exec(line[0])?.[1];
    const day = date === undefined ? null : datelineDay(date, referenceDate);
    if (day !== null) return { start: line.index, end: line.index + line[0].length, day };
  }
  return null;
}
