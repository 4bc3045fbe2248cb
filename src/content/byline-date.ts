/**
 * The publication date a reader sees in a page's byline or dateline ("By Amelia Ross · Published June 15, 2016"),
 * for pages that give it in no metadata. Only a full date with a year counts: a byline's "5 min read" or "June 15"
 * says nothing about the year that "February 27" in the text means.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * "June 15, 2016", "Jun. 15 2016", "15 June 2016", "2016-06-15"; the day and year are bounded so no digit run
 * spills.
 */
const FULL_DATE = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b` +
    `|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b` +
    '|\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)',
  'i',
);

/** Longest byline text read: a byline is a line, and the regex must not run over a whole article. */
export const MAX_BYLINE = 300;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

/**
 * The first full date in a byline's text as YYYY-MM-DD, or null. A date after `today` (YYYY-MM-DD) is not a
 * publication date (an event's date in a promotion, a typo) and gives null, as does an impossible day.
 */
export function bylineDate(text: string, today: string): string | null {
  const m = FULL_DATE.exec(text.slice(0, MAX_BYLINE));
  if (!m) return null;
  let found: string | null;
  if (m[1] !== undefined) found = iso(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  else if (m[4] !== undefined) found = iso(Number(m[6]), monthNumber(m[5]), Number(m[4]));
  else found = iso(Number(m[7]), Number(m[8]), Number(m[9]));
  return found !== null && found <= today ? found : null;
}
