/**
 * How often and for how long the popup asks its tab again: while the page is scanned, after a setting changed,
 * while a tab's content script may still be starting, and while a followed page loads.
 */

/** How often the popup asks again while the page is still being scanned or a setting was just changed. */
export const POLL_MS = 300;
/** After a settings change, how long the popup keeps asking (the content script rescans asynchronously). */
export const WATCH_MS = 3_000;
/** A tab that does not answer is asked again for this long: its content script may still be starting. */
export const RETRY_MS = 2_000;
/**
 * After the followed page went away, how long the view waits for the next page's script (a slow page loads
 * for a while) before saying it cannot run there; a finished load cuts the wait to RETRY_MS.
 */
export const NEXT_PAGE_MS = 30_000;
/**
 * How long a tab that keeps loading is asked again (a page whose HTML never ends would be asked for as long as a
 * full view stays open); after that only its load's end, reported by tabs.onUpdated, has it asked again.
 */
export const LOADING_MS = 60_000;
