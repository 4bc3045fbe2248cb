import { describe, expect, it } from 'vitest';
import { significantDigits } from '../../src/core/text/significant-digits';

describe('significantDigits', () => {
  it.each<[number, number]>([
    [280000, 2],
    [282451, 6],
    [4.2, 2],
    [4.2e9, 2],
    [13.7e9, 3],
    [0.05, 1],
    [-1250, 3],
    [0, 0],
    [1e21, 0],
  ])('%d → %d', (n, digits) => {
    expect(significantDigits(n)).toBe(digits);
  });
});
