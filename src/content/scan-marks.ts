/**
 * Names of the User Timing marks the content script sets around its first scan of a page. They cost nothing
 * measurable, and they let the benchmark (and anyone profiling a page in DevTools) see exactly when the
 * script started and when the first scan's highlights were in place, whether or not anything was found.
 */

/** Set as the content script's first statement. */
export const SCAN_START_MARK = 'claim-lens:scan-start';

/** Set once, after the first full scan's highlights were registered (also when it found nothing). */
export const SCAN_DONE_MARK = 'claim-lens:scan-done';

/** Sets a mark; never throws (a page may have replaced `performance`). */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Marks are for measuring; a page without a working Performance API just goes unmeasured.
  }
}
