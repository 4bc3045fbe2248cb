/**
 * Gives claims a box on screen in happy-dom, which lays nothing out: the card opens only next to a claim it can
 * point at, and a claim with no box (hidden, 0×0) gets none.
 */
import { vi } from 'vitest';

/** A DOMRect-like box from its left, top, width and height. */
export function rect(left: number, top: number, width: number, height: number): DOMRect {
  const box = { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height };
  return { ...box, toJSON: () => box } as DOMRect;
}

/** Gives every Range the one line `box` (by default 100 × 20 px near the window's top left); undo with vi.restoreAllMocks. */
export function rangesHaveABox(box: DOMRect = rect(100, 100, 100, 20)): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(box);
}
