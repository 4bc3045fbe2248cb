/**
 * Keeps the toolbar badge of this tab showing the number of claims with context, with as few requests to the
 * worker as that takes: counts are coalesced, an unchanged count is not sent, and a new page (whose badge the
 * browser has already blanked) sends nothing until it has something to show.
 */
import { after, type Timer } from './timers';

/** How long counts are coalesced before one is sent. */
const BADGE_DELAY_MS = 150;

/** Sends badge counts for one page. */
export class BadgeReporter {
  /** The count the badge shows: a new page starts blank (the browser resets a tab's badge on navigation). */
  private shown = 0;
  private timer: Timer | null = null;
  private stopped = false;

  /** `send` asks the worker to set the badge; its failures are the caller's to notice (and are ignored here). */
  constructor(private readonly send: (count: number) => Promise<unknown>) {}

  /** Shows `count` soon, unless it is what the badge shows already. */
  report(count: number): void {
    if (this.stopped) return;
    this.timer?.cancel();
    this.timer = after(BADGE_DELAY_MS, () => {
      this.timer = null;
      if (this.stopped || count === this.shown) return;
      this.shown = count;
      this.send(count).catch(() => undefined);
    });
  }

  /** The browser blanked the badge behind our back (a back-forward cache restore): show `count` again. */
  reset(count: number): void {
    this.shown = 0;
    this.report(count);
  }

  /** Sends nothing more. */
  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = null;
  }
}
