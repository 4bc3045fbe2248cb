/** How precisely a figure is written: one helper for the extractor's hedges and the matcher's comparisons. */

/**
 * Significant digits a figure is written with, its zeros at either end aside: 2 for 280,000 and for 4.2, 6 for
 * 282,451, 3 for 13,700,000,000; 0 for 0 and for a figure too large or small to be written in digits.
 */
export function significantDigits(n: number): number {
  const text = String(Math.abs(n));
  if (text.includes('e')) return 0;
  return text.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}
