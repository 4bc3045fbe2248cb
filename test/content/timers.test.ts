/** Timers the page cannot cancel: scheduler.postTask with our own AbortSignal, plain timers where it is missing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { after, every } from '../../src/content/timers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A stand-in for scheduler.postTask that runs tasks when `run` is called, unless their signal aborted. */
function fakeScheduler() {
  const tasks: { run: () => void; delay: number; signal: AbortSignal }[] = [];
  vi.stubGlobal('scheduler', {
    postTask: (run: () => void, options: { delay: number; signal: AbortSignal }) => {
      tasks.push({ run, ...options });
      return new Promise(() => undefined);
    },
  });
  return {
    delays: () => tasks.map((task) => task.delay),
    runDue: () => {
      for (const task of tasks.splice(0)) if (!task.signal.aborted) task.run();
    },
  };
}

describe('after', () => {
  it('posts a task with the delay, which only its own cancel stops', () => {
    const scheduler = fakeScheduler();
    const ran: string[] = [];
    after(300, () => ran.push('a'));
    const b = after(50, () => ran.push('b'));
    b.cancel();
    expect(scheduler.delays()).toEqual([300, 50]);
    scheduler.runDue();
    expect(ran).toEqual(['a']);
  });

  it('falls back to a plain timer without scheduler.postTask', () => {
    vi.useFakeTimers();
    vi.stubGlobal('scheduler', undefined);
    const ran: string[] = [];
    after(100, () => ran.push('a'));
    after(100, () => ran.push('b')).cancel();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['a']);
  });
});

describe('every', () => {
  it('runs again and again until cancelled', () => {
    const scheduler = fakeScheduler();
    let runs = 0;
    const timer = every(1000, () => runs++);
    scheduler.runDue();
    scheduler.runDue();
    timer.cancel();
    scheduler.runDue();
    expect(runs).toBe(2);
  });
});
