// @vitest-environment happy-dom
/**
 * Where the card goes (card-place.ts): within what the reader sees of the window, which under pinch zoom is the
 * visual viewport, a part of the layout viewport, and only next to a claim inside it, across as well as down.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inView, placeCard, visibleView } from '../../src/content/card/card-place';

afterEach(() => vi.restoreAllMocks());

describe('visibleView', () => {
  it('is the visual viewport where the browser has one: pinch-zoomed, a part of the window', () => {
    const visual = { offsetLeft: 250, offsetTop: 120, width: 500, height: 350 };
    const view = { visualViewport: visual, innerWidth: 1000, innerHeight: 700 } as unknown as Window;
    expect(visibleView(view)).toEqual({ left: 250, top: 120, width: 500, height: 350 });
  });

  it('is the layout viewport without one', () => {
    const view = { innerWidth: 1000, innerHeight: 700 } as unknown as Window;
    expect(visibleView(view)).toEqual({ left: 0, top: 0, width: 1000, height: 700 });
  });
});

describe('placeCard in a pinch-zoomed view', () => {
  // Zoomed to 2 and panned: the reader sees x 250–750, y 120–470 of a 1000 × 700 window.
  const view = { left: 250, top: 120, width: 500, height: 350 };
  const size = { width: 380, height: 200 };

  it('keeps the card inside the part of the window the reader sees', () => {
    // Against the layout viewport the card ran to x 1,000 here, off the reader's screen with "Open full view".
    const placed = placeCard({ left: 600, top: 150, bottom: 170 }, size, view);
    expect(placed).toEqual({ left: 750 - 380 - 8, top: 178, maxHeight: null });
  });

  it('puts the card above a claim near the bottom of what the reader sees, and never left of it', () => {
    const placed = placeCard({ left: 100, top: 440, bottom: 460 }, size, view);
    expect(placed).toEqual({ left: 258, top: 440 - 8 - 200, maxHeight: null });
  });

  it('cuts the card to the height the reader sees', () => {
    const placed = placeCard({ left: 300, top: 200, bottom: 220 }, { width: 380, height: 600 }, view);
    expect(placed).toEqual({ left: 300, top: 228, maxHeight: 470 - 220 - 16 });
    expect(placed.top + placed.maxHeight!).toBeLessThanOrEqual(470 - 8);
  });
});

describe('inView', () => {
  const view = { left: 0, top: 0, width: 1000, height: 600 };
  it.each([
    ['inside the window', true, { left: 100, top: 100, right: 200, bottom: 120 }],
    ['partly cut at the top', true, { left: 100, top: -10, right: 200, bottom: 10 }],
    ['off the right side of a wider page', false, { left: 1044, top: 100, right: 1180, bottom: 120 }],
    ['off the left side', false, { left: -9999, top: 100, right: -9800, bottom: 120 }],
    ['below the window', false, { left: 100, top: 640, right: 200, bottom: 660 }],
  ])('a claim %s is in view: %s', (_, expected, line) => {
    expect(inView([line], view)).toBe(expected);
  });

  it('is false for a claim with no box', () => {
    expect(inView([], view)).toBe(false);
  });
});
