/** The shared promise helpers: one result for every caller until dropped or failed; changes one at a time. */
import { describe, expect, it } from 'vitest';
import { retryingOnce, serialQueue } from '../../src/shared/promises';

describe('retryingOnce', () => {
  it('shares one result, starts again after a failure or a drop', async () => {
    let starts = 0;
    let fail = true;
    const once = retryingOnce(async () => {
      starts++;
      if (fail) throw new Error('no');
      return starts;
    });
    await expect(once.get()).rejects.toThrow('no');
    fail = false;
    expect(await once.get()).toBe(2);
    expect(await once.get()).toBe(2);
    once.drop();
    expect(await once.get()).toBe(3);
  });

  it('drops only the promise it is given, not a newer one', async () => {
    let starts = 0;
    const once = retryingOnce(async () => ++starts);
    const first = once.get();
    expect(once.drop(first)).toBe(true);
    const second = once.get();
    expect(once.drop(first)).toBe(false); // stale: the newer promise stays, and the caller is told
    expect(once.get()).toBe(second);
    expect(await second).toBe(2);
  });

  it('replaces only the promise it is given, starting the next one with the start it is given', async () => {
    let starts = 0;
    const once = retryingOnce(async () => `default ${++starts}`);
    const first = once.get();
    expect(once.replace(first, async () => 'given')).toBe(true);
    const second = once.get();
    expect(await second).toBe('given');
    expect(once.replace(first, async () => 'stale')).toBe(false); // the newer promise stays
    expect(once.get()).toBe(second);
    // A replacement that fails is dropped like any other: the next call starts again, with the default.
    expect(once.replace(second, async () => Promise.reject(new Error('no')))).toBe(true);
    await expect(once.get()).rejects.toThrow('no');
    expect(await once.get()).toBe('default 2');
  });
});

describe('serialQueue', () => {
  it('runs steps one after another, and a failed step does not stop the next', async () => {
    const run = serialQueue();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      run(async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a', 20, true), step('b', 1)]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });
});
