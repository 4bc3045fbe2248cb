/**
 * The year a page's yearless date is placed in by the reports that give its very day. On a page that gives no
 * date of its own, "On April 15 a car bomb hit buses" may be moved to any year (see compareDates' alignYears):
 * 2016's reports of Aleppo's dead "since April" and "during April" held it as much as 2017's reports of that
 * Saturday's bombing gave its day. Once reports of a known year state the very day, that is the event's year, and
 * a month of another year that merely holds the day is another event's.
 */
import type { DateValue } from '../types';
import type { Candidate } from './match-score';

/**
 * A page's month or day whose year nothing gives: not written, and the page gives no date to place it near (a
 * dated page's yearless dates carry yearNearPublished, or their year as written; see withRecentYear).
 */
function openYear(value: DateValue): boolean {
  return value.yearInferred === true && value.yearNearPublished !== true && value.relative !== true;
}

/**
 * The year of a corpus date when its document gives it: written, a yearless date of a dated report (its year as
 * written, see yearAsWritten), or a day counted from a dated report's ("on Saturday"); null for an undated
 * document's yearless date, which alignYears moves as freely as the page's.
 */
function knownYear(value: DateValue): string | null {
  if (value.yearInferred === true && value.relative !== true) return null;
  return value.start.slice(0, 4);
}

/**
 * `candidates` of a page date without those of a year other than the one its day's reports place it in: when the
 * page's date is a day of no known year (see openYear) and some candidates give that same day in a known year,
 * a candidate that only holds the day in a month or year of another ('vaguer') is dropped. Candidates of the
 * same day in several years are all kept: which event the page means is then not for the day to say.
 */
export function inPlacedYear(page: DateValue, candidates: Candidate[]): Candidate[] {
  if (!openYear(page) || page.precision !== 'day') return candidates;
  const years = new Set<string>();
  for (const c of candidates) {
    const v = c.match.value;
    if (c.match.relation !== 'agrees' || v.type !== 'date' || v.precision !== 'day') continue;
    const year = knownYear(v);
    if (year) years.add(year);
  }
  if (years.size === 0) return candidates;
  return candidates.filter((c) => {
    const v = c.match.value;
    if (c.match.relation !== 'vaguer' || v.type !== 'date') return true;
    const year = knownYear(v);
    return year === null || years.has(year);
  });
}
