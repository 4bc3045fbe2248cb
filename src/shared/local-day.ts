/** A moment's calendar day where the reader is, for the page-side date readers and the popup alike. */

/** `date` as YYYY-MM-DD in the reader's time zone (not UTC: a reader's "today" is their own). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
