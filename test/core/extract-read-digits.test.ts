import { describe, expect, it } from 'vitest';
import { readDigits } from '../../src/core/extract/numbers';

describe('readDigits', () => {
  // [text, value or null, decimals]: the figure starts at index 0.
  const cases: [string, number | null, number][] = [
    ['280,000 people', 280000, 0],
    ['1.2 million', 1.2, 1],
    ['1,234.5 km', 1234.5, 1],
    ['0.1 percent', 0.1, 1],
    ['0.3', 0.3, 1],
    ['12.50', 12.5, 2],
    ['2016', 2016, 0],
    ['123456789012345', 123456789012345, 0],
    ['1234567890123456', null, 0],
    ['12,34', null, 0],
    ['1234,567', null, 0],
    ['1,2345', null, 0],
    ['2.1.3', null, 0],
    ['1.234,5', null, 0],
    ['10:30', null, 0],
  ];
  it.each(cases)('%j', (text, value, decimals) => {
    const n = readDigits(` ${text}`, 1).numeral;
    if (value === null) {
      expect(n).toBeNull();
      return;
    }
    expect(n?.value).toBe(value);
    expect(n?.decimals).toBe(decimals);
  });

  it('reads a decimal exactly as Number() reads the written figure', () => {
    for (const raw of ['0.07', '1.15', '2.675', '9.995', '123.456789', '0.000001', '4.35', '1,000.01']) {
      expect(readDigits(` ${raw} `, 1).numeral?.value).toBe(Number(raw.replace(/,/g, '')));
    }
  });
});
