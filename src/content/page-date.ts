/**
 * The date the page is read against, kept current across single-page navigations. An app may change the address
 * first and bring the new article, with its date, a moment later: a date read only at the address change was the
 * old article's, so for a while after one the date is read again at each change of the page.
 */
import { isPublished, readingDate, type ReadingDate } from './reference-date';

/** How long after an address change the page's date is read again at each change. */
export const NAVIGATION_SETTLE_MS = 10_000;

/** The page's reading date, read again after navigations. */
export class PageDate {
  /** The date claims are read against now. */
  current: ReadingDate;
  private navigatedAt = -Infinity;

  constructor(private readonly doc: Document) {
    this.current = readingDate(doc);
  }

  /** True when `day`, a date a scan was read against, is still the page's own publication date (see isPublished). */
  isPublished(day: string): boolean {
    return isPublished(this.current, day);
  }

  /**
   * Notes a change of the page (`navigated`: its address changed; `dated`: a date in its metadata changed in place,
   * as a single-page app does for its next article without a new address) and reads its date again when it may
   * have changed; true when it did, and claims read against the old one are stale.
   */
  changed(navigated: boolean, dated = false): boolean {
    const now = performance.now();
    if (navigated) this.navigatedAt = now;
    else if (!dated && now - this.navigatedAt >= NAVIGATION_SETTLE_MS) return false;
    const read = readingDate(this.doc);
    const changed = read.day !== this.current.day || read.published !== this.current.published;
    this.current = read;
    return changed;
  }
}
