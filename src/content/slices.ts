/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds and gives the thread back to
 * the page in between, so scrolling and input stay smooth even on a page with a megabyte of text.
 */
import { after } from './timers';

/** Milliseconds of work per slice; well under the 50 ms that counts as a long task. */
export const SLICE_MS = 10;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page a turn: scheduler.yield where it exists, otherwise a macrotask via MessageChannel. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/**
 * Longest run of slices before one yield goes through a timer. A scheduler.yield continuation runs ahead of
 * the page's own timers (Firefox keeps it so for as long as the work lasts: a page's 10 ms timer was held up
 * 100–220 ms while 30,000 nodes were read); a setTimeout comes after the timers already due.
 */
export const FAIR_MS = 50;

/** How long a slice waits for its timer before it goes on without it. */
const TIMER_FALLBACK_MS = 250;

/**
 * Gives the page's due timers their turn before the next slice: a timer task, queued after theirs. A page that
 * clears every timer id cancels it too (see timers.ts), so a task the page cannot cancel ends the wait later.
 */
function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = after(TIMER_FALLBACK_MS, resolve);
    setTimeout(() => {
      fallback.cancel();
      resolve();
    }, 0);
  });
}

/** A budget for one slice: `spent()` turns true once the slice has used its time. */
export class SliceClock {
  private started = performance.now();
  private sinceTimers = this.started;

  constructor(private readonly budget = SLICE_MS) {}

  /** True when the current slice has used its budget. */
  spent(): boolean {
    return performance.now() - this.started >= this.budget;
  }

  /** Yields to the page (through a timer at least every FAIR_MS), then starts a new slice. */
  async yield(): Promise<void> {
    if (performance.now() - this.sinceTimers >= FAIR_MS) {
      await yieldToTimers();
      this.sinceTimers = performance.now();
    } else await yieldToPage();
    this.started = performance.now();
  }
}
