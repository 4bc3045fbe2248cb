import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/core/extract/date-math';

describe('today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the local calendar date, and moves on at local midnight', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2016, 1, 28, 23, 59, 59, 999));
    expect(today()).toEqual({ y: 2016, m: 2, d: 28 });
    expect(today()).toEqual({ y: 2016, m: 2, d: 28 });
    vi.setSystemTime(new Date(2016, 1, 29, 0, 0, 0, 0));
    expect(today()).toEqual({ y: 2016, m: 2, d: 29 });
    vi.setSystemTime(new Date(2016, 2, 1, 12));
    expect(today()).toEqual({ y: 2016, m: 3, d: 1 });
    // A clock set back is followed too.
    vi.setSystemTime(new Date(2015, 11, 31, 8));
    expect(today()).toEqual({ y: 2015, m: 12, d: 31 });
  });

  it('gives a frozen object, since calls share it', () => {
    expect(Object.isFrozen(today())).toBe(true);
  });
});
