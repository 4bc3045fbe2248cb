/**
 * How big a figure is, as the anchoring rules read it: an everyday figure (a toll of one attack) needs a shared
 * name to meet another, a large one (a war's toll) does not (see anchors.ts); a vague magnitude ("dozens") meets
 * only another.
 */
import type { QuantityValue } from '../types';

/** Figures below this are everyday ones. */
export const EVERYDAY_FIGURE = 1000;

/**
 * A vague magnitude: a range at least twice as high as it is low ("dozens" 24–99, "several hundred", "between 10
 * and 30"), as opposed to an exact or merely qualified figure ("at least 30", "some 45").
 */
export function isMagnitude(value: QuantityValue): boolean {
  return value.low > 0 && value.high >= 2 * value.low;
}

/** A count under EVERYDAY_FIGURE that is not a part of a whole. */
export function isEveryday(value: QuantityValue): boolean {
  return value.of === undefined && Math.abs(value.nominal) < EVERYDAY_FIGURE;
}
