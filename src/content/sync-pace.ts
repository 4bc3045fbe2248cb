/**
 * When the highlights are brought in step with the found claims: a scan finds its claims one match batch at a
 * time, and each batch would otherwise be a highlight update of its own.
 */
import { after, type Timer } from './timers';

/** Delay between the first claims found and their highlights. */
const SYNC_MS = 50;
/**
 * Least time between two highlight updates while a scan is still running (its end shows what is left at once).
 * Each change of a highlight's ranges, however small, costs Chromium a rendering frame whose pre-paint, compositing
 * inputs and paint grow with the page: on the 1 MB benchmark page 20–25 ms on the page's thread (Chrome trace),
 * three such frames per scan at one update per 50 ms, one at one per 250 ms.
 */
const SCAN_SYNC_GAP_MS = 250;

/** Coalesces the many small changes of a scan into a few runs of `sync`. */
export class SyncPace {
  private timer: Timer | null = null;
  private last = -Infinity;

  constructor(private readonly sync: () => void) {}

  /** Asks for a sync: SYNC_MS from now, and while a scan runs no sooner than SCAN_SYNC_GAP_MS after the last. */
  queue(scanning: boolean): void {
    if (this.timer !== null) return;
    const gap = scanning ? this.last + SCAN_SYNC_GAP_MS - performance.now() : 0;
    this.timer = after(Math.max(SYNC_MS, gap), () => {
      this.timer = null;
      this.run();
    });
  }

  /** Runs an asked-for sync now: a finished scan shows its last results at once, not after the delay. */
  flush(): void {
    if (this.timer === null) return;
    this.cancel();
    this.run();
  }

  /** Forgets an asked-for sync. */
  cancel(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  private run(): void {
    this.last = performance.now();
    this.sync();
  }
}
