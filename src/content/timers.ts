/**
 * Timers the page cannot cancel. A content script shares its window's timer ids with the page, so a page that
 * clears every id it can (`for (let i = 0; i < 10000; i++) clearInterval(i)`, a way some scripts stop other
 * scripts' timers) cancelled ours too: the page watcher then never fired again, and text the page added later was
 * never read. `scheduler.postTask` (Chromium 94, Firefox 142) takes a delay, and only our own AbortSignal cancels
 * it. Where it is missing (a test's DOM), plain timers stand in.
 */

/** A scheduled run that can be cancelled. */
export interface Timer {
  cancel(): void;
}

interface PostTaskScheduler {
  postTask(run: () => void, options: { delay: number; signal: AbortSignal }): Promise<unknown>;
}

function scheduler(): PostTaskScheduler | null {
  const found = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  return typeof found?.postTask === 'function' ? (found as PostTaskScheduler) : null;
}

/** Runs `run` once, `ms` milliseconds from now, unless cancelled. */
export function after(ms: number, run: () => void): Timer {
  const tasks = scheduler();
  if (!tasks) {
    const id = setTimeout(run, ms);
    return { cancel: () => clearTimeout(id) };
  }
  const abort = new AbortController();
  // A cancelled task rejects with the abort; nothing waits on it.
  tasks.postTask(run, { delay: Math.max(0, ms), signal: abort.signal }).catch(() => undefined);
  return { cancel: () => abort.abort() };
}

/** Runs `run` every `ms` milliseconds until cancelled. */
export function every(ms: number, run: () => void): Timer {
  let current: Timer | null = null;
  let cancelled = false;
  const next = () => {
    current = after(ms, () => {
      if (cancelled) return;
      next();
      run();
    });
  };
  next();
  return {
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}
