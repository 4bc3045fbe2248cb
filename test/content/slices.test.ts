/** Time slicing: a slice's budget, and a yield through a timer often enough that the page's own timers run. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAIR_MS, SLICE_MS, SliceClock } from '../../src/content/slices';

let now = 0;
const yields: string[] = [];

beforeEach(() => {
  now = 1_000;
  yields.length = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('scheduler', {
    yield: () => {
      yields.push('scheduler');
      return Promise.resolve();
    },
    // The fallback for a timer the page cancels (see timers.ts): pending here, since the timers run.
    postTask: () => new Promise(() => undefined),
  });
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void) => {
    yields.push('timer');
    run();
    return 0;
  }) as typeof setTimeout);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('SliceClock', () => {
  it('says a slice is spent once it has used its budget, and starts a new one after a yield', async () => {
    const clock = new SliceClock();
    now += SLICE_MS - 1;
    expect(clock.spent()).toBe(false);
    now += 1;
    expect(clock.spent()).toBe(true);
    await clock.yield();
    expect(clock.spent()).toBe(false);
  });

  it('yields through a timer once FAIR_MS of slices have run, through scheduler.yield otherwise', async () => {
    const clock = new SliceClock();
    // Ten-millisecond slices, each followed by a yield.
    for (let elapsed = SLICE_MS; elapsed <= 2 * FAIR_MS + SLICE_MS; elapsed += SLICE_MS) {
      now += SLICE_MS;
      await clock.yield();
    }
    const slicesPerTimer = FAIR_MS / SLICE_MS;
    const expected = Array.from({ length: yields.length }, (_, i) =>
      (i + 1) % slicesPerTimer === 0 ? 'timer' : 'scheduler',
    );
    expect(yields).toEqual(expected);
    expect(yields.filter((y) => y === 'timer')).toHaveLength(2);
  });

  it('goes on without its timer when the page cancels it', async () => {
    // A page clearing every timer id clears ours too: the timer never runs, a postTask does.
    vi.mocked(setTimeout).mockImplementation((() => 0) as unknown as typeof setTimeout);
    vi.stubGlobal('scheduler', {
      yield: () => Promise.resolve(),
      postTask: (run: () => void, options: { delay: number }) => {
        yields.push(`task after ${options.delay} ms`);
        run();
        return Promise.resolve();
      },
    });
    const clock = new SliceClock();
    now += FAIR_MS;
    await clock.yield();
    expect(yields).toEqual(['task after 250 ms']);
  });
});
