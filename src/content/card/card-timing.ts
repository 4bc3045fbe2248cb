/**
 * The card's timing: how long a pointer dwells before a card opens, how long a card waits before it closes, and
 * how long it waits for its claim to come back after the page changed it. Kept apart so tests use the same values.
 */

/** Dwell before a hovered claim opens its card. */
export const OPEN_DELAY_MS = 100;
/** Grace before a card closes after the pointer leaves, so it can travel from claim to card. */
export const CLOSE_DELAY_MS = 300;
/** Pointer positions are looked at no more often than this. */
export const MOVE_THROTTLE_MS = 40;
/**
 * How long an open card waits for its claim to be found again once its paragraph changed (a "1 minute ago" ticking
 * beside it, a live counter): the claim is dropped when the rescan starts and back when the worker answers. Also
 * how long a claim edited under its card (see lose) may come back at its place and have the card again.
 */
export const RESCAN_GRACE_MS = 2_000;
