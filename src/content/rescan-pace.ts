/**
 * When the page watcher rescans: a change is rescanned after a quiet moment, a burst at the latest after
 * MAX_WAIT_MS, and a page that never stops changing ever less often (the gap doubles up to MAX_INTERVAL_MS), so it
 * cannot make Claim Lens eat its CPU. The reader's own input, and changes that took highlights away, are rescanned
 * at the first gap instead.
 */
import { after, type Timer } from './timers';

/** Quiet time after a change before rescanning. */
export const DEBOUNCE_MS = 300;
/** A burst of changes is rescanned at the latest after this long. */
export const MAX_WAIT_MS = 2_000;
/** Shortest gap between two rescans; doubles while the page keeps changing, up to MAX_INTERVAL_MS. */
export const MIN_INTERVAL_MS = 1_000;
export const MAX_INTERVAL_MS = 16_000;
/**
 * A change this soon after the reader clicked, tapped or pressed a key is theirs (a question opened, a tab chosen,
 * "read more"): it is rescanned at the first gap, not held back as a page that never stops changing is.
 */
export const READER_CHANGE_MS = 1_500;

/** The clock of one page watcher's rescans: `fire` is called when the changes noted are due. */
export class RescanPace {
  private timer: Timer | null = null;
  private firstChange = 0;
  private lastChange = 0;
  private lastFire = -Infinity;
  private interval = MIN_INTERVAL_MS;
  /** The changes waiting took highlights away (see urgent): they are rescanned at the first gap. */
  private restoring = false;
  /** When the reader last clicked, tapped or pressed a key on the page. */
  private lastInput = -Infinity;

  constructor(private readonly fire: () => void) {}

  /** True while the changes waiting are to be rescanned at the first gap. */
  get urgent(): boolean {
    return this.restoring;
  }

  /** Notes a change: a rescan is due after a quiet moment (see DEBOUNCE_MS), or at the latest MAX_WAIT_MS. */
  note(): void {
    const now = performance.now();
    if (this.timer === null) this.firstChange = now;
    this.lastChange = now;
    if (this.timer === null) this.arm(DEBOUNCE_MS);
  }

  /**
   * Rescans what is waiting at the first gap. A live blog re-rendering its entries every few seconds is restless,
   * but holding its rescans back left its highlights gone most of the time. Restoring them is cheap: the answers
   * are kept by text. Followed by a `note`, which arms the timer again.
   */
  hurry(): void {
    this.restoring = true;
    this.timer?.cancel();
    this.timer = null;
  }

  /** Notes the reader's own input (see READER_CHANGE_MS). */
  readerInput(): void {
    this.lastInput = performance.now();
  }

  /** Forgets the changes waiting. */
  stop(): void {
    this.timer?.cancel();
    this.timer = null;
    this.restoring = false;
  }

  private arm(delay: number): void {
    const now = performance.now();
    const gap = this.byReader(now) || this.restoring ? MIN_INTERVAL_MS : this.interval;
    const wait = Math.max(delay, this.lastFire + gap - now);
    this.timer = after(wait, () => this.due());
  }

  /** True when the changes waiting came right after the reader's own input (see READER_CHANGE_MS). */
  private byReader(now: number): boolean {
    return (
      now - this.lastInput < READER_CHANGE_MS + MAX_WAIT_MS &&
      this.firstChange - this.lastInput < READER_CHANGE_MS
    );
  }

  private due(): void {
    this.timer = null;
    const now = performance.now();
    const quietFor = now - this.lastChange;
    if (quietFor < DEBOUNCE_MS && now - this.firstChange < MAX_WAIT_MS) {
      this.arm(DEBOUNCE_MS - quietFor);
      return;
    }
    // A page still changing right after the last rescan gets a longer gap; a calm one earns it back. The reader's
    // own clicks are no sign of a restless page: opening one question after another must not slow each reveal.
    this.interval =
      now - this.lastFire < MAX_WAIT_MS + this.interval && !this.byReader(now)
        ? Math.min(this.interval * 2, MAX_INTERVAL_MS)
        : MIN_INTERVAL_MS;
    this.lastFire = now;
    this.restoring = false;
    this.fire();
  }
}
