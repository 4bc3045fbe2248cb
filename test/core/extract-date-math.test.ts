import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, daysInMonth, iso, today, weekday, type Ymd } from '../../src/core/extract/date-math';

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

describe('calendar arithmetic', () => {
  const DAY_MS = 86_400_000;
  const viaDate = (d: Ymd, n: number): Ymd => {
    const t = new Date(Date.UTC(d.y, d.m - 1, d.d) + n * DAY_MS);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  };

  it('gives what the Date API gives, including years 0-99 (read by Date.UTC as 1900-1999) and invalid days', () => {
    for (const y of [0, 1, 99, 100, 1600, 1899, 1900, 1999, 2000, 2015, 2016, 2100, 9999, 10000]) {
      for (let m = 0; m <= 13; m++) {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
        for (const d of [0, 1, 28, 29, 31, 32]) {
          const day = { y, m, d };
          expect(weekday(day)).toBe((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7);
          for (const n of [-400, -1, 0, 1, 7, 365]) expect(addDays(day, n)).toEqual(viaDate(day, n));
        }
      }
    }
  });

  it('writes ISO days with zero padding', () => {
    expect(iso({ y: 2016, m: 2, d: 9 })).toBe('2016-02-09');
    expect(iso({ y: 987, m: 12, d: 31 })).toBe('0987-12-31');
  });
});
