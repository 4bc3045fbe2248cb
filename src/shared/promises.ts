/**
 * Two ways of sharing asynchronous work, used by the worker's stores and the content script alike: one
 * result for every caller until it fails, and changes that run one after another.
 */

/**
 * A promise made once and shared by every caller until it fails or is dropped; then the next call starts again.
 * `drop(only)` drops it only if it is still `only`: a caller that found it stale must not drop a newer one. It
 * says whether it dropped. `replace(only, start)` does the same and starts the next one at once with `start`
 * instead (a caller that already holds what the next one needs).
 */
export function retryingOnce<T>(start: () => Promise<T>): {
  get(): Promise<T>;
  drop(only?: Promise<T>): boolean;
  replace(only: Promise<T>, start: () => Promise<T>): boolean;
} {
  let current: Promise<T> | null = null;
  const launch = (begin: () => Promise<T>): Promise<T> => {
    const started = begin();
    current = started;
    started.catch(() => {
      if (current === started) current = null;
    });
    return started;
  };
  return {
    get: () => current ?? launch(start),
    drop(only?: Promise<T>) {
      if (only !== undefined && current !== only) return false;
      current = null;
      return true;
    },
    replace(only: Promise<T>, begin: () => Promise<T>) {
      if (current !== only) return false;
      launch(begin);
      return true;
    },
  };
}

/**
 * A runner of read-modify-write steps one at a time, so that two quick changes to one stored value cannot
 * both read it before either writes (one would be lost). A failed step does not stop the ones after it.
 */
export function serialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
}
