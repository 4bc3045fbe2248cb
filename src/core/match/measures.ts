/**
 * What a figure measures, beyond its value: a unit another outlet writes in another system (miles for
 * kilometres), and what a duration lasted. Separate from compare-values.ts, which decides the relation.
 */
import type { QuantityValue } from '../types';
import { DURATION_UNITS } from '../extract/quantity-words';
import { countedClash, partAgainstWhole } from './counted';

/** Units one outlet writes where another writes a second one, by what one of it is in the other. */
const CONVERSIONS: ReadonlyMap<string, { to: string; factor: number }> = new Map([
  ['mile', { to: 'km', factor: 1.609344 }],
]);

/** How far apart a converted figure may be and still be the same figure rounded ("40 km (25 miles)"). */
export const CONVERSION_ROUNDING = 0.05;

/** `value` in `unit`, when CONVERSIONS can express it so; null otherwise. */
export function convertedTo(value: QuantityValue, unit: string | undefined): QuantityValue | null {
  const c = value.unit === undefined ? undefined : CONVERSIONS.get(value.unit);
  if (!c || c.to !== unit) return null;
  return {
    ...value,
    unit,
    low: value.low * c.factor,
    high: value.high * c.factor,
    nominal: value.nominal * c.factor,
  };
}

/** Terms alike in their first letters are one word in two forms ("analysing", "analysis"). */
const WORD_STEM = 5;

/**
 * True when two figures count different things (countedClash, or a part against a whole: partAgainstWhole), or
 * two durations last different things: a pause is not the fighting. What lasted is compared loosely, by the first
 * letters of its words, since it is often one word in two forms ("spent 12 years analysing drugs", "14 years
 * doing drug analysis").
 */
export function whatClashes(page: QuantityValue, corpus: QuantityValue): boolean {
  if (page.unit === undefined || !DURATION_UNITS.has(page.unit))
    return countedClash(page.counted, corpus.counted) || partAgainstWhole(page, corpus);
  const a = page.counted ?? [];
  const b = corpus.counted ?? [];
  if (a.length === 0 || b.length === 0) return false;
  const stem = (t: string) => t.slice(0, WORD_STEM);
  return !a.some((t) => b.some((u) => stem(t) === stem(u)));
}
